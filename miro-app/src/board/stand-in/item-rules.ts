import { stickyColors } from '../../../../shared/index.ts';
import { miroLimits } from '../miro-limits.ts';
import {
  booleanValue,
  type FieldRules,
  finiteNumber,
  hexColor,
  listOf,
  objectOf,
  oneOf,
  stringList,
  text,
} from './field-rules.ts';

/** Miro's content limit: HTML under 6,000 characters. */
export const maxContentLength = miroLimits.contentLength;

export type StandInItemType = 'sticky_note' | 'shape' | 'text' | 'frame' | 'connector';

/** The stable `ShapeType` values; flowchart shapes are experimental and not accepted here. */
export const shapeTypes = [
  'rectangle',
  'circle',
  'triangle',
  'wedge_round_rectangle_callout',
  'round_rectangle',
  'rhombus',
  'parallelogram',
  'star',
  'right_arrow',
  'left_arrow',
  'pentagon',
  'hexagon',
  'octagon',
  'trapezoid',
  'flow_chart_predefined_process',
  'left_right_arrow',
  'cloud',
  'left_brace',
  'right_brace',
  'cross',
  'can',
] as const;

const fontFamilies = [
  'arial',
  'cursive',
  'abril_fatface',
  'bangers',
  'eb_garamond',
  'georgia',
  'graduate',
  'gravitas_one',
  'fredoka_one',
  'nixie_one',
  'open_sans',
  'permanent_marker',
  'pt_sans',
  'pt_sans_narrow',
  'pt_serif',
  'rammetto_one',
  'roboto',
  'roboto_condensed',
  'roboto_slab',
  'caveat',
  'times_new_roman',
  'titan_one',
  'lemon_tuesday',
  'roboto_mono',
  'noto_sans',
  'plex_sans',
  'plex_serif',
  'plex_mono',
  'spoof',
  'tiempos_text',
  'noto_serif',
  'noto_serif_jp',
  'noto_sans_jp',
  'noto_sans_hebrew',
  'noto_serif_sc',
  'noto_serif_kr',
  'noto_sans_sc',
  'noto_sans_kr',
  'serif',
  'sans_serif',
  'monospace',
];
const strokeCaps = [
  'none',
  'stealth',
  'rounded_stealth',
  'arrow',
  'filled_triangle',
  'triangle',
  'filled_diamond',
  'diamond',
  'filled_oval',
  'oval',
  'erd_one',
  'erd_many',
  'erd_one_or_many',
  'erd_only_one',
  'erd_zero_or_many',
  'erd_zero_or_one',
];

const textAlign = oneOf(['left', 'center', 'right']);
const textAlignVertical = oneOf(['top', 'middle', 'bottom']);
const size = finiteNumber({ min: 1, max: 100_000 });
const content = text(maxContentLength);
const opacity = finiteNumber({ min: 0, max: 1 });

const placed: FieldRules = {
  x: finiteNumber(),
  y: finiteNumber(),
  origin: oneOf(['center']),
  relativeTo: oneOf(['canvas_center', 'parent_top_left']),
  linkedTo: text(),
};

const endpoint = objectOf({
  item: text(),
  snapTo: oneOf(['auto', 'top', 'left', 'bottom', 'right']),
  position: objectOf({ x: opacity, y: opacity }),
});

/** Writable properties per item type; anything else is rejected as unknown. */
export const itemFieldRules: Readonly<Record<StandInItemType, FieldRules>> = {
  sticky_note: {
    ...placed,
    width: size,
    height: size,
    shape: oneOf(['square', 'rectangle']),
    content,
    tagIds: stringList,
    style: objectOf({ fillColor: oneOf(stickyColors), textAlign, textAlignVertical }),
  },
  shape: {
    ...placed,
    width: size,
    height: size,
    rotation: finiteNumber({ min: -360, max: 360 }),
    content,
    shape: oneOf(shapeTypes),
    style: objectOf({
      color: hexColor(),
      fillColor: hexColor({ transparent: true }),
      fillOpacity: opacity,
      fontFamily: oneOf(fontFamilies),
      fontSize: finiteNumber({ min: 1, max: 288, integer: true }),
      textAlign,
      textAlignVertical,
      borderStyle: oneOf(['normal', 'dotted', 'dashed']),
      borderOpacity: opacity,
      borderColor: hexColor({ transparent: true }),
      borderWidth: finiteNumber({ min: 0, max: 24, integer: true }),
    }),
  },
  text: {
    ...placed,
    width: size,
    rotation: finiteNumber({ min: -360, max: 360 }),
    content,
    style: objectOf({
      color: hexColor(),
      fillColor: hexColor({ transparent: true }),
      fillOpacity: opacity,
      fontFamily: oneOf(fontFamilies),
      fontSize: finiteNumber({ min: 1, max: 288, integer: true }),
      textAlign,
    }),
  },
  frame: {
    ...placed,
    width: finiteNumber({ min: 100, max: 100_000 }),
    height: finiteNumber({ min: 100, max: 100_000 }),
    title: text(maxContentLength),
    showContent: booleanValue,
    style: objectOf({ fillColor: hexColor({ transparent: true }) }),
  },
  connector: {
    origin: oneOf(['center']),
    relativeTo: oneOf(['canvas_center', 'parent_top_left']),
    shape: oneOf(['straight', 'elbowed', 'curved']),
    start: endpoint,
    end: endpoint,
    style: objectOf({
      startStrokeCap: oneOf(strokeCaps),
      endStrokeCap: oneOf(strokeCaps),
      strokeStyle: oneOf(['normal', 'dotted', 'dashed']),
      strokeWidth: finiteNumber({ min: 1, max: 24 }),
      strokeColor: hexColor(),
      fontSize: finiteNumber({ min: 1, max: 288 }),
      color: hexColor(),
      textOrientation: oneOf(['horizontal', 'aligned']),
    }),
    captions: listOf(objectOf({ content, position: opacity, textAlignVertical }), 20),
  },
};

const always = ['type', 'id', 'parentId', 'groupId', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy'];

/** Read-only properties per type: passing one to a create call or changing it before `sync` fails. */
export const readOnlyFields: Readonly<Record<StandInItemType, readonly string[]>> = {
  sticky_note: [...always, 'connectorIds'],
  shape: [...always, 'connectorIds'],
  text: [...always, 'connectorIds', 'height'],
  // Children join a frame through `frame.add`, never by writing the list.
  frame: [...always, 'connectorIds', 'childrenIds'],
  connector: [...always, 'width', 'height'],
};

const darkText = '#1a1a1a';

/** What Miro fills in for properties a create call leaves out. */
export const itemDefaults: Readonly<Record<StandInItemType, () => Record<string, unknown>>> = {
  sticky_note: () => ({
    x: 0,
    y: 0,
    shape: 'square',
    content: '',
    tagIds: [],
    style: { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'middle' },
  }),
  shape: () => ({
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    rotation: 0,
    content: '',
    shape: 'rectangle',
    style: {
      color: darkText,
      fillColor: 'transparent',
      fillOpacity: 1,
      fontFamily: 'open_sans',
      fontSize: 14,
      textAlign: 'center',
      textAlignVertical: 'middle',
      borderStyle: 'normal',
      borderOpacity: 1,
      borderColor: darkText,
      borderWidth: 2,
    },
  }),
  text: () => ({
    x: 0,
    y: 0,
    width: 100,
    rotation: 0,
    content: '',
    style: {
      color: darkText,
      fillColor: 'transparent',
      fillOpacity: 1,
      fontFamily: 'open_sans',
      fontSize: 14,
      textAlign: 'left',
    },
  }),
  frame: () => ({
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    title: '',
    showContent: true,
    childrenIds: [],
    style: { fillColor: '#ffffff' },
  }),
  connector: () => ({ shape: 'curved', style: {}, captions: [] }),
};
