import type { BoardPlan } from '../../../shared/index.ts';
import { BoardError } from './board-error.ts';
import { itemMetaFor } from './board-records.ts';
import { miroLimits } from './miro-limits.ts';
import { itemMetaSchema } from './miro-snapshot.ts';

function problemsOf(plan: BoardPlan, boardId: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  if (plan.items.length === 0) problems.push('the plan has no items');
  for (const item of plan.items) {
    if (seen.has(item.id)) problems.push(`item ${item.id} appears twice`);
    if (item.parentId !== null && seen.get(item.parentId) !== 'frame')
      problems.push(`item ${item.id}: its frame ${item.parentId} must come before it`);
    seen.set(item.id, item.kind);
    // The record entry must read back: ids within the reader's limits (and old boards' metadata size).
    const meta = itemMetaSchema.safeParse(
      itemMetaFor(boardId, plan.templateId, item.meta.role, item.meta.zoneId),
    );
    if (
      !meta.success ||
      new TextEncoder().encode(JSON.stringify(meta.data)).length > miroLimits.metadataBytes
    )
      problems.push(`item ${item.id}: its metadata does not fit in the board record`);
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
