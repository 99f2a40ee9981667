import { z } from 'zod';
import { createTranslator, type Params, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { jsonPath } from './json-path.ts';
import { templateMessages } from './template-messages.ts';
import {
  type TemplatePack,
  templateLimits,
  templatePackSchema,
  templateSchemaVersion,
} from './template-schema.ts';

/** One problem in an imported file: where (a JSON path) and what, in the user's language. */
export interface ValidationError {
  path: string;
  message: string;
}

export type RestoreOutcome = { ok: true; pack: TemplatePack } | { ok: false; errors: ValidationError[] };

const maxReportedErrors = 50;

type TemplateMessage = keyof typeof templateMessages.en;

/** zod's own messages, in the user's language; our custom checks carry a message key in `params.key`. */
const zodLocales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  da: z.locales.da,
  sv: z.locales.sv,
  en: z.locales.en,
};

/**
 * Validates a parsed template or template pack (a lone template is wrapped into a pack).
 * Never throws; every error names its JSON path.
 */
export function restoreTemplatePack(input: unknown, locale: Locale): RestoreOutcome {
  const t = createTranslator(templateMessages, locale);
  const candidate = wrapLoneTemplate(input);
  if (candidate === undefined) return { ok: false, errors: [{ path: '$', message: t('notTemplate') }] };
  const lone = candidate !== input;
  const newer = newerVersionError(candidate, lone, t);
  if (newer) return { ok: false, errors: [newer] };

  const { localeError } = zodLocales[locale]();
  const result = templatePackSchema.safeParse(candidate, {
    error: (issue) => {
      const key = issue.code === 'custom' ? (issue.params?.key as string | undefined) : undefined;
      if (key && key in templateMessages.en) return t(key as TemplateMessage, issue.params as Params);
      return localeError(issue);
    },
  });
  if (result.success) return { ok: true, pack: result.data };
  // A lone template's paths are reported as they are in the user's file, not inside our wrapper.
  const errors = result.error.issues.map((issue) => ({
    path: jsonPath(lone ? issue.path.slice(2) : issue.path),
    message: issue.message,
  }));
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

function capErrors(errors: ValidationError[], t: Translate<TemplateMessage>): ValidationError[] {
  if (errors.length <= maxReportedErrors) return errors;
  const rest = errors.length - maxReportedErrors;
  return [...errors.slice(0, maxReportedErrors), { path: '$', message: t('moreErrors', { count: rest }) }];
}

/** UTF-8 size without TextEncoder, which the DOM-free core does not have. */
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
