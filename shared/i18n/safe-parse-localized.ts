import { z } from 'zod';
import { jsonPath } from './json-path.ts';
import type { Locale } from './locale.ts';
import { zodIssueMessage } from './zod-issue-message.ts';

/** One problem in user input: where (a JSON path) and what, in the user's language. */
export interface ValidationError {
  path: string;
  message: string;
}

export type CustomIssueMessage = (key: string, params: Record<string, unknown>) => string | undefined;

const zodLocales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  da: z.locales.da,
  sv: z.locales.sv,
  en: z.locales.en,
};

/**
 * `safeParse` with zod's messages in the user's language and every error as a JSON path.
 * Custom checks carry a message key in `params.key`, turned into text by `custom`.
 */
export function safeParseLocalized<T>(
  schema: z.core.$ZodType<T>,
  value: unknown,
  locale: Locale,
  custom?: CustomIssueMessage,
): { ok: true; data: T } | { ok: false; errors: ValidationError[] } {
  const { localeError } = zodLocales[locale]();
  // The functional form reads classic and zod/mini schemas alike (the extension keeps some small).
  const result = z.safeParse(schema, value, {
    error: (issue) => {
      const params = (issue.code === 'custom' ? issue.params : undefined) ?? {};
      const key = params.key;
      const message = typeof key === 'string' ? custom?.(key, params) : undefined;
      return message ?? zodIssueMessage(issue, locale) ?? localeError(issue);
    },
  });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  };
}
