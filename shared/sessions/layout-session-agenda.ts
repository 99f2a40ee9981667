import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import { type BoardPlan, boardPlanVersion, type PlanItem } from '../plan/board-plan.ts';
import { clampPlanText } from '../plan/clamp-plan-text.ts';
import { finalizePlan } from '../plan/finalize-plan.ts';
import { fitShapeHeight } from '../plan/fit-box.ts';
import { type LayoutContext, translateItems } from '../plan/layout-context.ts';
import { createShape, createText } from '../plan/plan-items.ts';
import { planColors, planFont, planSpace } from '../plan/plan-style.ts';
import type { RunningOrder, RunningOrderEntry } from './running-order.ts';
import { type SessionMessageKey, sessionMessages } from './session-messages.ts';

const contentWidth = planSpace.maxMeasure;
const timeWidth = 300;

/**
 * The session's agenda frame: title, length and warnings, what to bring beforehand, then one row per
 * block (its clock times beside a card with its title, what participants are asked to do and materials), then the source.
 */
export function layoutSessionAgenda(order: RunningOrder, ctx: LayoutContext, sessionId: string): BoardPlan {
  const t = createTranslator(sessionMessages, order.locale);
  const items: PlanItem[] = [];
  let y = 0;
  const text = (value: string, fontSize: number, role: 'title' | 'instruction' | 'label', bold = false) => {
    const item = createText(ctx, { x: 0, y, width: contentWidth }, { text: value, fontSize, bold }, role);
    items.push(item);
    y = item.y + item.height + planSpace.gap;
    return item;
  };
  text(order.title, planFont.title, 'title', true);
  text(order.summary, planFont.summary, 'instruction');
  const when = (minute: number, clock?: string) => clock ?? relativeTime(minute);
  const total = t('sessionTotal', {
    minutes: order.totalMinutes,
    start: when(0, order.clock),
    end: when(order.totalMinutes, order.endClock),
    participants: order.participants,
  });
  text([total, ...order.warnings].join('\n'), planFont.header, 'label');
  if (order.beforehand.length > 0) {
    y += planSpace.gap;
    text(t('beforehandTitle'), planFont.section, 'label', true);
    const lines = order.beforehand.map((line) => `• ${line}`).join('\n');
    items.push(card(lines, { x: 0, y, width: contentWidth }, ctx));
    y = bottom(items) + planSpace.gap;
  }
  y += planSpace.gap;
  text(t('runningOrderTitle'), planFont.section, 'label', true);
  for (const entry of order.entries) {
    const slot = t('slotTime', {
      start: when(entry.startMinute, entry.clock),
      end: when(entry.endMinute, entry.endClock),
      minutes: entry.minutes,
    });
    const time = createText(
      ctx,
      { x: 0, y, width: timeWidth },
      { text: slot, fontSize: planFont.header },
      'label',
    );
    const at = { x: timeWidth + planSpace.gap, y, width: contentWidth - timeWidth - planSpace.gap };
    const row = card(entryText(entry, t), at, ctx);
    for (const item of [time, row]) items.push({ ...item, meta: { ...item.meta, blockId: entry.blockId } });
    y = Math.max(time.y + time.height, row.y + row.height) + planSpace.gap;
  }
  y += planSpace.gap;
  text(order.about, planFont.body, 'instruction');
  const height = bottom(items);
  const margin = planSpace.frameMargin;
  const { origin, createId, network } = ctx.options;
  return finalizePlan(
    {
      planVersion: boardPlanVersion,
      templateId: sessionId,
      templateVersion: order.sessionVersion,
      locale: order.locale,
      title: clampPlanText(network ? ctx.t('frameTitle', { title: order.title, network }) : order.title),
      items: translateItems(items, origin.x + margin, origin.y + margin),
      connectors: [],
    },
    { ...origin, width: contentWidth + 2 * margin, height: height + 2 * margin },
    createId,
  );
}

function entryText(entry: RunningOrderEntry, t: Translate<SessionMessageKey>): string {
  const materials =
    entry.materials.length > 0 ? [t('materialsLine', { list: entry.materials.join(', ') })] : [];
  // The board is the participants': their instructions, never the facilitator's notes.
  return [entry.title, ...entry.participantNotes.map((note) => `• ${note}`), ...materials].join('\n');
}

function card(text: string, at: { x: number; y: number; width: number }, ctx: LayoutContext) {
  const clamped = clampPlanText(text);
  const height = fitShapeHeight(clamped, planFont.body, at.width, ctx.measure);
  const props = {
    shape: 'round_rectangle',
    text: clamped,
    fillColor: planColors.card,
    borderColor: planColors.cardBorder,
    fontSize: planFont.body,
  } as const;
  return createShape(ctx, { ...at, height }, props, { role: 'card' });
}

function relativeTime(minute: number): string {
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;
}

function bottom(items: readonly PlanItem[]): number {
  return items.reduce((max, item) => Math.max(max, item.y + item.height), 0);
}
