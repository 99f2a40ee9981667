import { safeParseLocalized } from '../../i18n/safe-parse-localized.ts';
import { checkMeeting } from '../../meeting/check-meeting.ts';
import { meetingDraftSchema } from '../../meeting/meeting-draft.ts';
import { type Command, InputError } from '../cli-command.ts';
import { readJsonFile, requirePositional } from '../cli-input.ts';

export const checkMeetingCommand: Command = {
  name: 'check-meeting',
  synopsis: 'check-meeting <meeting.json>',
  help: 'helpCheckMeeting',
  spec: { values: [], flags: [], maxPositionals: 1 },
  async run(ctx) {
    const file = requirePositional(ctx, 0, '<meeting.json>');
    const parsed = safeParseLocalized(meetingDraftSchema, await readJsonFile(ctx, file), ctx.locale, (key) =>
      key === 'unknownTimeZone' ? ctx.t('draftTimeZone') : undefined,
    );
    if (!parsed.ok)
      throw new InputError(
        ctx.t('invalidFile', { file }),
        parsed.errors.map((e) => `${e.path}: ${e.message}`),
      );
    const prompts = checkMeeting(parsed.data, { locale: ctx.locale, now: ctx.io.now() });
    ctx.io.stdout(`${JSON.stringify(prompts, null, 2)}\n`);
    return 0;
  },
};
