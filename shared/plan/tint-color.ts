import { type StickyColor, stickyColorHex } from '../templates/sticky-colors.ts';

/** Mixes a `#rrggbb` colour with white (`amount` 0..1 of white), for light zone backgrounds. */
export function tintColor(hex: string, amount: number): string {
  return mix(hex, 255, amount);
}

/** Mixes a `#rrggbb` colour with black (`amount` 0..1 of black), for borders. */
export function shadeColor(hex: string, amount: number): string {
  return mix(hex, 0, amount);
}

/** A zone's background and border from its sticky colour: light enough for notes to stand out on it. */
export function zoneColors(color: StickyColor): { fillColor: string; borderColor: string } {
  const hex = stickyColorHex[color];
  return { fillColor: tintColor(hex, 0.72), borderColor: shadeColor(hex, 0.22) };
}

function mix(hex: string, target: number, amount: number): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `#${channels
    .map((c) => Math.round(c + (target - c) * amount))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}
