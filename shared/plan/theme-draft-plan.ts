import { z } from 'zod';
import type { Locale } from '../i18n/locale.ts';
import { safeParseLocalized, type ValidationError } from '../i18n/safe-parse-localized.ts';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import { type BoardPlan, maxPlanTextLength } from './board-plan.ts';
import { layoutTemplate } from './layout-template.ts';

/** The extension's JSON export of a theme-canvas draft: `{ format, version, draft }`. */
export const themeDraftFormat = 'netverk-theme-draft';

/** More lines than this in one field go on the last note together, so a zone stays readable. */
export const maxDraftNotesPerZone = 12;

/**
 * The draft file as the Miro app reads it: only what it builds from (network, theme, the fields by
 * zone id); other keys of the record (ids, dates) are ignored.
 */
export const themeDraftFileSchema = z.object({
  format: z.literal(themeDraftFormat),
  version: z.literal(1),
  draft: z.object({
    networkName: z.string().max(500),
    themeTitle: z.string().max(500),
    fields: z.record(z.string().regex(/^[a-z0-9-]{1,64}$/), z.string().max(20_000)),
  }),
});

/** A field's text as notes: one per non-empty line, list bullets dropped; the tail beyond the limit shares the last. */
export function draftFieldNotes(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  const kept = lines.slice(0, maxDraftNotesPerZone - 1);
  const rest = lines.slice(maxDraftNotesPerZone - 1);
  if (rest.length > 0) kept.push(rest.join('\n'));
  return kept.map((line) => line.slice(0, maxPlanTextLength));
}

/**
 * A theme-canvas draft file as a board plan: the core's theme canvas with each field's lines as notes
 * in its zone. Fields naming no zone of the canvas are left out (a later extension may have more).
 */
export function themeDraftPlan(
  value: unknown,
  locale: Locale,
): { ok: true; plan: BoardPlan } | { ok: false; errors: ValidationError[] } {
  const parsed = safeParseLocalized(themeDraftFileSchema, value, locale);
  if (!parsed.ok) return parsed;
  const template = findTemplate('theme-canvas');
  if (!template) throw new Error('The built-in catalogue has no theme-canvas template');
  const zones = new Set(
    template.sections.flatMap((section) => (section.kind === 'zones' ? section.zones.map((z) => z.id) : [])),
  );
  const { networkName, themeTitle, fields } = parsed.data.draft;
  const notes = Object.fromEntries(
    Object.entries(fields)
      .filter(([zoneId]) => zones.has(zoneId))
      .map(([zoneId, text]) => [zoneId, draftFieldNotes(text)]),
  );
  const network = networkName.trim();
  const theme = themeTitle.trim();
  const plan = layoutTemplate(template, {
    locale,
    ...(network ? { network } : {}),
    ...(theme ? { theme } : {}),
    notes,
  });
  return { ok: true, plan };
}
