/**
 * The one rule for a presentation round, in a calendar agenda and in every session: about two
 * minutes each, one when time is short, and never more than about a quarter of the meeting. Above
 * about 12 people a round in plenary stops working (30 people at a minute each is half an hour of
 * listening), so it is held at the tables, in groups of 4–6, with newcomers named in plenary.
 */
export interface PresentationRound {
  /** Whole 5 minutes. */
  minutes: number;
  perPersonMinutes: number;
  /** Held in groups at the tables rather than in plenary. */
  atTables: boolean;
  /** The groups a table round is held in (1 in plenary). */
  groups: number;
  groupSize: { min: number; max: number };
  /** Even at a minute each at the tables, the round takes more than a quarter of the meeting. */
  overCap: boolean;
}

/** The most people a round in plenary is held for. */
export const plenaryRoundMost = 12;
/** Tables for a round: groups of 4–6. */
const tableSize = { min: 4, max: 6 };

/** The most a round may take of a meeting: a quarter, in whole 5 minutes, at least 5. */
export function roundCap(meetingMinutes: number): number {
  return Math.max(5, Math.floor(meetingMinutes / 4 / 5) * 5);
}

export function presentationRound(participants: number, meetingMinutes: number): PresentationRound {
  const people = Math.max(1, Math.floor(participants));
  const cap = roundCap(meetingMinutes);
  if (people <= plenaryRoundMost)
    for (const each of [2, 1]) {
      const minutes = ceil5(people * each);
      if (minutes <= cap)
        return {
          minutes,
          perPersonMinutes: each,
          atTables: false,
          groups: 1,
          groupSize: { min: people, max: people },
          overCap: false,
        };
    }
  const groups = Math.max(2, Math.ceil(people / tableSize.max));
  const groupSize = { min: Math.floor(people / groups), max: Math.ceil(people / groups) };
  for (const each of [2, 1]) {
    const minutes = ceil5(groupSize.max * each);
    if (minutes <= cap)
      return { minutes, perPersonMinutes: each, atTables: true, groups, groupSize, overCap: false };
  }
  return {
    minutes: ceil5(groupSize.max),
    perPersonMinutes: 1,
    atTables: true,
    groups,
    groupSize,
    overCap: true,
  };
}

export function ceil5(minutes: number): number {
  return Math.max(5, Math.ceil(minutes / 5) * 5);
}
