/** A block's length as planned, the least it may take, and whether it takes time left over. */
export interface MinutesNeed {
  planned: number;
  least: number;
  stretch: boolean;
  /** Never grows with spare time (the presentation round: its length is the round rule's). */
  fixed?: boolean;
}

export interface FittedMinutes {
  minutes: number[];
  /** Minutes over the length even with every block at its least; 0 when it fits. */
  over: number;
  /** Minutes under the length that no block took (less than 5, or nothing could grow). */
  spare: number;
}

const step = 5;

/**
 * Fits planned lengths to `available` in whole 5 minutes, as facilitators plan: spare minutes go to
 * the stretch blocks (with `scaleBeyondDouble`, only until they have doubled; the rest to every block
 * that may grow, the one furthest below its share first); missing minutes come 5 at a time from the
 * block with most to give above its least. Lengths stay multiples of 5 when the planned ones are.
 */
export function fitMinutes(
  needs: readonly MinutesNeed[],
  available: number,
  options: { scaleBeyondDouble?: boolean } = {},
): FittedMinutes {
  const minutes = needs.map((need) => need.planned);
  let free = available - sum(minutes);
  if (free >= 0) {
    const stretch = needs.flatMap((need, i) => (need.stretch && !need.fixed ? [i] : []));
    const limit = (i: number) =>
      options.scaleBeyondDouble ? 2 * (needs[i]?.planned ?? 0) : Number.POSITIVE_INFINITY;
    // Round-robin over the stretch blocks, 5 minutes at a time.
    for (let progress = true; free >= step && progress; ) {
      progress = false;
      for (const i of stretch) {
        if (free < step || (minutes[i] ?? 0) + step > limit(i)) continue;
        minutes[i] = (minutes[i] ?? 0) + step;
        free -= step;
        progress = true;
      }
    }
    const growable = needs.flatMap((need, i) => (!need.fixed && need.planned > 0 ? [i] : []));
    while (free >= step && growable.length > 0 && options.scaleBeyondDouble) {
      // The block furthest below its share of the whole grows next: the result stays in proportion.
      const i = growable.reduce((a, b) =>
        (minutes[b] ?? 0) / (needs[b]?.planned ?? 1) < (minutes[a] ?? 0) / (needs[a]?.planned ?? 1) ? b : a,
      );
      minutes[i] = (minutes[i] ?? 0) + step;
      free -= step;
    }
    return { minutes, over: 0, spare: free };
  }
  let missing = -free;
  while (missing > 0) {
    let best = -1;
    let most = 0;
    needs.forEach((need, i) => {
      const give = (minutes[i] ?? 0) - need.least;
      if (give >= step && give > most) {
        best = i;
        most = give;
      }
    });
    if (best < 0) break;
    minutes[best] = (minutes[best] ?? 0) - step;
    missing -= step;
  }
  return { minutes, over: Math.max(0, missing), spare: Math.max(0, -missing) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
