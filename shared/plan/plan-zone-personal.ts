import type { BoardPlan } from './board-plan.ts';

/** Zone id → the zone's title without the participant, for each participant's own copy of a zone. */
export function planZonePersonal(plan: BoardPlan): Record<string, string> {
  const personal: Record<string, string> = {};
  for (const item of plan.items)
    if (item.meta.zoneId !== undefined && item.meta.personal !== undefined)
      personal[item.meta.zoneId] = item.meta.personal;
  return personal;
}
