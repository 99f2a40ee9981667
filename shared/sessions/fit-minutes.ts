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
 * ones take the remainder; with `scaleBeyondDouble`, only until they have doubled, the rest to every
 * block in proportion to its length); missing minutes come from the blocks that may shrink, in proportion to
 * how much each may give (largest remainders first), never below their least.
 */
export function fitMinutes(
  needs: readonly MinutesNeed[],
  available: number,
  options: { scaleBeyondDouble?: boolean } = {},
): FittedMinutes {
  const minutes = needs.map((need) => need.planned);
  const total = sum(minutes);
  if (total <= available) {
    const stretch = needs.flatMap((need, i) => (need.stretch ? [i] : []));
    const spare = available - total;
    if (stretch.length === 0) return { minutes, over: 0, spare };
    // A workshop booked for twice its length scales every block instead of a 70-minute round-up.
    const cap = options.scaleBeyondDouble ? sum(stretch.map((i) => needs[i]?.planned ?? 0)) : spare;
    const toStretch = Math.min(spare, cap);
    stretch.forEach((index, n) => {
      const share = Math.floor(toStretch / stretch.length) + (n < toStretch % stretch.length ? 1 : 0);
      minutes[index] = (minutes[index] ?? 0) + share;
    });
    spreadInProportion(minutes, needs, spare - toStretch);
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

/** Adds `extra` minutes to the blocks in proportion to their planned length (largest remainders first). */
function spreadInProportion(minutes: number[], needs: readonly MinutesNeed[], extra: number): void {
  const planned = sum(needs.map((need) => need.planned));
  if (extra <= 0 || planned <= 0) return;
  const exact = needs.map((need) => (need.planned * extra) / planned);
  let rest = extra - sum(exact.map(Math.floor));
  exact.forEach((value, i) => {
    minutes[i] = (minutes[i] ?? 0) + Math.floor(value);
  });
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (rest === 0) break;
    minutes[i] = (minutes[i] ?? 0) + 1;
    rest -= 1;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
