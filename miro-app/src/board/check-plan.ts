import { type BoardPlan, readingItemSchema } from '../../../shared/index.ts';
import { BoardError } from './board-error.ts';

function problemsOf(plan: BoardPlan, boardId: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  if (plan.items.length === 0) problems.push('the plan has no items');
  for (const item of plan.items) {
    if (seen.has(item.id)) problems.push(`item ${item.id} appears twice`);
    if (item.parentId !== null && seen.get(item.parentId) !== 'frame')
      problems.push(`item ${item.id}: its frame ${item.parentId} must come before it`);
    seen.set(item.id, item.kind);
    // What the record says of the item must read back: the board reading's limits on ids, role and zone.
    const member = { boardId, templateId: plan.templateId, role: item.meta.role, zoneId: item.meta.zoneId };
    const probe = { id: item.id, kind: item.kind, x: 0, y: 0, width: 0, height: 0, text: '', ...member };
    if (!readingItemSchema.safeParse(probe).success)
      problems.push(`item ${item.id}: its board, role or zone id does not fit the board reading`);
  }
  for (const connector of plan.connectors) {
    if (!seen.has(connector.fromId) || !seen.has(connector.toId))
      problems.push(`connector ${connector.id}: an end is not in the plan`);
  }
  return problems;
}

/** Refuses, before a single call, a plan Miro would reject half-way (so nothing needs rolling back). */
export function checkPlan(plan: BoardPlan, boardId: string): void {
  const problems = problemsOf(plan, boardId);
  if (problems.length > 0)
    throw new BoardError(
      'permanent',
      `The board plan cannot be generated: ${problems.slice(0, 5).join('; ')}`,
    );
}
