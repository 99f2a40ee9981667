import type { z } from 'zod';
import { createTranslator } from './define-messages.ts';
import type { Locale } from './locale.ts';
import { type ValidationMessageKey, validationMessages } from './validation-messages.ts';

type Issue = z.core.$ZodRawIssue;

const typeKeys: Record<string, ValidationMessageKey> = {
  number: 'typeNumber',
  int: 'typeInteger',
  bigint: 'typeInteger',
  string: 'typeText',
  array: 'typeList',
  tuple: 'typeList',
  object: 'typeObject',
  record: 'typeObject',
  map: 'typeObject',
  boolean: 'typeBoolean',
  null: 'typeNothing',
};

/** The id rule of templates, sessions and blocks: shown in words, never as a regular expression. */
const idPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** Zod's issue in the user's language and plain words (undefined: zod's own message is better than none). */
export function zodIssueMessage(issue: Issue, locale: Locale): string | undefined {
  const t = createTranslator(validationMessages, locale);
  const typeName = (type: string) => t(typeKeys[type] ?? 'typeOther');
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return t('missing');
      const input = issue.input;
      const received = Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input;
      return t('wrongType', { expected: typeName(issue.expected), received: typeName(received) });
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, t);
    case 'invalid_format':
      return 'pattern' in issue && String(issue.pattern).includes(idPattern) ? t('idFormat') : t('badFormat');
    case 'invalid_value':
      return t('oneOf', { values: issue.values.map((value) => JSON.stringify(value)).join(', ') });
    case 'unrecognized_keys':
      return t('unknownKeys', { keys: issue.keys.join(', ') });
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
      return t('invalid');
    default:
      return undefined;
  }
}

function sizeMessage(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  t: ReturnType<typeof createTranslator<ValidationMessageKey>>,
): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string')
    return small ? t('tooShortText', { minimum: limit }) : t('tooLongText', { maximum: limit });
  if (issue.origin === 'array' || issue.origin === 'set')
    return small ? t('tooFewItems', { minimum: limit }) : t('tooManyItems', { maximum: limit });
  if (small)
    return inclusive ? t('tooSmallNumber', { minimum: limit }) : t('aboveNumber', { minimum: limit });
  return inclusive ? t('tooBigNumber', { maximum: limit }) : t('belowNumber', { maximum: limit });
}
