import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { assessDots, sharePercent } from './assess-dots.ts';
import { type HarvestMessageKey, harvestMessages } from './harvest-messages.ts';
import type { HarvestBoard, HarvestNote, HarvestResult, HarvestZone } from './harvest-result.ts';

/**
 * Minutes as parts, before any format: the Markdown, the plain text and the HTML renderers all read
 * this one structure, so what a coordinator pastes says the same in every form. Texts are as typed.
 */
export type MinutesPart =
  /** A section: decisions, who does what, next time, other notes, individual notes. */
  | { kind: 'heading'; text: string }
  /** A board (when several) or a session's block, inside a section. */
  | { kind: 'subheading'; text: string }
  /** A zone's title above its notes. */
  | { kind: 'label'; text: string }
  | { kind: 'notes'; notes: readonly string[] }
  | { kind: 'remark'; text: string };

export interface MinutesDocument {
  /** One line naming the network, the session or boards and the date. */
  title: string;
  parts: MinutesPart[];
}

export interface MinutesOptions {
  /** The IANA zone the date is given in (default: the machine's): the board's day where it was held. */
  timeZone?: string;
}

type Kind = NonNullable<HarvestZone['minutes']>;

/** Decisions first, then who does what, then next time: the order minutes are read in. */
const kinds: readonly { kind: Kind; heading: HarvestMessageKey }[] = [
  { kind: 'decision', heading: 'minutesDecisions' },
  { kind: 'action', heading: 'minutesActions' },
  { kind: 'next', heading: 'minutesNext' },
];

const dateLocales: Readonly<Record<Locale, string>> = { da: 'da-DK', sv: 'sv-SE', en: 'en-GB' };

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const texts = (notes: readonly HarvestNote[]) => notes.map((note) => note.text);
const filled = (zone: HarvestZone) => zone.notes.length > 0;
const boardTitle = (board: HarvestBoard) => oneLine(board.title || board.boardId);

function formatDate(iso: string | undefined, locale: Locale, timeZone: string | undefined): string {
  if (iso === undefined) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const format = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  try {
    return new Intl.DateTimeFormat(dateLocales[locale], {
      ...format,
      ...(timeZone ? { timeZone } : {}),
    }).format(date);
  } catch {
    // An unknown zone costs only the zone, never the minutes.
    return new Intl.DateTimeFormat(dateLocales[locale], format).format(date);
  }
}

/** "Minutes – Netværk Nord, Unfold the theme, 1 December 2026": network, boards, the first board's date. */
function headline(
  result: HarvestResult,
  t: Translate<HarvestMessageKey>,
  locale: Locale,
  options: MinutesOptions,
) {
  const networks = [
    ...new Set(result.boards.flatMap((board) => (board.network ? [oneLine(board.network)] : []))),
  ];
  const titles = [...new Set(result.boards.map(boardTitle).filter(Boolean))];
  const dated = result.boards.find((board) => board.createdAt !== undefined);
  const date = formatDate(dated?.createdAt, locale, options.timeZone);
  const context = [...networks, ...titles, date].filter(Boolean).join(', ');
  return context ? t('minutesHeadline', { context }) : t('minutesTitle');
}

/** One zone's notes, under its title when the section holds more than one zone. */
function zoneParts(zone: HarvestZone, labelled: boolean): MinutesPart[] {
  const notes: MinutesPart = { kind: 'notes', notes: texts(zone.notes) };
  return labelled ? [{ kind: 'label', text: oneLine(zone.title || zone.zoneId) }, notes] : [notes];
}

/** A board's zones in running order of their blocks (a session board), each block under its title. */
function byBlock(
  zones: readonly HarvestZone[],
  render: (own: HarvestZone[]) => MinutesPart[],
): MinutesPart[] {
  const blocks = new Map<number, { title: string; zones: HarvestZone[] }>();
  const loose: HarvestZone[] = [];
  for (const zone of zones) {
    if (!zone.block) {
      loose.push(zone);
      continue;
    }
    const found = blocks.get(zone.block.index) ?? { title: zone.block.title, zones: [] };
    found.zones.push(zone);
    blocks.set(zone.block.index, found);
  }
  const ordered = [...blocks.entries()].sort(([a], [b]) => a - b).map(([, block]) => block);
  return [
    ...render(loose),
    ...ordered.flatMap((block) => [
      ...(block.title ? [{ kind: 'subheading', text: oneLine(block.title) } as const] : []),
      ...render(block.zones),
    ]),
  ];
}

/** Each participant's own copies of a zone, folded into one list per zone: no "Participant 1 … 14". */
function foldPersonal(zones: readonly HarvestZone[]): MinutesPart[] {
  const folded = new Map<string, string[]>();
  for (const zone of zones) {
    const title = oneLine(zone.personal ?? zone.title);
    folded.set(title, [...(folded.get(title) ?? []), ...texts(zone.notes)]);
  }
  return [...folded].flatMap(([text, notes]): MinutesPart[] => [
    { kind: 'label', text },
    { kind: 'notes', notes },
  ]);
}

/** The zones of several boards: each board's under its title when more than one board has some. */
function perBoard(
  result: HarvestResult,
  keep: (zone: HarvestZone) => boolean,
  render: (own: HarvestZone[]) => MinutesPart[],
): MinutesPart[] {
  const boards = result.boards
    .map((board) => ({ board, zones: board.zones.filter((zone) => filled(zone) && keep(zone)) }))
    .filter((entry) => entry.zones.length > 0);
  return boards.flatMap(({ board, zones }) => [
    ...(boards.length > 1 ? [{ kind: 'subheading', text: boardTitle(board) } as const] : []),
    ...byBlock(zones, render),
  ]);
}

/**
 * A harvest as minutes: a title line (network, session or boards, date); decisions, who does what
 * and next time (zones tagged `minutes`); the other notes per board and block in running order;
 * each participant's own fields folded together last. Empty zones are left out.
 */
export function minutesDocument(
  result: HarvestResult,
  locale: Locale,
  options: MinutesOptions = {},
): MinutesDocument {
  const t = createTranslator(harvestMessages, locale);
  const parts: MinutesPart[] = [];
  const tagged = result.boards.flatMap((board) => board.zones.filter(filled));
  for (const { kind, heading } of kinds) {
    const zones = tagged.filter((zone) => zone.minutes === kind && zone.personal === undefined);
    if (zones.length === 0) continue;
    parts.push(
      { kind: 'heading', text: t(heading) },
      ...zones.flatMap((zone) => zoneParts(zone, zones.length > 1)),
    );
  }
  const others = perBoard(
    result,
    (zone) => !zone.minutes && zone.personal === undefined,
    (zones) => zones.flatMap((zone) => zoneParts(zone, true)),
  );
  if (others.length > 0 || result.unplaced.length > 0)
    parts.push({ kind: 'heading', text: t('minutesOther') }, ...others);
  if (result.unplaced.length > 0)
    parts.push(
      { kind: 'label', text: t('unplacedHeading') },
      { kind: 'notes', notes: texts(result.unplaced) },
    );
  const personal = perBoard(result, (zone) => zone.personal !== undefined, foldPersonal);
  if (personal.length > 0) parts.push({ kind: 'heading', text: t('minutesPersonal') }, ...personal);
  parts.push(...dotVoteParts(result, t));
  if (parts.length === 0) parts.push({ kind: 'remark', text: t('minutesNothing') });
  return { title: headline(result, t, locale, options), parts };
}

/** The dot votes that got dots: per board a heading, a line per zone, then the strongest and weakest. */
function dotVoteParts(result: HarvestResult, t: Translate<HarvestMessageKey>): MinutesPart[] {
  return assessDots(result)
    .filter((assessment) => assessment.total > 0)
    .flatMap((assessment): MinutesPart[] => {
      const label = (id: string) => assessment.scores.find((s) => s.zoneId === id)?.label ?? id;
      const verdict = [
        ...(assessment.strongest.length > 0
          ? [t('dotVoteStrongest', { zones: assessment.strongest.map(label).join(', ') })]
          : []),
        ...(assessment.weakest.length > 0
          ? [t('dotVoteWeakest', { zones: assessment.weakest.map(label).join(', ') })]
          : []),
      ];
      return [
        { kind: 'heading', text: t('dotVoteHeading', { board: assessment.title }) },
        {
          kind: 'notes',
          notes: assessment.scores.map((s) =>
            t('dotVoteLine', { zone: s.label, count: s.count, percent: sharePercent(s.share) }),
          ),
        },
        ...(verdict.length > 0 ? [{ kind: 'remark' as const, text: verdict.join(' · ') }] : []),
      ];
    });
}
