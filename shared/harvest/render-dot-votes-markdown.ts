import type { Translate } from '../i18n/define-messages.ts';
import { escapeMarkdownLine } from '../text/escape-markdown.ts';
import { type DotAssessment, sharePercent } from './assess-dots.ts';
import type { HarvestMessageKey } from './harvest-messages.ts';

/** A board's dot vote as Markdown blocks: a heading, a line per zone, then the strongest and weakest. */
export function dotVoteBlocks(assessment: DotAssessment, t: Translate<HarvestMessageKey>): string[] {
  const label = (id: string) => assessment.scores.find((s) => s.zoneId === id)?.label ?? id;
  const heading = `## ${escapeMarkdownLine(t('dotVoteHeading', { board: assessment.title }).replace(/\s*\n\s*/g, ' '))}`;
  if (assessment.total === 0) return [heading, escapeMarkdownLine(t('dotVoteNone'))];
  const lines = assessment.scores.map(
    (s) =>
      `- ${escapeMarkdownLine(t('dotVoteLine', { zone: s.label, count: s.count, percent: sharePercent(s.share) }))}`,
  );
  const verdict = [
    ...(assessment.strongest.length > 0
      ? [t('dotVoteStrongest', { zones: assessment.strongest.map(label).join(', ') })]
      : []),
    ...(assessment.weakest.length > 0
      ? [t('dotVoteWeakest', { zones: assessment.weakest.map(label).join(', ') })]
      : []),
  ].map(escapeMarkdownLine);
  return [heading, lines.join('\n'), ...(verdict.length > 0 ? [verdict.join('  \n')] : [])];
}
