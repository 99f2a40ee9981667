import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import type { BoardPlan, LayoutOptions, PlanItem } from '../plan/board-plan.ts';
import { clampPlanText } from '../plan/clamp-plan-text.ts';
import { estimateTextBox } from '../plan/estimate-text-box.ts';
import { LayoutError } from '../plan/layout-error.ts';
import { defaultPackGap } from '../plan/layout-pack.ts';
import { createContext, layoutTemplate } from '../plan/layout-template.ts';
import { resolveLayoutOptions } from '../plan/resolve-layout-options.ts';
import { restrictTemplate } from '../plan/restrict-template.ts';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import type { Template } from '../templates/template-schema.ts';
import { layoutSessionAgenda } from './layout-session-agenda.ts';
import type { RunningOrder, RunningOrderEntry } from './running-order.ts';
import { SessionError } from './session-error.ts';
import { sessionMessages } from './session-messages.ts';
import type { Session } from './session-schema.ts';
import { timeSession } from './time-session.ts';

export interface LayoutSessionOptions extends LayoutOptions {
  /** The length to fit (default the session's own); see `timeSession`. */
  minutes?: number;
  /** A pack's own templates, looked up before the built-in ones. */
  templates?: readonly Template[];
  /** Space between frames, board units (room for the titles Miro draws above frames). */
  gap?: number;
}

/**
 * A whole session as one board plan: the agenda frame (clock times, facilitator notes) at `origin`,
 * then one frame per template block in running order, left to right (copies of an individual
 * exercise stacked in their block's column). Timed by `timeSession`, so board, print and calendar agree.
 * Activities have no frame of their own: their row in the agenda frame carries their `meta.blockId`.
 */
export function layoutSession(session: Session, options: LayoutSessionOptions): BoardPlan {
  const { minutes, templates, gap, ...layoutOptions } = options;
  const resolved = resolveLayoutOptions(layoutOptions);
  const order = timeSession(session, {
    locale: resolved.locale,
    participants: resolved.participants,
    ...(minutes === undefined ? {} : { minutes }),
    ...(resolved.startTime === undefined ? {} : { start: resolved.startTime }),
    ...(templates === undefined ? {} : { templates }),
  });
  return layoutRunningOrder(session, order, {
    ...layoutOptions,
    ...(templates ? { templates } : {}),
    ...(gap === undefined ? {} : { gap }),
  });
}

/** `layoutSession` for a running order already timed (the Run view and the print time once, then lay out). */
export function layoutRunningOrder(
  session: Session,
  order: RunningOrder,
  options: Omit<LayoutSessionOptions, 'minutes'>,
): BoardPlan {
  const { templates, gap = defaultPackGap, ...layoutOptions } = options;
  if (!Number.isFinite(gap) || gap < 0)
    throw new LayoutError('gap', `gap must be a number of at least 0, not ${gap}`);
  const resolved = resolveLayoutOptions({ ...layoutOptions, participants: order.participants });
  const { origin, createId } = resolved;
  const find = (id: string) => templates?.find((x) => x.id === id) ?? findTemplate(id);
  const agenda = layoutSessionAgenda(order, createContext(resolved, estimateTextBox), session.id);
  const plans: BoardPlan[] = [agenda];
  let x = origin.x + (agenda.items[0]?.width ?? 0) + gap;
  const usedZones = new Set(zoneIdsOf(agenda));
  for (const entry of order.entries) {
    if (entry.kind !== 'template' || entry.templateId === undefined) continue;
    const template = find(entry.templateId);
    if (!template)
      throw new SessionError('template', `no template ${entry.templateId} for block ${entry.blockId}`);
    const block = session.blocks[entry.index];
    const restricted = restrictTemplate(template, {
      title: entry.title,
      ...(entry.sections ? { sections: entry.sections } : {}),
      ...(block?.kind === 'template' && block.zones ? { zones: block.zones } : {}),
      // The board shows what participants are asked to do; a block's own words replace the template's.
      lead: entry.participantNotes,
      ...(entry.replacesInstructions ? { replaceInstructions: true } : {}),
    });
    let y = origin.y;
    let columnWidth = 0;
    for (let copy = 1; copy <= entry.copies; copy++) {
      const plan = layoutTemplate(restricted, {
        ...layoutOptions,
        participants: order.participants,
        origin: { x, y },
        createId,
      });
      const tagged = tagBlockPlan(
        plan,
        order.locale,
        entry,
        template.id,
        entry.copies > 1 ? copy : undefined,
        usedZones,
      );
      plans.push(tagged);
      const frame = tagged.items[0];
      columnWidth = Math.max(columnWidth, frame?.width ?? 0);
      y += (frame?.height ?? 0) + gap;
    }
    x += columnWidth + gap;
  }
  return mergePlans(session, order, plans);
}

/** Marks a block's items with its block and template, titles its frame with the times, keeps zone ids unique. */
function tagBlockPlan(
  plan: BoardPlan,
  locale: Locale,
  entry: RunningOrderEntry,
  templateId: string,
  copy: number | undefined,
  usedZones: Set<string>,
): BoardPlan {
  const time = entry.clock && entry.endClock ? `${entry.clock}–${entry.endClock} ` : '';
  // Groups doing the whole task each get a board named for their group; copies of an exercise a number.
  const label =
    copy && entry.groupMode === 'whole'
      ? createTranslator(sessionMessages, locale)('groupBoard', { n: copy })
      : copy;
  const frameTitle = clampPlanText(
    `${entry.index + 1}. ${time ? `${time.trim()} · ` : ''}${entry.title}${label ? ` (${label})` : ''}`,
  );
  const items = plan.items.map((item): PlanItem => {
    const meta = { ...item.meta, blockId: entry.blockId, templateId, ...(copy ? { copy } : {}) };
    if (item.kind === 'frame') return { ...item, props: { ...item.props, title: frameTitle }, meta };
    if (meta.zoneId === undefined) return { ...item, meta };
    let zoneId = copy ? `${meta.zoneId}-c${copy}` : meta.zoneId;
    // The same template twice in a session: the later block's zones carry its place in the running order.
    if (usedZones.has(zoneId)) zoneId = `b${entry.index + 1}.${zoneId}`;
    usedZones.add(zoneId);
    return { ...item, meta: { ...meta, zoneId } };
  });
  return { ...plan, items };
}

/** One plan: every frame first (agenda, then blocks in running order), then each frame's children. */
function mergePlans(session: Session, order: RunningOrder, plans: readonly BoardPlan[]): BoardPlan {
  const frames = plans.flatMap((plan) => plan.items.filter((item) => item.kind === 'frame'));
  const children = plans.flatMap((plan) => plan.items.filter((item) => item.kind !== 'frame'));
  return {
    planVersion: plans[0]?.planVersion ?? 1,
    templateId: session.id,
    templateVersion: session.version,
    locale: order.locale,
    title: clampPlanText(order.title),
    items: [...frames, ...children],
    connectors: plans.flatMap((plan) => plan.connectors),
  };
}

function zoneIdsOf(plan: BoardPlan): string[] {
  return plan.items.flatMap((item) => (item.meta.zoneId ? [item.meta.zoneId] : []));
}
