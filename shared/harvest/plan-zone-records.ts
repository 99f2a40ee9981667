import type { BoardPlan } from '../plan/board-plan.ts';
import type { GeneratedBoard } from './generated-board.ts';

/** Zone id → title, from the plan's zone shapes: the harvest names zones by it. */
export function planZoneTitles(plan: BoardPlan): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const item of plan.items)
    if (item.meta.zoneId !== undefined && item.meta.title !== undefined)
      titles[item.meta.zoneId] = item.meta.title;
  return titles;
}

/** Zone id → minutes tag (decision, action, next), from the plan's zone shapes. */
export function planZoneMinutes(plan: BoardPlan): NonNullable<GeneratedBoard['zoneMinutes']> {
  const tags: NonNullable<GeneratedBoard['zoneMinutes']> = {};
  for (const item of plan.items)
    if (item.meta.zoneId !== undefined && item.meta.minutes !== undefined)
      tags[item.meta.zoneId] = item.meta.minutes;
  return tags;
}

/** The zones participants assess with dots, from the plan's zone shapes, in plan order. */
export function planVoteZones(plan: BoardPlan): string[] {
  return plan.items.flatMap((item) =>
    item.meta.vote && item.meta.zoneId !== undefined ? [item.meta.zoneId] : [],
  );
}
