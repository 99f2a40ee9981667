import type {
  ConnectorProps,
  FrameProps,
  ShapeProps,
  StickyNoteProps,
  TextProps,
} from '@mirohq/websdk-types';
import type {
  FrameItem,
  PlanConnector,
  PlanItem,
  ShapeItem,
  StickyItem,
  TextItem,
} from '../../../shared/index.ts';
import type { BoardPort, PortItem } from './board-port.ts';
import { miroContent } from './miro-content.ts';

/**
 * From the plan's records to Miro's create calls. The plan's `x`, `y` are TOP-LEFT, absolute; Miro's
 * are CENTRES. Children are created at their absolute centre and then `frame.add`ed, which makes their
 * coordinates relative to the frame's top-left (`relativeTo: 'parent_top_left'`).
 */
export interface Point {
  x: number;
  y: number;
}

/** The item's absolute centre on the board, moved by the placement offset. */
export function planCentre(item: Pick<PlanItem, 'x' | 'y' | 'width' | 'height'>, offset: Point): Point {
  return { x: item.x + item.width / 2 + offset.x, y: item.y + item.height / 2 + offset.y };
}

/** Miro's name for the font whose glyph widths the layout measures text with (Helvetica's metrics). */
export const planFontFamily = 'arial';

export function frameProps(item: FrameItem, centre: Point): FrameProps {
  const { title, fillColor } = item.props;
  return { title, x: centre.x, y: centre.y, width: item.width, height: item.height, style: { fillColor } };
}

export function shapeProps(item: ShapeItem, centre: Point): ShapeProps {
  const { shape, text, fillColor, borderColor, fontSize, textAlign, textAlignVertical } = item.props;
  return {
    shape,
    content: miroContent(text),
    x: centre.x,
    y: centre.y,
    width: item.width,
    height: item.height,
    // Miro takes whole font sizes only. Arial: the widths the plan measured (Miro's default, Open Sans, is wider).
    style: {
      fillColor,
      borderColor,
      fontFamily: planFontFamily,
      fontSize: Math.round(fontSize),
      textAlign,
      textAlignVertical,
    },
  };
}

/** Miro sets a text's height from its content: the centre keeps the plan's, the height may differ. */
export function textProps(item: TextItem, centre: Point): TextProps {
  return {
    content: miroContent(item.props.text, item.props.bold),
    x: centre.x,
    y: centre.y,
    width: item.width,
    style: { fontFamily: planFontFamily, fontSize: Math.round(item.props.fontSize) },
  };
}

/** A sticky takes width OR height (its aspect is fixed): the width, as the plan sized it to the aspect. */
export function stickyProps(item: StickyItem, centre: Point): StickyNoteProps {
  const { text, color, shape } = item.props;
  return {
    content: miroContent(text),
    shape,
    x: centre.x,
    y: centre.y,
    width: item.width,
    style: { fillColor: color },
  };
}

export function connectorProps(connector: PlanConnector, startId: string, endId: string): ConnectorProps {
  const { shape, caption } = connector.props;
  return {
    shape,
    start: { item: startId },
    end: { item: endId },
    ...(caption ? { captions: [{ content: miroContent(caption), position: 0.5 }] } : {}),
  };
}

interface KindMap {
  frame: FrameItem;
  shape: ShapeItem;
  text: TextItem;
  sticky: StickyItem;
}

type Creators = {
  [K in keyof KindMap]: (board: BoardPort, item: KindMap[K], centre: Point) => Promise<PortItem>;
};

/** One create call per plan kind. */
const creators: Creators = {
  frame: (board, item, centre) => board.createFrame(frameProps(item, centre)),
  shape: (board, item, centre) => board.createShape(shapeProps(item, centre)),
  text: (board, item, centre) => board.createText(textProps(item, centre)),
  sticky: (board, item, centre) => board.createStickyNote(stickyProps(item, centre)),
};

function create<K extends keyof KindMap>(board: BoardPort, kind: K, item: KindMap[K], centre: Point) {
  return creators[kind](board, item, centre);
}

/** Creates the item at its absolute centre (children are added to their frame afterwards). */
export function createPlanItem(board: BoardPort, item: PlanItem, centre: Point): Promise<PortItem> {
  return create(board, item.kind, item, centre);
}

/** Every HTML content a plan item becomes, for checks before any call is made. */
export function planItemContents(item: PlanItem): string[] {
  if (item.kind === 'frame') return [item.props.title];
  if (item.kind === 'text') return [miroContent(item.props.text, item.props.bold)];
  return [miroContent(item.props.text)];
}

export function connectorContents(connector: PlanConnector): string[] {
  return connector.props.caption ? [miroContent(connector.props.caption)] : [];
}
