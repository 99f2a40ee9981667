import * as z from 'zod/mini';
import { storageLimits } from './storage-limits.ts';

// zod/mini: the popup reads and writes drafts before anything else loads, and stays small.
const idSchema = z.string().check(z.minLength(1), z.maxLength(100));
const timestampSchema = z.iso.datetime({ offset: true });
const shortText = z.string().check(z.maxLength(storageLimits.shortText));

/** A theme-canvas draft: field texts keyed by the theme-canvas template's zone ids. */
export const draftRecordSchema = z.strictObject({
  id: idSchema,
  networkName: shortText,
  themeTitle: shortText,
  fields: z
    .record(
      z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
      z.string().check(z.maxLength(storageLimits.fieldText)),
    )
    .check(
      z.refine((fields) => Object.keys(fields).length <= storageLimits.fieldsPerDraft, {
        params: { key: 'tooManyFields', max: storageLimits.fieldsPerDraft },
      }),
    ),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;
