import { z } from 'zod';
import { networkTypeIds } from '../../../shared/index.ts';

/** Limits that keep an imported file or a corrupt record from filling the browser. */
export const storageLimits = {
  fieldText: 10_000,
  shortText: 500,
  fieldsPerDraft: 40,
  drafts: 1_000,
  networks: 1_000,
  dismissals: 10_000,
  snippets: 2_000,
} as const;

const idSchema = z.string().min(1).max(100);
const timestampSchema = z.iso.datetime({ offset: true });
const shortText = z.string().max(storageLimits.shortText);

/** A theme-canvas draft: field texts keyed by the theme-canvas template's zone ids. */
export const draftRecordSchema = z.strictObject({
  id: idSchema,
  networkName: shortText,
  themeTitle: shortText,
  fields: z
    .record(z.string().regex(/^[a-z0-9-]{1,64}$/), z.string().max(storageLimits.fieldText))
    .refine((fields) => Object.keys(fields).length <= storageLimits.fieldsPerDraft, {
      params: { key: 'tooManyFields', max: storageLimits.fieldsPerDraft },
    }),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;

/** A network and the type the decision wizard gave it, with the answers that led there. */
export const networkRecordSchema = z.strictObject({
  id: idSchema,
  name: shortText.min(1),
  type: z.enum(networkTypeIds).optional(),
  answers: z.record(z.string().max(64), z.string().max(64)),
  updatedAt: timestampSchema,
});
export type NetworkRecord = z.infer<typeof networkRecordSchema>;

/** A meeting prompt the user hid for one meeting series (key: series + prompt id). */
export const dismissalRecordSchema = z.strictObject({
  series: z.string().min(1).max(2_000),
  promptId: z.string().min(1).max(100),
  dismissedAt: timestampSchema,
});
export type DismissalRecord = z.infer<typeof dismissalRecordSchema>;

/** A piece of an intranet page kept for a theme draft (database v2). */
export const snippetRecordSchema = z.strictObject({
  id: idSchema,
  text: z.string().min(1).max(storageLimits.fieldText),
  pageTitle: shortText,
  url: z.string().max(2_000),
  createdAt: timestampSchema,
});
export type SnippetRecord = z.infer<typeof snippetRecordSchema>;
