import type { GroupSplit } from './session-schema.ts';

/** How a group divides for one block: how many groups, and the fewest and most people in one. */
export interface GroupSplitResult {
  groups: number;
  size: { min: number; max: number };
}

/**
 * Above `split.above` people, as few groups as keep each at most `split.max` (then as even as can
 * be); the whole group together otherwise, or when the block has no split.
 */
export function splitGroups(participants: number, split?: GroupSplit): GroupSplitResult {
  if (!split || participants <= split.above)
    return { groups: 1, size: { min: participants, max: participants } };
  const groups = Math.ceil(participants / split.max);
  return {
    groups,
    size: { min: Math.floor(participants / groups), max: Math.ceil(participants / groups) },
  };
}
