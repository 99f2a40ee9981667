/** A block's length as planned, the least it may take, and whether it takes time left over. */
export interface MinutesNeed {
  planned: number;
  least: number;
  stretch: boolean;
}

export interface FittedMinutes {
  minutes: number[];
  /** Minutes over the length even with every block at its least; 0 when it fits. */
  over: number;
  /** Minutes under the length that no block could take. */
  spare: number;
}

/**
 * Fits planned lengths to `available`: spare minutes go to the stretch blocks (evenly, the first
 * ones take the remainder); missing minutes come from the blocks that may shrink, in proportion to
 * how much each may give (largest remainders first), never below their least.
 */
export function fitMinutes(needs: readonly MinutesNeed[], available: number): FittedMinutes {
  const minutes = needs.map((need) => need.planned);
  const total = sum(minutes);
  if (total <= available) {
    const stretch = needs.flatMap((need, i) => (need.stretch ? [i] : []));
    const spare = available - total;
    if (stretch.length === 0) return { minutes, over: 0, spare };
    stretch.forEach((index, n) => {
      const share = Math.floor(spare / stretch.length) + (n < spare % stretch.length ? 1 : 0);
      minutes[index] = (minutes[index] ?? 0) + share;
    });
    return { minutes, over: 0, spare: 0 };
  }
  const give = needs.map((need) => Math.max(0, need.planned - Math.min(need.least, need.planned)));
  const canGive = sum(give);
  const cut = Math.min(total - available, canGive);
  if (canGive > 0) {
    const exact = give.map((g) => (g * cut) / canGive);
    const taken = exact.map(Math.floor);
    let rest = cut - sum(taken);
    const byRemainder = exact
      .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
      .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
    for (const { i } of byRemainder) {
      if (rest === 0) break;
      if ((taken[i] ?? 0) < (give[i] ?? 0)) {
        taken[i] = (taken[i] ?? 0) + 1;
        rest -= 1;
      }
    }
    taken.forEach((t, i) => {
      minutes[i] = (minutes[i] ?? 0) - t;
    });
  }
  return { minutes, over: total - cut - available, spare: 0 };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
