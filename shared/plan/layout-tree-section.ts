import { stickyColorHex } from '../templates/sticky-colors.ts';
import type { Section } from '../templates/template-schema.ts';
import type { PlanConnector, ShapeItem } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { captionMaxWidth } from './connector-geometry.ts';
import { fitRhombus, fitShapeHeight, type Size } from './fit-box.ts';
import type { LayoutContext, SectionBlock } from './layout-context.ts';
import { placeCaptions } from './place-captions.ts';
import { createShape } from './plan-items.ts';
import { planFont } from './plan-style.ts';
import { shadeColor, tintColor } from './tint-color.ts';
import { type TreeEdge, treeLayers } from './tree-layers.ts';

type TreeSection = Extract<Section, { kind: 'tree' }>;
type TreeNode = TreeSection['nodes'][number];

const resultWidth = 640;
const questionMinWidth = 420;
const nodeGap = 96;
const layerGap = 160;
/** Captions of one node's edges share this much of the gap below it (see place-captions). */
const captionShare = 0.5;

const nodeStyles = {
  question: {
    shape: 'rhombus',
    hex: stickyColorHex.light_blue,
    textAlign: 'center',
    textAlignVertical: 'middle',
  },
  result: {
    shape: 'round_rectangle',
    hex: stickyColorHex.light_green,
    textAlign: 'left',
    textAlignVertical: 'top',
  },
} as const;

/** Questions as rhombi and results as rounded boxes, layered by depth; edges become captioned connectors. */
export function layoutTreeSection(section: TreeSection, ctx: LayoutContext): SectionBlock {
  const { locale } = ctx.options;
  const texts = new Map(section.nodes.map((node) => [node.id, nodeText(node, ctx)]));
  const sizes = new Map(
    section.nodes.map((node) => [node.id, nodeSize(node, texts.get(node.id) ?? '', ctx)]),
  );
  const edges = section.edges.filter((e) => sizes.has(e.from) && sizes.has(e.to) && e.from !== e.to);
  const captions = new Map(edges.map((e) => [e, e.label ? clampPlanText(e.label[locale]) : undefined]));
  const layers = treeLayers(
    section.nodes.map((n) => n.id),
    edges,
  );
  const centres = placeLayersX(layers, edges, sizes);
  const tops = placeLayersY(layers, edges, sizes, (e) => captionHeight(captions.get(e), ctx));
  const minX = Math.min(...[...centres].map(([id, cx]) => cx - (sizes.get(id)?.width ?? 0) / 2));
  const shapes = new Map<string, ShapeItem>();
  for (const node of section.nodes) {
    const size = sizes.get(node.id) ?? { width: 0, height: 0 };
    const x = Math.round((centres.get(node.id) ?? 0) - size.width / 2 - minX);
    shapes.set(
      node.id,
      createShape(ctx, { x, y: tops.get(node.id) ?? 0, ...size }, nodeProps(node, texts), { role: 'node' }),
    );
  }
  const connectors: PlanConnector[] = edges.flatMap((edge): PlanConnector[] => {
    const from = shapes.get(edge.from);
    const to = shapes.get(edge.to);
    if (!from || !to) return [];
    const caption = captions.get(edge);
    const props = { shape: 'straight' as const, ...(caption ? { caption } : {}) };
    return [{ id: ctx.key('connector'), kind: 'connector', fromId: from.id, toId: to.id, props }];
  });
  const items = [...shapes.values()];
  spreadArrivals(connectors, shapes);
  return {
    width: Math.max(...items.map((i) => i.x + i.width)),
    height: Math.max(...items.map((i) => i.y + i.height)),
    items,
    connectors: placeCaptions(connectors, items, ctx.measure),
  };
}

function nodeText(node: TreeNode, ctx: LayoutContext): string {
  const { locale } = ctx.options;
  const details = (node.details ?? []).map((detail) => `• ${detail[locale]}`);
  return clampPlanText([node.text[locale], ...details].join('\n'));
}

function nodeSize(node: TreeNode, text: string, ctx: LayoutContext): Size {
  if (node.kind === 'question') return fitRhombus(text, planFont.body, questionMinWidth, ctx.measure);
  return { width: resultWidth, height: fitShapeHeight(text, planFont.body, resultWidth, ctx.measure) };
}

function nodeProps(node: TreeNode, texts: Map<string, string>) {
  const style = nodeStyles[node.kind];
  return {
    shape: style.shape,
    text: texts.get(node.id) ?? '',
    fillColor: tintColor(style.hex, 0.55),
    borderColor: shadeColor(style.hex, 0.3),
    fontSize: planFont.body,
    textAlign: style.textAlign,
    textAlignVertical: style.textAlignVertical,
  };
}

function captionHeight(caption: string | undefined, ctx: LayoutContext): number {
  return caption ? ctx.measure(caption, planFont.caption, captionMaxWidth).height + 16 : 0;
}

/** Centre x per node: roots in template order, then each layer under the mean of its parents (barycentre). */
function placeLayersX(
  layers: string[][],
  edges: readonly TreeEdge[],
  sizes: Map<string, Size>,
): Map<string, number> {
  const centres = new Map<string, number>();
  for (const layer of layers) {
    const wanted = layer.map((id, order) => ({ id, order, want: meanParentCentre(id, edges, centres) }));
    const sorted = [...wanted].sort(
      (a, b) =>
        (a.want ?? Number.POSITIVE_INFINITY) - (b.want ?? Number.POSITIVE_INFINITY) || a.order - b.order,
    );
    let right = Number.NEGATIVE_INFINITY;
    const placed = sorted.map((node) => {
      const width = sizes.get(node.id)?.width ?? 0;
      const free = right === Number.NEGATIVE_INFINITY ? 0 : right + nodeGap;
      const left = node.want === undefined ? free : Math.max(node.want - width / 2, free);
      right = left + width;
      return { ...node, centre: left + width / 2 };
    });
    // One shift for the whole layer keeps its gaps and puts it, on average, under its parents.
    const anchored = placed.filter((p) => p.want !== undefined);
    const first = placed[0]?.centre ?? 0;
    const last = placed[placed.length - 1]?.centre ?? 0;
    const shift =
      anchored.length > 0
        ? anchored.reduce((sum, p) => sum + (p.want ?? 0) - p.centre, 0) / anchored.length
        : -(first + last) / 2;
    for (const p of placed) centres.set(p.id, p.centre + shift);
  }
  return centres;
}

function meanParentCentre(
  id: string,
  edges: readonly TreeEdge[],
  centres: Map<string, number>,
): number | undefined {
  const parents = edges.flatMap((e) => {
    const centre = e.to === id ? centres.get(e.from) : undefined;
    return centre === undefined ? [] : [centre];
  });
  return parents.length > 0 ? parents.reduce((a, b) => a + b, 0) / parents.length : undefined;
}

/** Top y per node: layers one under another, tops aligned, gaps tall enough for the captions. */
function placeLayersY(
  layers: string[][],
  edges: readonly TreeEdge[],
  sizes: Map<string, Size>,
  captionHeightOf: (edge: TreeEdge) => number,
): Map<string, number> {
  const tops = new Map<string, number>();
  let y = 0;
  for (const layer of layers) {
    const height = Math.max(...layer.map((id) => sizes.get(id)?.height ?? 0));
    // Tops aligned: arrows arrive on one line, and result boxes read as a row.
    for (const id of layer) tops.set(id, y);
    const outgoing = layer.map((id) => edges.filter((e) => e.from === id));
    const stacked = Math.max(
      0,
      ...outgoing.map((out) => out.reduce((sum, e) => sum + captionHeightOf(e), 0)),
    );
    y += height + Math.max(layerGap, Math.ceil(stacked / captionShare));
  }
  return tops;
}

/** Spreads the arrows arriving on a node along its top, in the order of their sources, so they do not pile up. */
function spreadArrivals(connectors: PlanConnector[], shapes: Map<string, ShapeItem>): void {
  const byId = new Map([...shapes.values()].map((shape) => [shape.id, shape]));
  const centre = (id: string) => {
    const shape = byId.get(id);
    return shape ? shape.x + shape.width / 2 : 0;
  };
  for (const target of byId.keys()) {
    const arriving = connectors
      .map((connector, index) => ({ connector, index }))
      .filter(({ connector }) => connector.toId === target)
      .sort((a, b) => centre(a.connector.fromId) - centre(b.connector.fromId) || a.index - b.index);
    if (arriving.length < 2) continue;
    arriving.forEach(({ connector, index }, k) => {
      const x = Math.round((0.2 + (0.6 * k) / (arriving.length - 1)) * 1000) / 1000;
      connectors[index] = { ...connector, props: { ...connector.props, toPosition: { x, y: 0 } } };
    });
  }
}
