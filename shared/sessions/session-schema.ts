import { z } from 'zod';
import { idSchema, localizedSchema } from '../templates/template-schema.ts';

/**
 * The session model, version 1: a workshop as a timed running order of template blocks and
 * activities. Data like templates: the same schema validates built-in sessions and a pack's own.
 */
export const sessionSchemaVersion = 1;

export const sessionLimits = {
  sessionsPerPack: 30,
  blocksPerSession: 20,
  notesPerBlock: 8,
  materialsPerBlock: 8,
  beforehand: 8,
  /** The longest session: a full working day. */
  minutes: { min: 10, max: 600 },
  participants: { min: 1, max: 40 },
} as const;

/** Activities that are not a template: they live in the agenda frame, not in a frame of their own. */
export const activityKinds = ['welcome', 'break', 'presentation-round', 'guest-speaker', 'round-up'] as const;
export type ActivityKind = (typeof activityKinds)[number];

const minutesSchema = z.int().min(1).max(sessionLimits.minutes.max);

/**
 * How groups share a block: `parts` — each group takes some of the rows (seven characteristics,
 * success factors), then all share; `whole` — every group does the whole task on a board of its
 * own (the perfect group, the network-type tree, the value cycles), then the groups compare or merge.
 */
export const groupModes = ['parts', 'whole'] as const;
export type GroupMode = (typeof groupModes)[number];

/** Split the group when it is larger than `above`: groups of `min`–`max` people work in parallel. */
export const groupSplitSchema = z
  .strictObject({
    above: z.int().min(2).max(sessionLimits.participants.max),
    min: z.int().min(2).max(20),
    max: z.int().min(2).max(20),
    /** `parts` when absent. */
    mode: z.enum(groupModes).optional(),
  })
  .refine((split) => split.min <= split.max, {
    path: ['max'],
    params: { key: 'groupRange' },
  });

const blockCommon = {
  id: idSchema,
  /** The shortest the block may be when the session is tight; without it the block keeps its length. */
  minMinutes: minutesSchema.optional(),
  /** Minutes added per person (per person in a group when the group is split): turns, presentations. */
  perParticipantMinutes: z.int().min(1).max(10).optional(),
  /** This block takes the minutes left over, so the session ends on time. */
  stretch: z.boolean().optional(),
  /** What the facilitator says or watches for: the Run view and the A4 script only, never the board or the invitation. */
  notes: z.array(localizedSchema).max(sessionLimits.notesPerBlock).optional(),
  /** What participants are asked to do: the board (in place of the template's own instructions) and the invitation. */
  participantNotes: z.array(localizedSchema).max(sessionLimits.notesPerBlock).optional(),
  /** What "done" looks like for the block: the Run view and the A4 script show it. */
  output: localizedSchema.optional(),
  /** Only in the running order when a guest speaker is asked for (the open meeting's guest slot). */
  whenGuest: z.literal(true).optional(),
  /** What the room needs: pens, printed posters, a timer. */
  materials: z.array(localizedSchema).max(sessionLimits.materialsPerBlock).optional(),
};

export const templateBlockSchema = z.strictObject({
  kind: z.literal('template'),
  ...blockCommon,
  /** The block's length, without the minutes per participant. */
  minutes: minutesSchema,
  /** The template laid out for this block: a built-in one or one from the same pack. */
  template: idSchema,
  /** Only these sections of the template, in the template's order; all of them when absent. */
  sections: z.array(idSchema).min(1).max(12).optional(),
  /** Only these zones of the chosen zone sections (e.g. the canvas's top row); all when absent. */
  zones: z.array(idSchema).min(1).max(60).optional(),
  /** The block's name in the running order; the template's title when absent. */
  title: localizedSchema.optional(),
  groups: groupSplitSchema.optional(),
  /** One copy of the block's board per participant (an individual exercise), up to `maxCopies`. */
  perParticipantCopies: z.strictObject({ maxCopies: z.int().min(1).max(12) }).optional(),
});

export const activityBlockSchema = z.strictObject({
  kind: z.literal('activity'),
  ...blockCommon,
  /** Required, except for the presentation round: the one agenda rule times it from the group and the length. */
  minutes: minutesSchema.optional(),
  activity: z.enum(activityKinds),
  /** A name of its own; the activity's usual name when absent. */
  title: localizedSchema.optional(),
});

export const sessionBlockSchema = z.discriminatedUnion('kind', [templateBlockSchema, activityBlockSchema]);

export const sessionSchema = z
  .strictObject({
    schemaVersion: z.literal(sessionSchemaVersion),
    id: idSchema,
    version: z.int().min(1),
    title: localizedSchema,
    summary: localizedSchema,
    /** Names the source the session follows, like a template's about text. */
    about: localizedSchema,
    /** The length in minutes, or `from-user` (the open meeting: as long as the meeting in the calendar). */
    minutes: z.union([
      z.int().min(sessionLimits.minutes.min).max(sessionLimits.minutes.max),
      z.literal('from-user'),
    ]),
    /** The length used for a `from-user` session when the user gives none. */
    defaultMinutes: z.int().min(sessionLimits.minutes.min).max(sessionLimits.minutes.max).optional(),
    /** The group the session is written for; timing scales from it. */
    participants: z.strictObject({
      min: z.int().min(sessionLimits.participants.min).max(sessionLimits.participants.max),
      max: z.int().min(sessionLimits.participants.min).max(sessionLimits.participants.max),
    }),
    /** What participants bring or do beforehand. */
    beforehand: z.array(localizedSchema).max(sessionLimits.beforehand).optional(),
    blocks: z.array(sessionBlockSchema).min(1).max(sessionLimits.blocksPerSession),
  })
  .superRefine((session, ctx) => {
    const seen = new Set<string>();
    session.blocks.forEach((block, b) => {
      if (seen.has(block.id))
        ctx.addIssue({
          code: 'custom',
          path: ['blocks', b, 'id'],
          params: { key: 'duplicateBlock', id: block.id },
        });
      seen.add(block.id);
      const round = block.kind === 'activity' && block.activity === 'presentation-round';
      if (block.minutes === undefined && !round)
        ctx.addIssue({ code: 'custom', path: ['blocks', b, 'minutes'], params: { key: 'minutesRequired' } });
      if (block.minutes !== undefined && round)
        ctx.addIssue({ code: 'custom', path: ['blocks', b, 'minutes'], params: { key: 'roundMinutes' } });
      if (block.minMinutes !== undefined && block.minutes !== undefined && block.minMinutes > block.minutes)
        ctx.addIssue({
          code: 'custom',
          path: ['blocks', b, 'minMinutes'],
          params: { key: 'minAboveMinutes', minutes: block.minutes },
        });
    });
    if (session.participants.min > session.participants.max)
      ctx.addIssue({ code: 'custom', path: ['participants', 'max'], params: { key: 'participantRange' } });
  });

export type Session = z.infer<typeof sessionSchema>;
export type SessionBlock = z.infer<typeof sessionBlockSchema>;
export type TemplateBlock = z.infer<typeof templateBlockSchema>;
export type ActivityBlock = z.infer<typeof activityBlockSchema>;
export type GroupSplit = z.infer<typeof groupSplitSchema>;
