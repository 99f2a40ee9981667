import { parseMeetingTime } from '../meeting/meeting-time.ts';
import { type CommandContext, InputError } from './cli-command.ts';

// The help's own form (no seconds) and `Z` are as good as the full ISO form.
const isoWithOffset = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

/** `2026-12-01T09:00+01:00` → `2026-12-01T09:00:00+01:00`; anything else that is no real date and time is an input error. */
export function normaliseStart(ctx: CommandContext, value: string): string {
  const m = isoWithOffset.exec(value.trim());
  const full = m ? `${m[1]}${m[2] ?? ':00'}${m[3]}` : '';
  if (!parseMeetingTime(full)) throw new InputError(ctx.t('badStart'));
  return full;
}
