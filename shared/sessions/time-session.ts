import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import { isLocale, type Locale } from '../i18n/locale.ts';
import { type Agenda, createAgenda, defaultMeetingMinutes } from '../meeting/create-agenda.ts';
import { formatClock, parseMeetingTime } from '../meeting/meeting-time.ts';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import type { Template } from '../templates/template-schema.ts';
import { fitMinutes, type MinutesNeed } from './fit-minutes.ts';
import type { RunningOrder, RunningOrderEntry } from './running-order.ts';
import { SessionError } from './session-error.ts';
import { type SessionMessageKey, sessionMessages } from './session-messages.ts';
import { type Session, type SessionBlock, sessionLimits } from './session-schema.ts';
import { splitGroups } from './split-groups.ts';

export interface TimeSessionOptions {
  locale: Locale;
  participants: number;
  /** The length to fit; default the session's own (or, for a `from-user` session, its default). */
  minutes?: number;
  /** Start as `HH:MM` or an ISO date-time with offset; clock times follow it. */
  start?: string;
  /** A pack's own templates, looked up before the built-in ones. */
  templates?: readonly Template[];
}

type Msg = Translate<SessionMessageKey>;

/**
 * Times a session for a group and a length: group splits and copies from the group size, the
 * presentation round from the one agenda rule (`createAgenda`), spare minutes to stretch blocks,
 * missing ones from blocks that may shrink. When it cannot fit, `shorten` names the block to cut.
 * Throws SessionError on bad options or a block naming an unknown template.
 */
export function timeSession(session: Session, options: TimeSessionOptions): RunningOrder {
  if (!isLocale(options.locale)) throw new SessionError('locale', `locale must be da, sv or en`);
  const { locale } = options;
  const participants = participantsOf(options.participants);
  const available = minutesOf(session, options.minutes);
  const startMinute = options.start === undefined ? undefined : startOf(options.start);
  const t = createTranslator(sessionMessages, locale);
  const find = (id: string) => options.templates?.find((x) => x.id === id) ?? findTemplate(id);
  const agenda = createAgenda({ locale, attendees: participants, meetingMinutes: available });

  const drafts = session.blocks.map((block, index) =>
    draftEntry(block, index, { participants, locale, agenda, t, find }),
  );
  // A fixed-length workshop in a longer event grows as a whole; the open meeting's spare time stays
  // with its discussion, as the one agenda rule says.
  const fitted = fitMinutes(
    drafts.map((d) => d.need),
    available,
    { scaleBeyondDouble: session.minutes !== 'from-user' },
  );
  const entries: RunningOrderEntry[] = [];
  let at = 0;
  drafts.forEach((draft, i) => {
    const minutes = fitted.minutes[i] ?? draft.need.planned;
    const entry: RunningOrderEntry = { ...draft.entry, startMinute: at, minutes, endMinute: at + minutes };
    if (minutes < draft.need.planned) entry.plannedMinutes = draft.need.planned;
    if (startMinute !== undefined) {
      entry.clock = formatClock(startMinute + at);
      entry.endClock = formatClock(startMinute + at + minutes);
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
  if (startMinute !== undefined) {
    order.clock = formatClock(startMinute);
    order.endClock = formatClock(startMinute + at + fitted.spare);
  }
  addWarnings(order, fitted.over, agenda, t);
  return order;
}

interface DraftContext {
  participants: number;
  locale: Locale;
  agenda: Agenda;
  t: Msg;
  find: (id: string) => Template | undefined;
}

type DraftEntry = Omit<RunningOrderEntry, 'startMinute' | 'minutes' | 'endMinute'>;

function draftEntry(
  block: SessionBlock,
  index: number,
  ctx: DraftContext,
): { entry: DraftEntry; need: MinutesNeed } {
  const { participants, locale, t } = ctx;
  const split =
    block.kind === 'template' ? splitGroups(participants, block.groups) : splitGroups(participants);
  const lines: string[] = [];
  if (split.groups > 1) lines.push(t('groupsLine', { groups: split.groups, size: sizeText(split.size) }));
  let copies = 1;
  let planned = block.minutes ?? 0;
  let perPersonMinutes: number | undefined;
  if (block.kind === 'template' && block.perParticipantCopies) {
    copies = Math.min(participants, block.perParticipantCopies.maxCopies);
    lines.push(
      participants > copies ? t('copiesShared', { count: copies }) : t('copiesLine', { count: copies }),
    );
  }
  if (block.kind === 'activity' && block.activity === 'presentation-round') {
    // The one agenda rule: the same minutes per person the calendar agenda and the open-meeting board give.
    const round = ctx.agenda.items.find((item) => item.id === 'presentation-round');
    planned = round?.minutes ?? ctx.agenda.perPersonMinutes * participants;
    perPersonMinutes = ctx.agenda.perPersonMinutes;
    lines.push(t('roundLine', { count: perPersonMinutes }));
  } else if (block.perParticipantMinutes) {
    planned += block.perParticipantMinutes * split.size.max;
  }
  const title = blockTitle(block, ctx);
  const entry: DraftEntry = {
    blockId: block.id,
    index,
    kind: block.kind,
    title,
    groups: split.groups,
    groupSize: split.size,
    copies,
    notes: [...lines, ...(block.notes ?? []).map((note) => note[locale])],
    timingNotes: lines,
    materials: (block.materials ?? []).map((item) => item[locale]),
  };
  if (block.kind === 'activity') entry.activity = block.activity;
  if (block.kind === 'template') {
    entry.templateId = block.template;
    if (block.sections) entry.sections = [...block.sections];
  }
  if (perPersonMinutes !== undefined) entry.perPersonMinutes = perPersonMinutes;
  const least = block.minMinutes === undefined ? planned : Math.min(planned, block.minMinutes);
  return { entry, need: { planned, least, stretch: block.stretch === true } };
}

function blockTitle(block: SessionBlock, ctx: DraftContext): string {
  if (block.title) return block.title[ctx.locale];
  if (block.kind === 'activity') return ctx.t(block.activity);
  const template = ctx.find(block.template);
  if (!template)
    throw new SessionError('template', `block ${block.id} names the unknown template ${block.template}`);
  return template.title[ctx.locale];
}

function addWarnings(order: RunningOrder, over: number, agenda: Agenda, t: Msg): void {
  if (over > 0) {
    // The longest block is the one whose cut hurts least in proportion; the facilitator may pick another.
    const longest = order.entries.reduce((a, b) => (b.minutes > a.minutes ? b : a));
    order.shorten = { blockId: longest.blockId, title: longest.title, minutes: over };
    order.warnings.push(
      t('shorten', {
        needed: order.totalMinutes,
        available: order.availableMinutes,
        block: longest.title,
        count: over,
      }),
    );
  }
  for (const entry of order.entries)
    if (entry.plannedMinutes !== undefined)
      order.warnings.push(t('shortened', { block: entry.title, count: entry.minutes }));
  if (order.spareMinutes > 0) order.warnings.push(t('spare', { count: order.spareMinutes }));
  const round = order.entries.find((entry) => entry.activity === 'presentation-round');
  if (round && agenda.roundTooLong) order.warnings.push(t('roundTooLong', { count: round.minutes }));
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

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function startOf(value: string): number {
  const clock = clockPattern.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const time = parseMeetingTime(value);
  if (time) return time.minuteOfDay;
  throw new SessionError('start', `start must be HH:MM or an ISO date-time with offset, not "${value}"`);
}
