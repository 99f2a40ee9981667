import {
  assessDots,
  createTranslator,
  type DecisionResult,
  type HarvestResult,
  type HarvestZone,
  harvestMessages,
  type Locale,
  networkTypeFieldLabels,
  networkTypeFields,
  type SummarySection,
  sharePercent,
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
export function harvestSections(
  result: HarvestResult,
  unplacedHeading: string,
  locale: Locale = 'en',
): SummarySection[] {
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
  return [...dotVoteSections(result, locale), ...zones, ...unplaced];
}

/** Longest bar of a dot vote in the summary, in blocks: the board summary is text, the bars are too. */
const maxBlocks = 20;

/** The dot votes as summary cards: per zone a bar of ■, the count and the share (the chart in words). */
function dotVoteSections(result: HarvestResult, locale: Locale): SummarySection[] {
  const t = createTranslator(harvestMessages, locale);
  return assessDots(result)
    .filter((assessment) => assessment.total > 0)
    .map((assessment) => {
      const most = Math.max(1, ...assessment.scores.map((score) => score.count));
      return {
        heading: t('dotVoteHeading', { board: assessment.title }),
        lines: assessment.scores.map((score) => {
          const blocks = '■'.repeat(Math.round((score.count / most) * Math.min(most, maxBlocks)));
          const line = t('dotVoteLine', {
            zone: score.label,
            count: score.count,
            percent: sharePercent(score.share),
          });
          return blocks ? `${blocks} ${line}` : line;
        }),
      };
    });
}
