import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import { isLocale, type Locale } from '../i18n/locale.ts';
import { breakFromMinutes, breakIndex, breakMinutes } from '../meeting/break-index.ts';
import { defaultMeetingMinutes } from '../meeting/create-agenda.ts';
import { fitMinutes, type MinutesNeed } from '../meeting/fit-minutes.ts';
import { ceil5, type PresentationRound, presentationRound } from '../meeting/presentation-round.ts';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import type { Template } from '../templates/template-schema.ts';
import type { RunningOrder, RunningOrderEntry, ShortenAdvice } from './running-order.ts';
import { type SessionClock, sessionClock } from './session-clock.ts';
import { SessionError } from './session-error.ts';
import { type SessionMessageKey, sessionMessages } from './session-messages.ts';
import { type Session, type SessionBlock, sessionLimits } from './session-schema.ts';
import { splitGroups } from './split-groups.ts';

export interface TimeSessionOptions {
  locale: Locale;
  participants: number;
  /** The length to fit; default the session's own (or, for a `from-user` session, its default). */
  minutes?: number;
  /** Start as `HH:MM` or an ISO date-time with offset; clock times follow it (in `timeZone` when given). */
  start?: string;
  /** The event's IANA zone: clock times are its wall clock at each instant. */
  timeZone?: string;
  /** A pack's own templates, looked up before the built-in ones. */
  templates?: readonly Template[];
}

type Msg = Translate<SessionMessageKey>;

const breakBlockId = 'break';

/**
 * Times a session for a group and a length, in whole 5 minutes: group splits and copies from the
 * group size, the presentation round from the one round rule (`presentationRound`: at most about a
 * quarter of the session, at the tables above about 12 people), spare minutes to the stretch block,
 * missing ones from blocks that may shrink, a break in anything of 2 hours or more. When it cannot
 * fit, `shorten` says what is possible. Prefer `prepareSession`, which owns the defaults.
 * Throws SessionError on bad options or a block naming an unknown template.
 */
export function timeSession(session: Session, options: TimeSessionOptions): RunningOrder {
  if (!isLocale(options.locale)) throw new SessionError('locale', `locale must be da, sv or en`);
  const { locale } = options;
  const participants = participantsOf(options.participants);
  const available = minutesOf(session, options.minutes);
  const clock = options.start === undefined ? undefined : clockOf(options.start, options.timeZone);
  const t = createTranslator(sessionMessages, locale);
  const find = (id: string) => options.templates?.find((x) => x.id === id) ?? findTemplate(id);
  const round = presentationRound(participants, available);

  const blocks = withBreak(session, available);
  const drafts = blocks.map((block, index) =>
    draftEntry(block, index, { participants, locale, round, t, find }),
  );
  // A fixed-length workshop in a longer event grows as a whole; the open meeting's spare time stays
  // with its discussion, as the agenda rule says.
  const fitted = fitMinutes(
    drafts.map((d) => d.need),
    available,
    { scaleBeyondDouble: session.minutes !== 'from-user' },
  );
  const entries: RunningOrderEntry[] = [];
  let at = 0;
  drafts.forEach((draft, i) => {
    const minutes = fitted.minutes[i] ?? draft.need.planned;
    const entry: RunningOrderEntry = {
      ...draft.entry,
      startMinute: at,
      minutes,
      endMinute: at + minutes,
      leastMinutes: Math.min(minutes, draft.need.least),
    };
    if (minutes < draft.need.planned) entry.plannedMinutes = draft.need.planned;
    if (clock) {
      entry.clock = clock.at(at);
      entry.endClock = clock.at(at + minutes);
    }
    entries.push(entry);
    at += minutes;
  });

  const order: RunningOrder = {
    sessionId: session.id,
    sessionVersion: session.version,
    locale,
    title: session.title[locale],
    summary: session.summary[locale],
    about: session.about[locale],
    participants,
    availableMinutes: available,
    totalMinutes: at,
    fits: fitted.over === 0,
    spareMinutes: fitted.spare,
    beforehand: (session.beforehand ?? []).map((line) => line[locale]),
    entries,
    warnings: [],
  };
  if (clock) {
    order.clock = clock.at(0);
    order.endClock = clock.at(at + fitted.spare);
    if (clock.isoAt) {
      order.startIso = clock.isoAt(0);
      order.endIso = clock.isoAt(at + fitted.spare);
    }
    if (clock.date) order.date = clock.date;
    if (clock.timeZone) order.timeZone = clock.timeZone;
  }
  addWarnings(order, fitted.over, round, t, clock);
  return order;
}

function clockOf(start: string, timeZone: string | undefined): SessionClock {
  const clock = sessionClock(start, timeZone);
  if (!clock)
    throw new SessionError('start', `start must be HH:MM or an ISO date-time with offset, not "${start}"`);
  return clock;
}

/**
 * The session's blocks, with a break in the middle when it runs 2 hours or more and has none: no
 * group works well for two hours straight.
 */
function withBreak(session: Session, available: number): readonly SessionBlock[] {
  const blocks = session.blocks;
  if (available < breakFromMinutes || blocks.some((b) => b.kind === 'activity' && b.activity === 'break'))
    return blocks;
  const index = breakIndex(blocks.map((block) => block.minutes ?? 10));
  const pause: SessionBlock = {
    kind: 'activity',
    id: blocks.some((b) => b.id === breakBlockId) ? `${breakBlockId}-1` : breakBlockId,
    activity: 'break',
    minutes: breakMinutes,
    minMinutes: 5,
  };
  return [...blocks.slice(0, index), pause, ...blocks.slice(index)];
}

interface DraftContext {
  participants: number;
  locale: Locale;
  round: PresentationRound;
  t: Msg;
  find: (id: string) => Template | undefined;
}

type DraftEntry = Omit<RunningOrderEntry, 'startMinute' | 'minutes' | 'endMinute' | 'leastMinutes'>;

function draftEntry(
  block: SessionBlock,
  index: number,
  ctx: DraftContext,
): { entry: DraftEntry; need: MinutesNeed } {
  const { participants, locale, t } = ctx;
  const split =
    block.kind === 'template' ? splitGroups(participants, block.groups) : splitGroups(participants);
  const mode = block.kind === 'template' ? (block.groups?.mode ?? 'parts') : 'parts';
  const lines: string[] = [];
  if (split.groups > 1)
    lines.push(
      t(mode === 'whole' ? 'groupsWholeLine' : 'groupsLine', {
        groups: split.groups,
        size: sizeText(split.size),
      }),
    );
  let copies = 1;
  let planned = block.minutes ?? 0;
  let perPersonMinutes: number | undefined;
  let fixed = false;
  if (block.kind === 'template' && block.perParticipantCopies) {
    copies = Math.min(participants, block.perParticipantCopies.maxCopies);
    lines.push(
      participants > copies ? t('copiesShared', { count: copies }) : t('copiesLine', { count: copies }),
    );
  } else if (split.groups > 1 && mode === 'whole') {
    // Every group does the whole task: a board (a printed poster) for each.
    copies = split.groups;
  }
  const isRound = block.kind === 'activity' && block.activity === 'presentation-round';
  if (isRound) {
    planned = ctx.round.minutes;
    perPersonMinutes = ctx.round.perPersonMinutes;
    fixed = true;
    lines.push(
      ctx.round.atTables
        ? t('roundTablesLine', {
            groups: ctx.round.groups,
            size: sizeText(ctx.round.groupSize),
            count: perPersonMinutes,
          })
        : t('roundLine', { count: perPersonMinutes }),
    );
  } else if (block.perParticipantMinutes) {
    planned = ceil5(planned + block.perParticipantMinutes * split.size.max);
  }
  const title = blockTitle(block, ctx);
  const ownParticipantNotes = (block.participantNotes ?? []).map((note) => note[locale]);
  const entry: DraftEntry = {
    blockId: block.id,
    index,
    kind: block.kind,
    title,
    groups: isRound ? ctx.round.groups : split.groups,
    groupSize: isRound ? ctx.round.groupSize : split.size,
    copies,
    notes: [...lines, ...(block.notes ?? []).map((note) => note[locale])],
    timingNotes: lines,
    participantNotes: [...lines, ...ownParticipantNotes],
    replacesInstructions: ownParticipantNotes.length > 0,
    materials: (block.materials ?? []).map((item) => item[locale]),
  };
  if (split.groups > 1) entry.groupMode = mode;
  if (isRound) entry.atTables = ctx.round.atTables;
  if (block.output) entry.output = block.output[locale];
  if (block.kind === 'activity') entry.activity = block.activity;
  if (block.kind === 'template') {
    entry.templateId = block.template;
    if (block.sections) entry.sections = [...block.sections];
  }
  if (perPersonMinutes !== undefined) entry.perPersonMinutes = perPersonMinutes;
  const least = fixed || block.minMinutes === undefined ? planned : Math.min(planned, block.minMinutes);
  return { entry, need: { planned, least, stretch: block.stretch === true, fixed } };
}

function blockTitle(block: SessionBlock, ctx: DraftContext): string {
  if (block.title) return block.title[ctx.locale];
  if (block.kind === 'activity') return ctx.t(block.activity);
  const template = ctx.find(block.template);
  if (!template)
    throw new SessionError('template', `block ${block.id} names the unknown template ${block.template}`);
  return template.title[ctx.locale];
}

/**
 * The advice for a session that cannot fit is always something the facilitator can do: a block that
 * can give the minutes, a method for the round, or a longer event.
 */
export function adviseShorten(order: RunningOrder, over: number, round: PresentationRound): ShortenAdvice {
  const roundEntry = order.entries.find((entry) => entry.activity === 'presentation-round');
  if (roundEntry && roundEntry.minutes - 5 >= over && (!round.atTables || round.perPersonMinutes > 1))
    return { kind: 'round', blockId: roundEntry.blockId, title: roundEntry.title, minutes: over };
  const candidates = order.entries.filter(
    (entry) => entry.activity !== 'presentation-round' && entry.minutes - 5 >= over,
  );
  const longest = candidates.reduce<RunningOrderEntry | undefined>(
    (a, b) => (a === undefined || b.minutes > a.minutes ? b : a),
    undefined,
  );
  if (longest) return { kind: 'shorten', blockId: longest.blockId, title: longest.title, minutes: over };
  return { kind: 'lengthen', minutes: order.totalMinutes };
}

function addWarnings(
  order: RunningOrder,
  over: number,
  round: PresentationRound,
  t: Msg,
  clock: SessionClock | undefined,
): void {
  if (over > 0) {
    const advice = adviseShorten(order, over, round);
    order.shorten = advice;
    const needed = t('notFit', { needed: order.totalMinutes, available: order.availableMinutes });
    order.warnings.push(`${needed} ${fixText(advice, order, t, clock)}`);
    return;
  }
  for (const entry of order.entries)
    if (entry.plannedMinutes !== undefined)
      order.warnings.push(t('shortened', { block: entry.title, count: entry.minutes }));
  if (order.spareMinutes >= 5) order.warnings.push(t('spare', { count: order.spareMinutes }));
}

function fixText(
  advice: ShortenAdvice,
  order: RunningOrder,
  t: Msg,
  clock: SessionClock | undefined,
): string {
  const block = order.entries.find((entry) => entry.blockId === advice.blockId);
  if (advice.kind === 'round') return t('fixRound', { count: advice.minutes });
  if (advice.kind === 'shorten')
    return t('fixShorten', {
      block: advice.title ?? '',
      minutes: block?.minutes ?? 0,
      count: advice.minutes,
    });
  return clock
    ? t('fixLengthenUntil', { end: clock.at(order.totalMinutes) })
    : t('fixLengthen', { count: order.totalMinutes });
}

function participantsOf(value: number): number {
  const { min, max } = sessionLimits.participants;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new SessionError(
      'participants',
      `participants must be a whole number from ${min} to ${max}, not ${value}`,
    );
  return value;
}

function minutesOf(session: Session, value: number | undefined): number {
  const { min, max } = sessionLimits.minutes;
  if (value === undefined)
    return session.minutes === 'from-user'
      ? (session.defaultMinutes ?? defaultMeetingMinutes)
      : session.minutes;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new SessionError('minutes', `minutes must be a whole number from ${min} to ${max}, not ${value}`);
  return value;
}

/** "4–5", or just "6" when every group is the same size. */
function sizeText(size: { min: number; max: number }): string {
  return size.min === size.max ? String(size.min) : `${size.min}–${size.max}`;
}
