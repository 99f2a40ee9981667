import type { Translate } from '../i18n/define-messages.ts';
import { type StickyColor, stickyColors } from '../templates/sticky-colors.ts';
import type { HarvestMessageKey } from './harvest-messages.ts';

function isStickyColor(value: string): value is StickyColor {
  return (stickyColors as readonly string[]).includes(value);
}

/** A sticky colour in the reader's language; a name Miro may add later stays as Miro wrote it. */
export function colourName(color: string | undefined, t: Translate<HarvestMessageKey>): string {
  if (color === undefined) return '';
  return isStickyColor(color) ? t(`color_${color}`) : color;
}
