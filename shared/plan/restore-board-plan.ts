import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { safeParseLocalized, type ValidationError } from '../i18n/safe-parse-localized.ts';
import { utf8ByteLength } from '../text/utf8-length.ts';
import type { BoardPlan } from './board-plan.ts';
import { boardPlanSchema } from './board-plan-schema.ts';
import { planMessages } from './plan-messages.ts';
import { themeDraftFormat, themeDraftPlan } from './theme-draft-plan.ts';

export type RestorePlanOutcome = { ok: true; plan: BoardPlan } | { ok: false; errors: ValidationError[] };

/** The largest plan file read (bytes of UTF-8). */
export const maxPlanFileBytes = 5_000_000;
const maxReported = 20;

/**
 * Reads a board plan file (`netverk plan --format json`, the extension's board-plan export) or a
 * theme-canvas draft file (the extension's JSON export). Never
 * throws: every error names its JSON path, in the user's language; nothing is built from a bad file.
 */
export function parseBoardPlanJson(text: string, locale: Locale): RestorePlanOutcome {
  const t = createTranslator(planMessages, locale);
  if (utf8ByteLength(text) > maxPlanFileBytes)
    return { ok: false, errors: [{ path: '$', message: t('planTooLarge', { max: maxPlanFileBytes }) }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '$', message: t('planNotJson') }] };
  }
  return restoreBoardPlan(value, locale);
}

/**
 * Validates a parsed board plan: its shape, then frames before children and connectors' ends. A
 * theme-canvas draft file (the extension's JSON export) is laid out as the theme canvas with its notes.
 */
export function restoreBoardPlan(value: unknown, locale: Locale): RestorePlanOutcome {
  const t = createTranslator(planMessages, locale);
  if (typeof value === 'object' && value !== null && 'format' in value && value.format === themeDraftFormat)
    return themeDraftPlan(value, locale);
  if (typeof value !== 'object' || value === null || !('items' in value))
    return { ok: false, errors: [{ path: '$', message: t('planNotPlan') }] };
  const parsed = safeParseLocalized(boardPlanSchema, value, locale);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.slice(0, maxReported) };
  // Parsed from JSON: optional fields are absent, never `undefined`, as the plan type wants.
  const plan = parsed.data as unknown as BoardPlan;
  const errors: ValidationError[] = [];
  const kinds = new Map<string, string>();
  plan.items.forEach((item, i) => {
    if (kinds.has(item.id))
      errors.push({ path: `$.items[${i}].id`, message: t('planDuplicateId', { id: item.id }) });
    if (item.parentId !== null && kinds.get(item.parentId) !== 'frame')
      errors.push({ path: `$.items[${i}].parentId`, message: t('planParentFirst', { id: item.parentId }) });
    kinds.set(item.id, item.kind);
  });
  plan.connectors.forEach((connector, i) => {
    for (const end of ['fromId', 'toId'] as const)
      if (!kinds.has(connector[end]))
        errors.push({
          path: `$.connectors[${i}].${end}`,
          message: t('planMissingEnd', { id: connector[end] }),
        });
  });
  return errors.length === 0 ? { ok: true, plan } : { ok: false, errors: errors.slice(0, maxReported) };
}
