import type { estimateTextBox } from '../plan/estimate-text-box.ts';
import type { TextArea } from '../plan/item-text-area.ts';
import { boundTextPadding, type ExcalidrawElement } from './excalidraw-scene.ts';

type Container = Pick<ExcalidrawElement, 'type' | 'x' | 'y' | 'width' | 'height'>;

/** Excalidraw's room for bound text in a container (`getBoundTextMaxWidth`/`…MaxHeight`, 0.18). */
export function boundTextRoom(container: Container): { width: number; height: number } {
  const { type, width, height } = container;
  if (type === 'ellipse')
    return {
      width: Math.round((width / 2) * Math.SQRT2) - boundTextPadding * 2,
      height: Math.round((height / 2) * Math.SQRT2) - boundTextPadding * 2,
    };
  if (type === 'diamond')
    return {
      width: Math.round(width / 2) - boundTextPadding * 2,
      height: Math.round(height / 2) - boundTextPadding * 2,
    };
  return { width: width - boundTextPadding * 2, height: height - boundTextPadding * 2 };
}

/** Where Excalidraw puts the room's top-left corner (`getContainerCoords`). */
function roomOrigin(container: Container): { x: number; y: number } {
  let x = boundTextPadding;
  let y = boundTextPadding;
  if (container.type === 'ellipse') {
    x += (container.width / 2) * (1 - Math.SQRT1_2);
    y += (container.height / 2) * (1 - Math.SQRT1_2);
  } else if (container.type === 'diamond') {
    x += container.width / 4;
    y += container.height / 4;
  }
  return { x: container.x + x, y: container.y + y };
}

export interface BoundTextBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  lines: string[];
}

/** The smallest font bound text may shrink to, so it never outgrows its container. */
const minFontSize = 8;

/**
 * The plan's text in its container as Excalidraw will hold it (measured in the plan's language): wrapped where the board wraps it (or
 * narrower, when Excalidraw's room is narrower, as in a diamond), shrunk only if it would otherwise
 * make Excalidraw grow the container, and placed where Excalidraw places bound text
 * (`computeBoundTextPosition`), so opening the file moves nothing.
 */
export function fitBoundText(
  container: Container,
  area: TextArea,
  measure: typeof estimateTextBox,
): BoundTextBox {
  const room = boundTextRoom(container);
  const wrapWidth = Math.max(1, Math.min(area.width, room.width));
  let fontSize = area.fontSize;
  let box = measure(area.text, fontSize, wrapWidth);
  while ((box.height > room.height || box.width > room.width) && fontSize > minFontSize) {
    fontSize = Math.max(minFontSize, Math.floor(fontSize * 0.9));
    box = measure(area.text, fontSize, wrapWidth);
  }
  const origin = roomOrigin(container);
  const y = area.valign === 'top' ? origin.y : origin.y + (room.height - box.height) / 2;
  const x = area.align === 'left' ? origin.x : origin.x + (room.width - box.width) / 2;
  return { x, y, width: box.width, height: box.height, fontSize, lines: box.lines };
}
