import {
  type DecisionResult,
  type HarvestResult,
  type HarvestZone,
  type Locale,
  networkTypeFieldLabels,
  networkTypeFields,
  type SummarySection,
} from '../../../shared/index.ts';

/** A decision as summary cards: one per candidate type, then why the answers led there. */
export function decisionSections(
  result: DecisionResult,
  whyHeading: string,
  locale: Locale,
): SummarySection[] {
  const candidates = result.candidates.map((candidate) => ({
    heading: candidate.title,
    lines: networkTypeFields.map((field) => `${networkTypeFieldLabels[field][locale]}: ${candidate[field]}`),
  }));
  return [...candidates, { heading: whyHeading, lines: result.why }];
}

/** Minutes first: decisions, actions, next time, then every other zone in reading order. */
const minutesRank = { decision: 0, action: 1, next: 2 } as const;

/**
 * A harvest as summary cards: one per zone that has notes, named by its board when there are several;
 * the zones where minutes are born come first.
 */
export function harvestSections(result: HarvestResult, unplacedHeading: string): SummarySection[] {
  const several = result.boards.length > 1;
  const rank = (zone: HarvestZone) => (zone.minutes ? minutesRank[zone.minutes] : 3);
  const zones = result.boards.flatMap((board) =>
    board.zones
      .filter((zone) => zone.notes.length > 0)
      .sort((a, b) => rank(a) - rank(b))
      .map((zone) => ({
        heading: several ? `${board.title}: ${zone.title}` : zone.title,
        lines: zone.notes.map((note) => note.text),
      })),
  );
  const unplaced =
    result.unplaced.length > 0
      ? [{ heading: unplacedHeading, lines: result.unplaced.map((n) => n.text) }]
      : [];
  return [...zones, ...unplaced];
}
