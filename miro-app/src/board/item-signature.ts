import type { PortItem } from './board-port.ts';

/** What tells a twin from its original: type, place at creation and text (or both ends). */
export function itemSignature(item: PortItem): string {
  if (item.type === 'connector') return `connector|${item.start?.item}|${item.end?.item}`;
  const text = item.type === 'frame' ? item.title : item.content;
  return `${item.type}|${item.x}|${item.y}|${text}`;
}
