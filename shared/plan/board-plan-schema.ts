import { z } from 'zod';
import { stickyColors } from '../templates/sticky-colors.ts';
import { boardPlanVersion, maxPlanTextLength } from './board-plan.ts';

/** The most items an imported plan may hold: a whole session is a few hundred. */
export const maxImportedPlanItems = 3_000;

const id = z.string().min(1).max(80);
const text = z.string().max(maxPlanTextLength);
const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);
const size = z.number().finite().positive().max(100_000);

const meta = z.object({
  role: z.enum(['frame', 'title', 'instruction', 'zone', 'label', 'card', 'node', 'seed', 'note']),
  zoneId: id.optional(),
  title: text.optional(),
  minutes: z.enum(['decision', 'action', 'next']).optional(),
  vote: z.literal(true).optional(),
  personal: text.optional(),
  blockId: id.optional(),
  templateId: id.optional(),
  copy: z.int().min(1).max(100).optional(),
});

const base = { id, x: coordinate, y: coordinate, width: size, height: size, meta };

const frame = z.object({
  ...base,
  kind: z.literal('frame'),
  parentId: z.null(),
  props: z.object({ title: text, fillColor: hex }),
});
const shape = z.object({
  ...base,
  kind: z.literal('shape'),
  parentId: id,
  props: z.object({
    shape: z.enum(['rectangle', 'round_rectangle', 'rhombus', 'circle']),
    text,
    fillColor: hex,
    borderColor: hex,
    fontSize: z.int().min(1).max(288),
    textAlign: z.enum(['left', 'center']),
    textAlignVertical: z.enum(['top', 'middle']),
  }),
});
const textItem = z.object({
  ...base,
  kind: z.literal('text'),
  parentId: id,
  props: z.object({ text, fontSize: z.int().min(1).max(288), bold: z.boolean().optional() }),
});
const sticky = z.object({
  ...base,
  kind: z.literal('sticky'),
  parentId: id,
  props: z.object({ text, color: z.enum(stickyColors), shape: z.enum(['square', 'rectangle']) }),
});
const fraction = z.number().min(0).max(1);
const connector = z.object({
  id,
  kind: z.literal('connector'),
  fromId: id,
  toId: id,
  props: z.object({
    shape: z.enum(['straight', 'elbowed', 'curved']),
    caption: text.optional(),
    captionPosition: fraction.optional(),
    toPosition: z.object({ x: fraction, y: fraction }).optional(),
  }),
});

/**
 * A board plan as a file (`netverk plan --format json`, the extension's "board plan" export): the
 * shape of `BoardPlan`, with the plan's limits on texts and sizes. Structure across items (frames
 * before their children, connector ends) is checked by `restoreBoardPlan`.
 */
export const boardPlanSchema = z.object({
  planVersion: z.literal(boardPlanVersion),
  templateId: id,
  templateVersion: z.int().min(1),
  locale: z.enum(['da', 'sv', 'en']),
  title: text,
  items: z
    .array(z.discriminatedUnion('kind', [frame, shape, textItem, sticky]))
    .min(1)
    .max(maxImportedPlanItems),
  connectors: z.array(connector).max(maxImportedPlanItems),
});
