import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { escapeMarkdownLine, escapeMarkdownText } from '../text/escape-markdown.ts';
import { assessDots } from './assess-dots.ts';
import { type HarvestMessageKey, harvestMessages } from './harvest-messages.ts';
import type { HarvestNote, HarvestResult, HarvestZone } from './harvest-result.ts';
import { dotVoteBlocks } from './render-dot-votes-markdown.ts';

type Kind = NonNullable<HarvestZone['minutes']>;

/** Decisions first, then who does what, then next time: the order minutes are read in. */
const kinds: readonly { kind: Kind; heading: HarvestMessageKey }[] = [
  { kind: 'decision', heading: 'minutesDecisions' },
  { kind: 'action', heading: 'minutesActions' },
  { kind: 'next', heading: 'minutesNext' },
];

const oneLine = (text: string) => escapeMarkdownLine(text.replace(/\s*\n\s*/g, ' '));

function noteList(notes: readonly HarvestNote[]): string {
  return notes.map((note) => `- ${escapeMarkdownText(note.text, '  ')}`).join('\n');
}

/** One minutes section: the zones of one kind from every board, each under its own title when several. */
function kindSection(zones: readonly HarvestZone[], heading: string): string[] {
  if (zones.length === 0) return [];
  if (zones.length === 1) return [`## ${oneLine(heading)}`, noteList(zones[0]?.notes ?? [])];
  return [
    `## ${oneLine(heading)}`,
    ...zones.flatMap((zone) => [`### ${oneLine(zone.title || zone.zoneId)}`, noteList(zone.notes)]),
  ];
}

/**
 * A harvest as minutes, Markdown ready to paste into an e-mail: decisions, actions and next time
 * first (zones tagged `minutes` in the template), then the other zones per board; empty zones are
 * left out. User text is escaped so it shows as typed.
 */
export function renderHarvestMinutes(result: HarvestResult, locale: Locale): string {
  const t: Translate<HarvestMessageKey> = createTranslator(harvestMessages, locale);
  const titles = result.boards.map((board) => board.title || board.boardId).filter(Boolean);
  const blocks = [`# ${oneLine(t('minutesTitle'))}`];
  if (titles.length > 0) blocks.push(oneLine(t('minutesFrom', { boards: titles.join(', ') })));
  const filled = (zone: HarvestZone) => zone.notes.length > 0;
  const zones = result.boards.flatMap((board) => board.zones.filter(filled));
  for (const { kind, heading } of kinds)
    blocks.push(
      ...kindSection(
        zones.filter((zone) => zone.minutes === kind),
        t(heading),
      ),
    );
  const others = result.boards
    .map((board) => ({ board, zones: board.zones.filter((zone) => filled(zone) && !zone.minutes) }))
    .filter((entry) => entry.zones.length > 0);
  if (others.length > 0 || result.unplaced.length > 0) blocks.push(`## ${oneLine(t('minutesOther'))}`);
  for (const { board, zones: own } of others) {
    if (others.length > 1) blocks.push(`### ${oneLine(board.title || board.boardId)}`);
    for (const zone of own) blocks.push(`**${oneLine(zone.title || zone.zoneId)}**`, noteList(zone.notes));
  }
  if (result.unplaced.length > 0)
    blocks.push(`**${oneLine(t('unplacedHeading'))}**`, noteList(result.unplaced));
  // The dot votes go with the minutes: counts and shares per zone, strongest and weakest.
  const votes = assessDots(result).filter((assessment) => assessment.total > 0);
  for (const assessment of votes) blocks.push(...dotVoteBlocks(assessment, t));
  if (zones.length === 0 && result.unplaced.length === 0 && votes.length === 0)
    blocks.push(`*${oneLine(t('minutesNothing'))}*`);
  return `${blocks.join('\n\n')}\n`;
}
