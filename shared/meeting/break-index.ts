/** A meeting or session this long or longer gets a break: no group works well for two hours straight. */
export const breakFromMinutes = 120;
export const breakMinutes = 10;

/**
 * Where a break goes: after the item at which half the planned time has passed, never first or last.
 * `planned` are the items' lengths in running order.
 */
export function breakIndex(planned: readonly number[]): number {
  const half = planned.reduce((a, b) => a + b, 0) / 2;
  let at = 0;
  let index = 1;
  for (let i = 0; i < planned.length - 1; i++) {
    at += planned[i] ?? 0;
    index = i + 1;
    if (at >= half) break;
  }
  return index;
}
