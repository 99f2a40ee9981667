import { type FaultKind, type StandInFaults, writeMethods } from './stand-in-options.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same faults on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const faultMessages: Readonly<Record<FaultKind, string>> = {
  transient: 'Network error: the request timed out, try again',
  permanent: 'Access denied: this user cannot edit the board',
};

/** Decides, call by call, whether the stand-in fails: `next(method)` gives the fault or undefined. */
export function createFaultPlan(faults: StandInFaults = {}): { next(method: string): FaultKind | undefined } {
  const random = seededRandom(faults.seed ?? 1);
  const methods = new Set(faults.methods ?? writeMethods);
  let count = 0;
  return {
    next(method) {
      if (!methods.has(method)) return undefined;
      count += 1;
      const planned = faults.onCall?.[count];
      if (planned) return planned;
      const roll = random();
      if (roll < (faults.permanentRate ?? 0)) return 'permanent';
      if (roll < (faults.permanentRate ?? 0) + (faults.transientRate ?? 0)) return 'transient';
      return undefined;
    },
  };
}
