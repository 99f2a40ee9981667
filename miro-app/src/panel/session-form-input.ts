import { type Locale, type Session, sessionLimits } from '../../../shared/index.ts';
import type { GenerateInput } from './generate-fields.tsx';
import type { PanelMessageKey } from './panel-messages.ts';
import { defaultParticipants, type SessionInputs } from './plan-session.ts';

export type SessionFormOutcome =
  | { ok: true; inputs: SessionInputs }
  | { ok: false; key: PanelMessageKey; values?: Record<string, number> };

const clock = /^([01]\d|2[0-3]):([0-5]\d)$/;

function wholeIn(text: string, limits: { min: number; max: number }): number | 'invalid' {
  const value = Number(text);
  return Number.isInteger(value) && value >= limits.min && value <= limits.max ? value : 'invalid';
}

/** The Generate tab's fields read for a session: empty fields take the session's defaults. */
export function sessionFormInput(session: Session, input: GenerateInput, locale: Locale): SessionFormOutcome {
  const participants =
    input.participants.trim() === ''
      ? defaultParticipants(session)
      : wholeIn(input.participants.trim(), sessionLimits.participants);
  if (participants === 'invalid')
    return { ok: false, key: 'sessionParticipantsInvalid', values: sessionLimits.participants };
  let minutes: number | undefined;
  if (session.minutes === 'from-user' && input.meetingMinutes.trim() !== '') {
    const parsed = wholeIn(input.meetingMinutes.trim(), sessionLimits.minutes);
    if (parsed === 'invalid')
      return { ok: false, key: 'sessionMinutesInvalid', values: sessionLimits.minutes };
    minutes = parsed;
  }
  const start = input.startTime.trim();
  if (start !== '' && !clock.test(start)) return { ok: false, key: 'startTimeInvalid' };
  const network = input.network.trim();
  const theme = input.theme.trim();
  return {
    ok: true,
    inputs: {
      locale,
      participants,
      ...(minutes === undefined ? {} : { minutes }),
      ...(start ? { start } : {}),
      ...(network ? { network } : {}),
      ...(theme ? { theme } : {}),
    },
  };
}
