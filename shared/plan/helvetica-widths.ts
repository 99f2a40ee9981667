/**
 * Advance widths, 1/1000 em, of the fonts boards, SVG and PDF are set in: for each character the
 * larger of Adobe's Helvetica (Core 14 AFM metrics, as pdfkit sets the PDF) and Arial / Liberation
 * Sans (as browsers set the SVG, 2048 units per em, rounded up). The two agree to within a
 * thousandth of an em on nearly every glyph, so a width measured here is never narrower than
 * either draws it. Checked glyph by glyph against pdfkit (`helvetica-widths.test.ts`) and Chromium
 * (`tests/browser/text-measure.test.ts`).
 */
export interface FontWidths {
  /** U+0020 to U+007E. */
  ascii: readonly number[];
  /** U+00A0 to U+00FF: æøåäöé and the other Latin-1 letters. */
  latin1: readonly number[];
  /** The rest of Windows-1252 (WinAnsi): typographic quotes, dashes, €, Œ, Š… in `winAnsiExtras` order. */
  extras: readonly number[];
  /**
   * The kerning pairs that push letters apart ("r" before "t" in Helvetica): [left, 1/1000 em,
   * rights]. PDF text is kerned, so a measure without them would come out narrow. Pairs that pull
   * letters together are left out: ignoring them only ever overestimates.
   */
  widening: readonly (readonly [string, number, string])[];
}

/** The Windows-1252 characters outside Latin-1, in the order of `FontWidths.extras`. */
export const winAnsiExtras = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export const helveticaWidths: Readonly<Record<'regular' | 'bold', FontWidths>> = {
  regular: {
    ascii: [
      278, 278, 355, 557, 557, 890, 667, 191, 334, 334, 390, 584, 278, 334, 278, 278, 557, 557, 557, 557, 557,
      557, 557, 557, 557, 557, 278, 278, 584, 584, 584, 557, 1016, 667, 667, 723, 723, 667, 611, 778, 723,
      278, 500, 667, 557, 834, 723, 778, 667, 778, 723, 667, 611, 723, 667, 944, 667, 667, 611, 278, 278, 278,
      470, 557, 334, 557, 557, 500, 557, 557, 278, 557, 557, 223, 223, 500, 223, 834, 557, 557, 557, 557, 334,
      500, 278, 557, 500, 723, 500, 500, 500, 334, 260, 334, 584,
    ],
    latin1: [
      278, 334, 557, 557, 557, 557, 260, 557, 334, 737, 371, 557, 584, 333, 737, 553, 400, 584, 334, 334, 334,
      577, 538, 334, 334, 334, 366, 557, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 723, 667,
      667, 667, 667, 278, 278, 278, 278, 723, 723, 778, 778, 778, 778, 778, 584, 778, 723, 723, 723, 723, 667,
      667, 611, 557, 557, 557, 557, 557, 557, 890, 500, 557, 557, 557, 557, 278, 278, 278, 278, 557, 557, 557,
      557, 557, 557, 557, 584, 611, 557, 557, 557, 557, 500, 557, 500,
    ],
    extras: [
      557, 223, 557, 334, 1000, 557, 557, 334, 1000, 667, 334, 1000, 611, 223, 223, 334, 334, 351, 557, 1000,
      334, 1000, 500, 334, 944, 500, 667,
    ],
    widening: [
      ['f', 50, '’'],
      ['f', 60, '”'],
      ['r', 30, ':;pvyýÿŸ'],
      ['r', 15, 'ikluìíîïùúûü'],
      ['r', 25, 'mnñ'],
      ['r', 40, 't'],
    ],
  },
  bold: {
    ascii: [
      278, 334, 475, 557, 557, 890, 723, 238, 334, 334, 390, 584, 278, 334, 278, 278, 557, 557, 557, 557, 557,
      557, 557, 557, 557, 557, 334, 334, 584, 584, 584, 611, 976, 723, 723, 723, 723, 667, 611, 778, 723, 278,
      557, 723, 611, 834, 723, 778, 667, 778, 723, 667, 611, 723, 667, 944, 667, 667, 611, 334, 278, 334, 584,
      557, 334, 557, 611, 557, 611, 557, 334, 611, 611, 278, 278, 557, 278, 890, 611, 611, 611, 611, 390, 557,
      334, 611, 557, 778, 557, 557, 500, 390, 280, 390, 584,
    ],
    latin1: [
      278, 334, 557, 557, 557, 557, 280, 557, 334, 737, 371, 557, 584, 333, 737, 553, 400, 584, 334, 334, 334,
      611, 557, 334, 334, 334, 366, 557, 834, 834, 834, 611, 723, 723, 723, 723, 723, 723, 1000, 723, 667,
      667, 667, 667, 278, 278, 278, 278, 723, 723, 778, 778, 778, 778, 778, 584, 778, 723, 723, 723, 723, 667,
      667, 611, 557, 557, 557, 557, 557, 557, 890, 557, 557, 557, 557, 557, 278, 278, 278, 278, 611, 611, 611,
      611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 557, 611, 557,
    ],
    extras: [
      557, 278, 557, 500, 1000, 557, 557, 334, 1000, 667, 334, 1000, 611, 278, 278, 500, 500, 351, 557, 1000,
      334, 1000, 557, 334, 944, 500, 667,
    ],
    widening: [
      ['Q', 20, ',.'],
      ['e', 10, ','],
      ['e', 20, '.'],
      ['f', 30, '’”'],
      ['g', 10, 'eèéêë'],
      ['r', 20, 't'],
      ['r', 10, 'vyýÿŸ'],
      ['z', 10, 'eèéêë'],
      ['è', 10, ','],
      ['è', 20, '.'],
      ['é', 10, ','],
      ['é', 20, '.'],
      ['ê', 10, ','],
      ['ê', 20, '.'],
      ['ë', 10, ','],
      ['ë', 20, '.'],
      ['ž', 10, 'eèéêë'],
    ],
  },
};
