import { createTranslator, type Params, type Translate } from '../i18n/define-messages.ts';
import { jsonPath } from '../i18n/json-path.ts';
import type { Locale } from '../i18n/locale.ts';
import { safeParseLocalized, type ValidationError } from '../i18n/safe-parse-localized.ts';
import { builtInSessions } from '../sessions/catalogue/built-in-sessions.ts';
import { sessionMessages } from '../sessions/session-messages.ts';
import { sessionSchemaVersion } from '../sessions/session-schema.ts';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import { templateMessages } from '../templates/template-messages.ts';
import { type Template, templateLimits, templateSchemaVersion } from '../templates/template-schema.ts';
import { utf8ByteLength } from '../text/utf8-length.ts';
import { checkSessionRefs } from './check-session-refs.ts';
import { type TemplatePack, templatePackSchema } from './template-pack-schema.ts';

export type { ValidationError };

export type RestoreOutcome = { ok: true; pack: TemplatePack } | { ok: false; errors: ValidationError[] };

const maxReportedErrors = 50;

type TemplateMessage = keyof typeof templateMessages.en;
type SessionMessage = keyof typeof sessionMessages.en;

/**
 * Validates a parsed template or template pack (a lone template is wrapped into a pack).
 * Never throws; every error names its JSON path.
 */
export function restoreTemplatePack(input: unknown, locale: Locale): RestoreOutcome {
  const t = createTranslator(templateMessages, locale);
  const candidate = wrapLoneTemplate(input);
  if (candidate === undefined) return { ok: false, errors: [{ path: '$', message: t('notTemplate') }] };
  const lone = candidate !== input;
  const newer = newerVersionError(candidate, lone, t) ?? newerSessionError(candidate, locale);
  if (newer) return { ok: false, errors: [newer] };

  const ts = createTranslator(sessionMessages, locale);
  const result = safeParseLocalized(templatePackSchema, candidate, locale, (key, params) => {
    if (key in templateMessages.en) return t(key as TemplateMessage, params as Params);
    if (key in sessionMessages.en) return ts(key as SessionMessage, params as Params);
    return undefined;
  });
  if (result.ok) {
    const sessionErrors = checkPackSessions(result.data, ts);
    if (sessionErrors.length === 0) return { ok: true, pack: result.data };
    return { ok: false, errors: capErrors(sessionErrors, t) };
  }
  // A lone template's errors are reported at their place in the user's file, not inside our wrapper.
  const errors = lone
    ? result.errors.map((e) => ({ ...e, path: e.path.replace(/^\$\.templates\[0\]/, '$') }))
    : result.errors;
  return { ok: false, errors: capErrors(errors, t) };
}

/** Parses and validates the text of a file, with the size limit checked before anything else. */
export function parseTemplatePackJson(text: string, locale: Locale): RestoreOutcome {
  const t = createTranslator(templateMessages, locale);
  const size = utf8ByteLength(text);
  if (size > templateLimits.packBytes) {
    return {
      ok: false,
      errors: [{ path: '$', message: t('tooLarge', { size, max: templateLimits.packBytes }) }],
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '$', message: t('notJson', { detail: (error as Error).message }) }],
    };
  }
  return restoreTemplatePack(parsed, locale);
}

/** Session ids are unique (also against the built-in ones); every block names a template and sections that exist. */
function checkPackSessions(pack: TemplatePack, ts: Translate<SessionMessage>): ValidationError[] {
  const own = new Map<string, Template>(pack.templates.map((template) => [template.id, template]));
  const find = (id: string) => own.get(id) ?? findTemplate(id);
  const builtIn = new Set(builtInSessions.map((session) => session.id));
  const seen = new Set<string>();
  const errors: ValidationError[] = [];
  (pack.sessions ?? []).forEach((session, s) => {
    const at = (path: (string | number)[]) => jsonPath(['sessions', s, ...path]);
    if (builtIn.has(session.id))
      errors.push({ path: at(['id']), message: ts('builtInSessionId', { id: session.id }) });
    else if (seen.has(session.id))
      errors.push({ path: at(['id']), message: ts('duplicateSession', { id: session.id }) });
    seen.add(session.id);
    for (const issue of checkSessionRefs(session, find))
      errors.push({ path: at(issue.path), message: ts(issue.key, issue.params) });
  });
  return errors;
}

function wrapLoneTemplate(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  if ('packVersion' in input) return input;
  if ('schemaVersion' in input) return { packVersion: 1, templates: [input] };
  return undefined;
}

function newerVersionError(
  candidate: unknown,
  lone: boolean,
  t: Translate<TemplateMessage>,
): ValidationError | undefined {
  const templates = (candidate as { templates?: unknown }).templates;
  if (!Array.isArray(templates)) return undefined;
  const index = templates.findIndex(
    (x) => typeof x?.schemaVersion === 'number' && x.schemaVersion > templateSchemaVersion,
  );
  if (index < 0) return undefined;
  const version = (templates[index] as { schemaVersion: number }).schemaVersion;
  return {
    path: lone ? '$.schemaVersion' : `$.templates[${index}].schemaVersion`,
    message: t('newerVersion', { version }),
  };
}

function newerSessionError(candidate: unknown, locale: Locale): ValidationError | undefined {
  const sessions = (candidate as { sessions?: unknown }).sessions;
  if (!Array.isArray(sessions)) return undefined;
  const index = sessions.findIndex(
    (x) => typeof x?.schemaVersion === 'number' && x.schemaVersion > sessionSchemaVersion,
  );
  if (index < 0) return undefined;
  const version = (sessions[index] as { schemaVersion: number }).schemaVersion;
  const ts = createTranslator(sessionMessages, locale);
  return { path: `$.sessions[${index}].schemaVersion`, message: ts('newerSession', { version }) };
}

function capErrors(errors: ValidationError[], t: Translate<TemplateMessage>): ValidationError[] {
  if (errors.length <= maxReportedErrors) return errors;
  const rest = errors.length - maxReportedErrors;
  return [...errors.slice(0, maxReportedErrors), { path: '$', message: t('moreErrors', { count: rest }) }];
}
