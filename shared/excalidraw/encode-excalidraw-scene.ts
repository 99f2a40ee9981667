import type { GeneratedBoard, GeneratedSessionRecord } from '../harvest/generated-board.ts';
import { planVoteZones, planZoneMinutes, planZoneTitles } from '../harvest/plan-zone-records.ts';
import type { BoardPlan, PlanConnector, PlanItem } from '../plan/board-plan.ts';
import { captionBox, connectorSegment } from '../plan/connector-geometry.ts';
import { type estimateTextBox, measureIn, textMetrics } from '../plan/estimate-text-box.ts';
import { itemTextArea } from '../plan/item-text-area.ts';
import { planFont } from '../plan/plan-style.ts';
import { stickyColorHex } from '../templates/sticky-colors.ts';
import { fnv1a } from '../text/fnv1a.ts';
import { fitBoundText } from './bound-text-box.ts';
import {
  type ExcalidrawElement,
  type ExcalidrawScene,
  excalidrawSceneType,
  excalidrawSceneVersion,
  excalidrawSource,
  liberationSansFamily,
  type NetverkCustomData,
} from './excalidraw-scene.ts';
import { fractionalIndex } from './fractional-index.ts';

export interface EncodeExcalidrawOptions {
  /** The generated board's id; default: a hash of the plan, so the same plan gives the same file. */
  boardId?: string;
  /** When the file is made: the board record's `createdAt` and each element's `updated`. Default: the epoch. */
  now?: () => Date;
  /** The plan is a whole session (`layoutSession`): the record keeps these inputs and each block's frame. */
  session?: Omit<GeneratedSessionRecord, 'frames'>;
}

const ink = '#1e1e1e';

/** The scene wide: one `.excalidraw` file with the `scrollToContent` Nextcloud Whiteboard reads. */
export type ExcalidrawFile = ExcalidrawScene & { scrollToContent: true };

interface Context {
  boardId: string;
  plan: BoardPlan;
  updated: number;
  elements: ExcalidrawElement[];
  /** Plan item id → its Excalidraw element (containers get arrows bound to them). */
  byPlanId: Map<string, ExcalidrawElement>;
  /** The plan's own measure: long words break at the same syllables as on the board and the poster. */
  measure: typeof estimateTextBox;
}

function elementId(ctx: Context, planId: string): string {
  return `${ctx.boardId}-${planId}`;
}

function customData(ctx: Context, id: string, item: { meta: PlanItem['meta'] } | undefined, role: string) {
  const data: NetverkCustomData = {
    netverk: 1,
    boardId: ctx.boardId,
    templateId: item?.meta.templateId ?? ctx.plan.templateId,
    role,
    elementId: id,
  };
  if (item?.meta.zoneId !== undefined) data.zoneId = item.meta.zoneId;
  return data;
}

/** Every field Excalidraw 0.18 saves, so its restore has nothing to guess (a guess can mean a blank file). */
function base(
  ctx: Context,
  id: string,
  type: ExcalidrawElement['type'],
  rect: { x: number; y: number; width: number; height: number },
  frameId: string | null,
): ExcalidrawElement {
  const seed = fnv1a(id);
  return {
    id,
    type,
    x: rect.x,
    y: rect.y,
    width: rect.width,
    height: rect.height,
    angle: 0,
    strokeColor: ink,
    backgroundColor: 'transparent',
    fillStyle: 'solid',
    strokeWidth: 1,
    strokeStyle: 'solid',
    roughness: 0,
    opacity: 100,
    groupIds: [],
    frameId,
    index: fractionalIndex(ctx.elements.length),
    roundness: null,
    seed: (seed % 2_147_483_646) + 1,
    version: 1,
    versionNonce: fnv1a(`${id}#nonce`) % 2_147_483_647,
    isDeleted: false,
    boundElements: null,
    updated: ctx.updated,
    link: null,
    locked: false,
  };
}

function push(ctx: Context, element: ExcalidrawElement): ExcalidrawElement {
  ctx.elements.push(element);
  return element;
}

const containerTypes = {
  rectangle: 'rectangle',
  round_rectangle: 'rectangle',
  rhombus: 'diamond',
  circle: 'ellipse',
} as const;

/** A text element, wrapped by the core's measure; `customData.text` keeps the text as the plan had it. */
function textElement(
  ctx: Context,
  id: string,
  rect: { x: number; y: number; width: number; height: number },
  text: {
    shown: string;
    plain: string;
    fontSize: number;
    align: 'left' | 'center';
    valign: 'top' | 'middle';
  },
  data: NetverkCustomData,
  frameId: string | null,
  containerId: string | null,
): ExcalidrawElement {
  const textData = text.shown === text.plain ? data : { ...data, text: text.plain, shown: text.shown };
  return {
    ...base(ctx, id, 'text', rect, frameId),
    customData: textData,
    text: text.shown,
    originalText: text.shown,
    fontSize: text.fontSize,
    fontFamily: liberationSansFamily,
    textAlign: text.align,
    verticalAlign: text.valign,
    containerId,
    // Free text keeps the plan's width and wraps within it, as the board does.
    autoResize: containerId !== null,
    lineHeight: textMetrics.lineHeight,
  };
}

function encodeContainer(
  ctx: Context,
  item: Extract<PlanItem, { kind: 'shape' | 'sticky' }>,
  frameId: string | null,
): void {
  const id = elementId(ctx, item.id);
  const isSticky = item.kind === 'sticky';
  const type = isSticky ? 'rectangle' : containerTypes[item.props.shape];
  const container = push(ctx, {
    ...base(ctx, id, type, item, frameId),
    strokeColor: isSticky ? 'transparent' : item.props.borderColor,
    backgroundColor: isSticky ? stickyColorHex[item.props.color] : item.props.fillColor,
    roundness: !isSticky && item.props.shape !== 'rectangle' ? { type: 3 } : null,
    customData: customData(ctx, id, item, item.meta.role),
  });
  ctx.byPlanId.set(item.id, container);
  const area = itemTextArea(item);
  if (!area || area.text === '') return;
  const fitted = fitBoundText(container, area, ctx.measure);
  const textId = `${id}-text`;
  container.boundElements = [{ type: 'text', id: textId }];
  push(
    ctx,
    textElement(
      ctx,
      textId,
      fitted,
      { shown: fitted.lines.join('\n'), plain: area.text, ...fitted, align: area.align, valign: area.valign },
      customData(ctx, textId, item, item.meta.role),
      frameId,
      id,
    ),
  );
}

function encodeText(ctx: Context, item: Extract<PlanItem, { kind: 'text' }>, frameId: string | null): void {
  const id = elementId(ctx, item.id);
  const { fontSize, text, bold } = item.props;
  const { lines, height } = ctx.measure(text, fontSize, item.width, bold ?? false);
  const element = textElement(
    ctx,
    id,
    { x: item.x, y: item.y, width: item.width, height },
    { shown: lines.join('\n'), plain: text, fontSize, align: 'left', valign: 'top' },
    customData(ctx, id, item, item.meta.role),
    frameId,
    null,
  );
  ctx.byPlanId.set(item.id, push(ctx, element));
}

function encodeFrame(ctx: Context, item: Extract<PlanItem, { kind: 'frame' }>): void {
  const id = elementId(ctx, item.id);
  const frame = push(ctx, {
    ...base(ctx, id, 'frame', item, null),
    name: item.props.title,
    customData: customData(ctx, id, item, 'frame'),
  });
  ctx.byPlanId.set(item.id, frame);
}

function bindArrow(target: ExcalidrawElement, arrowId: string): void {
  target.boundElements = [...(target.boundElements ?? []), { type: 'arrow', id: arrowId }];
}

const rectOf = (e: ExcalidrawElement) => ({ x: e.x, y: e.y, width: e.width, height: e.height });

/** A connector as an arrow bound to both ends, its caption as text beside it (where the board has it). */
function encodeConnector(ctx: Context, connector: PlanConnector): void {
  const from = ctx.byPlanId.get(connector.fromId);
  const to = ctx.byPlanId.get(connector.toId);
  if (!from || !to) return;
  const id = elementId(ctx, connector.id);
  const segment = connectorSegment(rectOf(from), rectOf(to), connector.props.toPosition);
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  const rect = { x: segment.x1, y: segment.y1, width: Math.abs(dx), height: Math.abs(dy) };
  push(ctx, {
    ...base(ctx, id, 'arrow', rect, from.frameId),
    roundness: connector.props.shape === 'curved' ? { type: 2 } : null,
    customData: customData(ctx, id, undefined, 'connector'),
    points: [
      [0, 0],
      [dx, dy],
    ],
    lastCommittedPoint: null,
    startBinding: { elementId: from.id, focus: 0, gap: 1 },
    endBinding: { elementId: to.id, focus: 0, gap: 1 },
    startArrowhead: null,
    endArrowhead: 'arrow',
    elbowed: false,
  });
  bindArrow(from, id);
  bindArrow(to, id);
  const caption = captionBox(connector, segment, ctx.measure);
  if (!caption) return;
  const captionId = `${id}-caption`;
  push(
    ctx,
    textElement(
      ctx,
      captionId,
      caption,
      {
        shown: caption.lines.join('\n'),
        plain: connector.props.caption ?? '',
        fontSize: planFont.caption,
        align: 'center',
        valign: 'middle',
      },
      customData(ctx, captionId, undefined, 'caption'),
      from.frameId,
      null,
    ),
  );
}

const encoders = {
  frame: encodeFrame,
  shape: encodeContainer,
  sticky: encodeContainer,
  text: encodeText,
} as const;

function sessionRecord(ctx: Context, session: EncodeExcalidrawOptions['session']) {
  if (!session) return undefined;
  const frames = ctx.plan.items.flatMap((item) =>
    item.kind === 'frame' && item.meta.blockId !== undefined
      ? [{ blockId: item.meta.blockId, frameId: elementId(ctx, item.id) }]
      : [],
  );
  return { ...session, frames };
}

/** The generated board's record, as the Miro app keeps it in the board's storage; here on the first frame. */
function boardRecord(ctx: Context, now: Date, options: EncodeExcalidrawOptions): GeneratedBoard {
  const { plan } = ctx;
  const first = ctx.elements.find((e) => e.type === 'frame') ?? ctx.elements[0];
  const zoneTitles = planZoneTitles(plan);
  const zoneMinutes = planZoneMinutes(plan);
  const voteZones = planVoteZones(plan);
  const session = sessionRecord(ctx, options.session);
  return {
    id: ctx.boardId,
    templateId: plan.templateId,
    templateVersion: plan.templateVersion,
    locale: plan.locale,
    title: plan.title.slice(0, 500),
    frameId: first?.id ?? ctx.boardId,
    createdAt: now.toISOString(),
    ...(Object.keys(zoneTitles).length > 0 ? { zoneTitles } : {}),
    ...(Object.keys(zoneMinutes).length > 0 ? { zoneMinutes } : {}),
    ...(voteZones.length > 0 ? { voteZones } : {}),
    ...(session ? { session } : {}),
  };
}

/** The board id a plan gets by default: short, and the same for the same plan. */
export function defaultExcalidrawBoardId(plan: BoardPlan): string {
  return `nv${fnv1a(JSON.stringify(plan)).toString(36)}${fnv1a(plan.title).toString(36)}`;
}

/**
 * A board plan as an Excalidraw scene (`.excalidraw`; Nextcloud Whiteboard opens the same JSON saved
 * as `.whiteboard`): frames as named frames, zones and boxes as rectangles (ellipses, diamonds) with
 * bound text, stickies as filled rectangles with bound text, text as text, connectors as arrows bound
 * to their shapes. Text is set in Liberation Sans and broken into the lines the core measured, so
 * Excalidraw neither re-wraps it nor resizes a box. Netverk's elements carry their board, role and
 * zone in `customData`, and the first frame the board's record, so `decodeExcalidrawScene` reads the
 * zones back. Pure: ids and seeds come from the plan's ids.
 */
export function encodeExcalidrawScene(
  plan: BoardPlan,
  options: EncodeExcalidrawOptions = {},
): ExcalidrawFile {
  const now = options.now?.() ?? new Date(0);
  const ctx: Context = {
    boardId: options.boardId ?? defaultExcalidrawBoardId(plan),
    plan,
    updated: now.getTime(),
    elements: [],
    byPlanId: new Map(),
    measure: measureIn(plan.locale),
  };
  for (const item of plan.items) {
    const frameId = item.parentId === null ? null : (ctx.byPlanId.get(item.parentId)?.id ?? null);
    (encoders[item.kind] as (ctx: Context, item: PlanItem, frameId: string | null) => void)(
      ctx,
      item,
      frameId,
    );
  }
  for (const connector of plan.connectors) encodeConnector(ctx, connector);
  const first = ctx.elements.find((e) => e.type === 'frame') ?? ctx.elements[0];
  if (first?.customData) first.customData.board = boardRecord(ctx, now, options);
  return {
    type: excalidrawSceneType,
    version: excalidrawSceneVersion,
    source: excalidrawSource,
    elements: ctx.elements,
    appState: { viewBackgroundColor: '#ffffff', gridSize: null },
    files: {},
    scrollToContent: true,
  };
}
