import { z } from 'zod';
import { stickyColors } from './sticky-colors.ts';

/**
 * The template model, version 1. A template is data: the same schema validates the built-in
 * catalogue and an organisation's own pack. Output of the layout is strict; input is validated here.
 */
export const templateSchemaVersion = 1;

/** Limits that keep a hostile or mistaken pack from exhausting the browser or the board. */
export const templateLimits = {
  packBytes: 1_000_000,
  templatesPerPack: 50,
  sectionsPerTemplate: 12,
  zonesPerSection: 60,
  zonesPerTemplate: 200,
  instructions: 12,
  textLength: 2_000,
  treeNodes: 40,
  agendaItems: 20,
} as const;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(39);

const textSchema = z.string().trim().min(1).max(templateLimits.textLength);

/** A text in Danish, Swedish and English; all three are required. */
export const localizedSchema = z.strictObject({ da: textSchema, sv: textSchema, en: textSchema });

export const stickyColorSchema = z.enum(stickyColors);

export const zoneSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  /** The question participants answer on their sticky notes. */
  prompt: localizedSchema.optional(),
  color: stickyColorSchema.optional(),
  /** Columns this zone spans in its section's grid. */
  span: z.int().min(1).max(6).optional(),
  /** Pre-filled from the layout options: the theme canvas puts the theme title here. */
  seed: z.enum(['theme', 'network']).optional(),
  /** Where minutes are born: a harvest puts decisions, then actions, then next time, before the rest. */
  minutes: z.enum(['decision', 'action', 'next']).optional(),
  /** Participants may assess it with dots (a dot vote): the harvest counts the dots placed in it. */
  vote: z.boolean().optional(),
});

const titled = { id: idSchema, title: localizedSchema.optional() };

export const zonesSectionSchema = z.strictObject({
  kind: z.literal('zones'),
  ...titled,
  columns: z.int().min(1).max(6),
  zones: z.array(zoneSchema).min(1).max(templateLimits.zonesPerSection),
  /** Repeat the zones once per participant (ids get `-1`, `-2`, … appended). */
  perParticipant: z.boolean().optional(),
});

export const matrixSectionSchema = z.strictObject({
  kind: z.literal('matrix'),
  ...titled,
  rowHeader: localizedSchema.optional(),
  rows: z
    .array(z.strictObject({ id: idSchema, title: localizedSchema, question: localizedSchema.optional() }))
    .min(1)
    .max(30),
  /** Each row × column cell is a zone with the id `row.column`. */
  columns: z
    .array(
      z.strictObject({
        id: idSchema,
        title: localizedSchema,
        color: stickyColorSchema.optional(),
        /** The column's cells take dots: one assessment per row (the seven characteristics' "clear"). */
        vote: z.boolean().optional(),
        /** Every cell of this column is a zone where minutes are born (e.g. "missing – what we will do"). */
        minutes: z.enum(['decision', 'action', 'next']).optional(),
      }),
    )
    .min(1)
    .max(6),
});

export const treeSectionSchema = z.strictObject({
  kind: z.literal('tree'),
  ...titled,
  nodes: z
    .array(
      z.strictObject({
        id: idSchema,
        kind: z.enum(['question', 'result']),
        text: localizedSchema,
        details: z.array(localizedSchema).max(8).optional(),
      }),
    )
    .min(1)
    .max(templateLimits.treeNodes),
  edges: z.array(z.strictObject({ from: idSchema, to: idSchema, label: localizedSchema.optional() })).max(80),
});

export const agendaSectionSchema = z.strictObject({
  kind: z.literal('agenda'),
  ...titled,
  items: z
    .array(
      z.strictObject({
        id: idSchema,
        title: localizedSchema,
        prompt: localizedSchema.optional(),
        /** Fixed length of the item in minutes. */
        minutes: z.int().min(0).max(480).optional(),
        /** Minutes per participant (the presentation round): multiplied by the number of participants. */
        perParticipantMinutes: z.int().min(1).max(30).optional(),
        /** The shortest the item may become when the meeting is short; its own length when absent. */
        minMinutes: z.int().min(0).max(480).optional(),
        /** The item takes the minutes left over (the open meeting's discussion). */
        stretch: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(templateLimits.agendaItems),
});

/** Fixed cards to read (checklists, ingredients): no zone, nothing to harvest. */
export const notesSectionSchema = z.strictObject({
  kind: z.literal('notes'),
  ...titled,
  items: z.array(localizedSchema).min(1).max(20),
});

export const sectionSchema = z.discriminatedUnion('kind', [
  zonesSectionSchema,
  matrixSectionSchema,
  treeSectionSchema,
  agendaSectionSchema,
  notesSectionSchema,
]);

export const templateSchema = z
  .strictObject({
    schemaVersion: z.literal(templateSchemaVersion),
    id: idSchema,
    version: z.int().min(1),
    title: localizedSchema,
    summary: localizedSchema,
    /** Names the source the template follows, e.g. "after Albertslund Kommune's network model". */
    about: localizedSchema,
    instructions: z.array(localizedSchema).max(templateLimits.instructions),
    timing: z
      .strictObject({
        minutes: z.int().min(1).max(600),
        /** Sittings on different days that add up to `minutes` (the field walk: 30 + 60). */
        parts: z.array(z.int().min(1).max(600)).min(2).max(4).optional(),
      })
      .refine((timing) => !timing.parts || timing.parts.reduce((a, b) => a + b, 0) === timing.minutes, {
        path: ['parts'],
        params: { key: 'partsSum' },
      })
      .optional(),
    sections: z.array(sectionSchema).min(1).max(templateLimits.sectionsPerTemplate),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    const claim = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, params: { key: 'duplicateId', id } });
      seen.add(id);
    };
    let zoneCount = 0;
    template.sections.forEach((section, s) => {
      claim(section.id, ['sections', s, 'id']);
      if (section.kind === 'zones') {
        section.zones.forEach((zone, z) => {
          claim(zone.id, ['sections', s, 'zones', z, 'id']);
        });
        // Repeated zones count once here; the layout caps participants (see layoutLimits).
        zoneCount += section.zones.length;
      }
      if (section.kind === 'matrix') zoneCount += section.rows.length * section.columns.length;
      if (section.kind === 'tree') {
        const nodeIds = new Set(section.nodes.map((n) => n.id));
        section.nodes.forEach((node, n) => {
          claim(node.id, ['sections', s, 'nodes', n, 'id']);
        });
        section.edges.forEach((edge, e) => {
          for (const end of ['from', 'to'] as const) {
            if (!nodeIds.has(edge[end]))
              ctx.addIssue({
                code: 'custom',
                path: ['sections', s, 'edges', e, end],
                params: { key: 'unknownNode', id: edge[end] },
              });
          }
        });
        if (hasCycle(section.edges))
          ctx.addIssue({ code: 'custom', path: ['sections', s, 'edges'], params: { key: 'cycle' } });
      }
    });
    if (zoneCount > templateLimits.zonesPerTemplate)
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        params: { key: 'tooManyZones', max: templateLimits.zonesPerTemplate },
      });
  });

export type Template = z.infer<typeof templateSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type SectionKind = Section['kind'];
export type Zone = z.infer<typeof zoneSchema>;
/** What a zone records for the minutes of a meeting. */
export type ZoneMinutes = NonNullable<Zone['minutes']>;

function hasCycle(edges: readonly { from: string; to: string }[]): boolean {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'done') return false;
    if (state.get(id) === 'open') return true;
    state.set(id, 'open');
    const cyclic = (next.get(id) ?? []).some(visit);
    state.set(id, 'done');
    return cyclic;
  };
  return [...next.keys()].some(visit);
}
