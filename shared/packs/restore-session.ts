import { createTranslator, type Params } from '../i18n/define-messages.ts';
import { jsonPath } from '../i18n/json-path.ts';
import type { Locale } from '../i18n/locale.ts';
import { safeParseLocalized, type ValidationError } from '../i18n/safe-parse-localized.ts';
import { type SessionMessageKey, sessionMessages } from '../sessions/session-messages.ts';
import { type Session, sessionSchema, sessionSchemaVersion } from '../sessions/session-schema.ts';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import type { Template } from '../templates/template-schema.ts';
import { checkSessionRefs } from './check-session-refs.ts';

export type RestoreSessionOutcome = { ok: true; session: Session } | { ok: false; errors: ValidationError[] };

/**
 * Validates one session on its own (a file, a draft): the schema, then every block's template,
 * sections and zones against `templates` and the built-in ones. Never throws; errors name their JSON path.
 */
export function restoreSession(
  input: unknown,
  locale: Locale,
  templates: readonly Template[] = [],
): RestoreSessionOutcome {
  const t = createTranslator(sessionMessages, locale);
  if (typeof input !== 'object' || input === null || !('schemaVersion' in input) || !('blocks' in input))
    return { ok: false, errors: [{ path: '$', message: t('notSession') }] };
  const version = (input as { schemaVersion: unknown }).schemaVersion;
  if (typeof version === 'number' && version > sessionSchemaVersion)
    return { ok: false, errors: [{ path: '$.schemaVersion', message: t('newerSession', { version }) }] };
  const result = safeParseLocalized(sessionSchema, input, locale, (key, params) =>
    key in sessionMessages.en ? t(key as SessionMessageKey, params as Params) : undefined,
  );
  if (!result.ok) return result;
  const find = (id: string) => templates.find((template) => template.id === id) ?? findTemplate(id);
  const errors = checkSessionRefs(result.data, find).map((issue) => ({
    path: jsonPath(issue.path),
    message: t(issue.key, issue.params),
  }));
  return errors.length === 0 ? { ok: true, session: result.data } : { ok: false, errors };
}
