import { z } from 'zod';
import {
  createTranslator,
  isLocale,
  type Locale,
  safeParseLocalized,
  type ValidationError,
} from '../../../shared/index.ts';
import type { NetverkDb, StoreName } from './netverk-db.ts';
import {
  type Dismissals,
  dismissalsSchema,
  draftRecordSchema,
  networkRecordSchema,
  snippetRecordSchema,
  storageLimits,
} from './record-schemas.ts';
import { readEntries } from './restore-records.ts';
import { settingsSchema, type UserSettings } from './settings-schema.ts';
import { type StorageMessageKey, storageMessages } from './storage-messages.ts';

/** Version of the export file; a newer file is refused rather than half-read. */
export const userDataFileVersion = 1;
export const userDataFileFormat = 'netverk-user-data';
export const maxUserDataFileBytes = 20_000_000;

const listOf = <T extends z.core.SomeType>(schema: T, max: number) => z.array(schema).max(max);

/** All user data in one file: what export writes and import accepts. */
export const userDataFileSchema = z
  .strictObject({
    format: z.literal(userDataFileFormat),
    version: z.literal(userDataFileVersion),
    exportedAt: z.iso.datetime({ offset: true }),
    drafts: listOf(draftRecordSchema, storageLimits.drafts),
    networks: listOf(networkRecordSchema, storageLimits.networks),
    dismissals: dismissalsSchema,
    snippets: listOf(snippetRecordSchema, storageLimits.snippets),
    // The user's own settings (never the policy's), by the one settings schema.
    settings: z.optional(settingsSchema),
  })
  .superRefine((file, ctx) => {
    for (const list of ['drafts', 'networks', 'snippets'] as const) {
      const seen = new Set<string>();
      file[list].forEach((record, index) => {
        if (seen.has(record.id))
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'id'],
            params: { key: 'duplicateId', id: record.id },
          });
        seen.add(record.id);
      });
    }
  });
export type UserDataFile = z.infer<typeof userDataFileSchema>;

/** What lives in `chrome.storage.local` rather than IndexedDB. */
export interface LocalUserData {
  settings: UserSettings;
  dismissals: Dismissals;
}

/** Everything stored, as the versioned export file. Unreadable records are left out (they are reported on read). */
export async function exportUserData(db: NetverkDb, local: LocalUserData, now: Date): Promise<UserDataFile> {
  const valid = async <T>(store: StoreName, schema: z.core.$ZodType<T>) =>
    (await readEntries(db, store)).flatMap(({ value }) => {
      const parsed = z.safeParse(schema, value);
      return parsed.success ? [parsed.data] : [];
    });
  return {
    format: userDataFileFormat,
    version: userDataFileVersion,
    exportedAt: now.toISOString(),
    drafts: await valid('drafts', draftRecordSchema),
    networks: await valid('networks', networkRecordSchema),
    dismissals: local.dismissals,
    snippets: await valid('snippets', snippetRecordSchema),
    settings: local.settings,
  };
}

/** Reads an export file's text: every problem with its JSON path, in the user's language. */
export function parseUserDataFile(
  text: string,
  locale: Locale,
): { ok: true; data: UserDataFile } | { ok: false; errors: ValidationError[] } {
  const t = createTranslator(storageMessages, isLocale(locale) ? locale : 'en');
  if (text.length > maxUserDataFileBytes) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    return {
      ok: false,
      errors: [
        { path: '$', message: t('tooLarge', { size: mb(text.length), max: mb(maxUserDataFileBytes) }) },
      ],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '$', message: t('notJson', { detail: (error as Error).message }) }],
    };
  }
  return safeParseLocalized(userDataFileSchema, raw, locale, (key, params) =>
    key in storageMessages.en ? t(key as StorageMessageKey, params as Record<string, string>) : undefined,
  );
}
