import {
  type BoardPlan,
  defaultParticipants as coreDefaultParticipants,
  type GeneratedSessionRecord,
  type Locale,
  layoutRunningOrder,
  prepareSession,
  type RunningOrder,
  type Session,
  sessionNameMax,
} from '../../../shared/index.ts';

export interface SessionInputs {
  locale: Locale;
  participants: number;
  /** The length asked for (only a `from-user` session takes one). */
  minutes?: number;
  /** `HH:MM`: clock times on the agenda and the block frames. */
  start?: string;
  network?: string;
  theme?: string;
}

export type SessionPlanOutcome =
  | { ok: true; order: RunningOrder; plan: BoardPlan; record: Omit<GeneratedSessionRecord, 'frames'> }
  /** The session cannot fit: the core's message names the block to shorten. */
  | { ok: false; order: RunningOrder; message: string };

/** The participant count a session is timed for when none is given: the core's one rule (12, within its range). */
export function defaultParticipants(session: Session): number {
  return coreDefaultParticipants(session);
}

/**
 * Times a session and lays it out as one board plan, or says which block to shorten: nothing is
 * built for a session that cannot fit its length.
 */
export function planSession(session: Session, inputs: SessionInputs): SessionPlanOutcome {
  const { locale, participants, minutes, start, network, theme } = inputs;
  const order = timed(session, { locale, participants, minutes, start, network, theme });
  if (!order.fits) return { ok: false, order, message: order.warnings[0] ?? order.title };
  const plan = layoutRunningOrder(session, order, {
    locale,
    participants,
    ...(start === undefined ? {} : { startTime: start }),
    ...(network ? { network } : {}),
    ...(theme ? { theme } : {}),
  });
  const record = {
    sessionId: session.id,
    participants,
    ...(minutes === undefined ? {} : { minutes }),
    ...(start === undefined ? {} : { start }),
    ...(network ? { network: network.slice(0, sessionNameMax) } : {}),
    ...(theme ? { theme: theme.slice(0, sessionNameMax) } : {}),
  };
  return { ok: true, order, plan, record };
}

/** The running order a session board was generated with, timed again from its record (after a reload). */
export function retimeSession(
  session: Session,
  record: GeneratedSessionRecord,
  locale: Locale,
): RunningOrder {
  return timed(session, {
    locale,
    participants: record.participants,
    minutes: record.minutes,
    start: record.start,
    network: record.network,
    theme: record.theme,
  });
}

/** The core's one entry point (`prepareSession`): the panel never times a session itself. */
function timed(
  session: Session,
  inputs: {
    locale: Locale;
    participants: number;
    minutes?: number | undefined;
    start?: string | undefined;
    network?: string | undefined;
    theme?: string | undefined;
  },
): RunningOrder {
  const prepared = prepareSession({
    session,
    locale: inputs.locale,
    participants: inputs.participants,
    ...(inputs.minutes === undefined ? {} : { minutes: inputs.minutes }),
    ...(inputs.start === undefined ? {} : { start: inputs.start }),
    ...(inputs.network ? { network: inputs.network } : {}),
    ...(inputs.theme ? { theme: inputs.theme } : {}),
  });
  if (!prepared.order) throw new Error(prepared.problems[0]?.message ?? session.id);
  return prepared.order;
}
