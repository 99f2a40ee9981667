/** Miro's sixteen sticky-note colour names (StickyNoteColor); the SDK accepts nothing else. */
export const stickyColors = [
  'gray',
  'light_yellow',
  'yellow',
  'orange',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'light_pink',
  'pink',
  'violet',
  'red',
  'light_blue',
  'blue',
  'dark_blue',
  'black',
] as const;
export type StickyColor = (typeof stickyColors)[number];

/** Approximate screen colours of the sticky names, for previews and for tinting zone shapes. */
export const stickyColorHex: Readonly<Record<StickyColor, string>> = {
  gray: '#f5f6f8',
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#be88c7',
  red: '#f16c7f',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#9ea9ff',
  black: '#000000',
};
