import { z } from 'zod';
import { networkTypeIds } from '../../../shared/index.ts';

import { storageLimits } from './storage-limits.ts';

export { type DraftRecord, draftRecordSchema } from './draft-record-schema.ts';
export { storageLimits };

const idSchema = z.string().min(1).max(100);
const timestampSchema = z.iso.datetime({ offset: true });
const shortText = z.string().max(storageLimits.shortText);

/** A network and the type the decision wizard gave it, with the answers that led there. */
export const networkRecordSchema = z.strictObject({
  id: idSchema,
  name: shortText.min(1),
  type: z.enum(networkTypeIds).optional(),
  answers: z.record(z.string().max(64), z.string().max(64)),
  updatedAt: timestampSchema,
});
export type NetworkRecord = z.infer<typeof networkRecordSchema>;

/** Prompt ids the user hid, per meeting series (the service worker keeps these in `chrome.storage.local`). */
export const dismissalsSchema = z
  .record(z.string().min(1).max(2_000), z.array(z.string().min(1).max(100)).max(50))
  .refine((all) => Object.keys(all).length <= storageLimits.dismissedSeries, {
    params: { key: 'tooManySeries', max: storageLimits.dismissedSeries },
  });
export type Dismissals = z.infer<typeof dismissalsSchema>;

/** A piece of an intranet page kept for a theme draft (database v2). */
export const snippetRecordSchema = z.strictObject({
  id: idSchema,
  text: z.string().min(1).max(storageLimits.fieldText),
  pageTitle: shortText,
  url: z.string().max(2_000),
  createdAt: timestampSchema,
});
export type SnippetRecord = z.infer<typeof snippetRecordSchema>;
