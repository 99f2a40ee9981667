import { defaultMeetingMinutes } from '../../meeting/create-agenda.ts';
import type { Command } from '../cli-command.ts';
import { choiceOption } from '../cli-input.ts';
import { loadSessions } from '../load-sessions.ts';

export const sessionsCommand: Command = {
  name: 'sessions',
  synopsis: 'sessions [--format text|json] [--pack FILE]',
  help: 'helpSessions',
  spec: { values: ['format', 'pack'], flags: [], maxPositionals: 0 },
  async run(ctx) {
    const format = choiceOption(ctx, 'format', ['text', 'json'], 'text');
    const { sessions } = await loadSessions(ctx);
    const rows = sessions.map(({ session, fromPack }) => ({
      id: session.id,
      title: session.title[ctx.locale],
      summary: session.summary[ctx.locale],
      minutes: session.minutes,
      ...(session.defaultMinutes === undefined ? {} : { defaultMinutes: session.defaultMinutes }),
      participants: session.participants,
      source: fromPack ? 'pack' : 'built-in',
    }));
    if (format === 'json') {
      ctx.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...rows.map((r) => r.id.length));
    for (const row of rows) {
      const length =
        row.minutes === 'from-user'
          ? ctx.t('sessionFromUser', { count: row.defaultMinutes ?? defaultMeetingMinutes })
          : ctx.t('sessionMinutes', { count: row.minutes });
      const group = ctx.t('sessionParticipants', row.participants);
      const pack = row.source === 'pack' ? ` (${ctx.t('sessionFromPack')})` : '';
      ctx.io.stdout(`${row.id.padEnd(width)}  ${row.title}${pack} · ${length} · ${group} — ${row.summary}\n`);
    }
    return 0;
  },
};
