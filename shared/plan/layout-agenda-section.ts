import { defaultMeetingMinutes } from '../meeting/create-agenda.ts';
import type { Section } from '../templates/template-schema.ts';
import { formatAgendaTime, timeAgendaSection } from './agenda-times.ts';
import type { PlanItem } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { fitStickyOfShape, type Size, stickyHolds, stickySize } from './fit-box.ts';
import type { LayoutContext, SectionBlock } from './layout-context.ts';
import { createSticky, createText } from './plan-items.ts';
import { planFont, planSpace, stickySizes } from './plan-style.ts';

type AgendaSection = Extract<Section, { kind: 'agenda' }>;

/** Wide enough for `10:05–10:25` at the header font. */
const timeColumnWidth = 240;

/**
 * The running order: a total on top, then one column of equal rectangle stickies (title and
 * prompt), each with its computed times beside it.
 */
export function layoutAgendaSection(section: AgendaSection, ctx: LayoutContext): SectionBlock {
  const { locale, participants, startTime, guestSpeaker } = ctx.options;
  const meetingMinutes = ctx.options.meetingMinutes ?? defaultMeetingMinutes;
  const agenda = timeAgendaSection(section, participants, locale, {
    meetingMinutes,
    ...(guestSpeaker === undefined ? {} : { guestSpeaker }),
  });
  const time = (offset: number) => formatAgendaTime(offset, startTime);
  const texts = agenda.items.map((item) =>
    clampPlanText([item.title, item.prompt].filter(Boolean).join('\n')),
  );
  const size = uniformSize(texts, ctx);
  const width = timeColumnWidth + planSpace.gap + size.width;
  const total = agenda.totalMinutes;
  const totalLines = [ctx.t('agendaTotal', { minutes: total, start: time(0), end: time(total) })];
  // The same warnings the calendar gives: the board must not promise a meeting that runs over.
  if (!agenda.fits) totalLines.push(ctx.t('agendaTooShort', { minutes: meetingMinutes }));
  else if (agenda.roundAtTables) totalLines.push(ctx.t('agendaRoundLong', { round: agenda.roundMinutes }));
  const heading = createText(
    ctx,
    { x: 0, y: 0, width },
    { text: totalLines.join('\n'), fontSize: planFont.header },
    'label',
  );
  const items: PlanItem[] = [heading];
  let y = heading.height + planSpace.gap;
  agenda.items.forEach((slot, i) => {
    const text = texts[i] ?? '';
    const end = slot.startMinute + slot.minutes;
    const when = ctx.t('agendaTime', {
      start: time(slot.startMinute),
      end: time(end),
      minutes: slot.minutes,
    });
    items.push(...agendaRow({ y, when, text, perParticipant: slot.perParticipant }, size, ctx));
    y += size.height + planSpace.gap;
  });
  return { width, height: y - planSpace.gap, items, connectors: [] };
}

/** The times on the left, the sticky on the right. */
function agendaRow(
  row: { y: number; when: string; text: string; perParticipant: boolean },
  size: Size,
  ctx: LayoutContext,
): PlanItem[] {
  const at = { x: 0, y: row.y, width: timeColumnWidth };
  const time = createText(ctx, at, { text: row.when, fontSize: planFont.header, bold: true }, 'label');
  // A length that grows with the group gets its own colour: it is the item to watch.
  const color = row.perParticipant ? 'light_blue' : 'light_yellow';
  const where = { x: timeColumnWidth + planSpace.gap, y: row.y };
  return [time, createSticky(ctx, where, { shape: 'rectangle', ...size }, { text: row.text, color }, 'seed')];
}

/** One size for all, so the column reads as a list: the widest any text needs. */
function uniformSize(texts: readonly string[], ctx: LayoutContext) {
  const base = stickySizes.rectangle.width;
  let width = Math.max(
    base,
    ...texts.map((text) => fitStickyOfShape(text, 'rectangle', base, ctx.measure).width),
  );
  // Rounding the height can make a wider sticky a hair shorter inside: step on until every text fits.
  while (!texts.every((text) => stickyHolds(text, stickySize('rectangle', width), ctx.measure))) width += 1;
  return stickySize('rectangle', width);
}
