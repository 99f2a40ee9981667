/**
 * The look of a generated board, in Miro board units (a default sticky note is 199 wide).
 * One place for sizes, so every section kind shares the same rhythm and the same smallest font.
 */
export const planFont = {
  /** The frame's own title, drawn above the frame (Miro draws it there too). */
  frameTitle: 44,
  title: 88,
  summary: 36,
  instructions: 30,
  section: 52,
  zoneTitle: 36,
  header: 30,
  /** The smallest font on a board: prompts, cards, captions. Print legibility is measured against it. */
  body: 28,
  caption: 28,
} as const;

/** Font sizes the preview tries for sticky-note text, largest first; Miro itself shrinks text to fit. */
export const stickyFontLadder = [64, 56, 48, 40, 34, planFont.body] as const;
/** Sticky sizes are fitted so their text holds at this font (Miro's own auto-size may go larger). */
export const stickyMinFont = planFont.body;

export const planSpace = {
  frameMargin: 80,
  sectionGap: 80,
  /** Gap between zones, cards and stickies. */
  gap: 24,
  /** Gap between the cells of a matrix: tight, so it reads as one table. */
  cellGap: 12,
  zonePadding: 24,
  shapePadding: 16,
  /** Smallest width of the frame's content, so short templates still get a readable header. */
  minContentWidth: 1400,
  /** Longest line of header text, for readability. */
  maxMeasure: 1800,
} as const;

/** Miro's default sticky sizes; a sticky keeps its aspect when resized (the SDK takes width or height). */
export const stickySizes = {
  square: { width: 199, height: 228 },
  rectangle: { width: 350, height: 228 },
} as const;

/** Sticky text inset, relative to the sticky's width. */
export const stickyPaddingRatio = 0.08;

/** Frame, card and label colours that are not sticky colours. */
export const planColors = {
  frame: '#ffffff',
  card: '#f5f6f8',
  cardBorder: '#c3c7cf',
  label: '#eef0f3',
  labelBorder: '#d5d9e0',
  text: '#1a1a1a',
} as const;
