/**
 * Validators for item properties, as strict as the Web SDK: each returns an SDK-like message or
 * `undefined`. `path` is the property's dotted name, e.g. `style.fillColor`.
 */
export type FieldRule = (value: unknown, path: string) => string | undefined;
export type FieldRules = Readonly<Record<string, FieldRule>>;

const show = (value: unknown) => JSON.stringify(value) ?? String(value);

export function invalid(path: string, expected: string, value: unknown): string {
  return `Invalid value for "${path}": expected ${expected}, got ${show(value)}`;
}

export function oneOf(values: readonly string[]): FieldRule {
  return (value, path) =>
    typeof value === 'string' && values.includes(value)
      ? undefined
      : invalid(path, `one of ${values.join(', ')}`, value);
}

export function finiteNumber(range: { min?: number; max?: number; integer?: boolean } = {}): FieldRule {
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY, integer = false } = range;
  const expected = `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`;
  return (value, path) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value))
      ? undefined
      : invalid(path, expected, value);
}

export function text(maxLength = Number.POSITIVE_INFINITY): FieldRule {
  return (value, path) => {
    if (typeof value !== 'string') return invalid(path, 'a string', value);
    return value.length < maxLength
      ? undefined
      : `Invalid value for "${path}": must be under ${maxLength} characters, got ${value.length}`;
  };
}

export const booleanValue: FieldRule = (value, path) =>
  typeof value === 'boolean' ? undefined : invalid(path, 'a boolean', value);

const hexPattern = /^#[0-9a-fA-F]{6}$/;

/** Miro's free colours are hex `#rrggbb`; fills may also be `transparent`. */
export function hexColor(options: { transparent?: boolean } = {}): FieldRule {
  return (value, path) =>
    typeof value === 'string' &&
    (hexPattern.test(value) || (options.transparent === true && value === 'transparent'))
      ? undefined
      : invalid(path, 'a hex colour such as #1a1a1a', value);
}

export const stringList: FieldRule = (value, path) =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string')
    ? undefined
    : invalid(path, 'a list of strings', value);

/** Checks the keys of a nested object too: unknown keys are rejected, like at the top level. */
export function objectOf(rules: FieldRules): FieldRule {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return invalid(path, 'an object', value);
    return checkFields(value as Record<string, unknown>, rules, `${path}.`);
  };
}

export function listOf(rule: FieldRule, maxItems = 100): FieldRule {
  return (value, path) => {
    if (!Array.isArray(value) || value.length > maxItems)
      return invalid(path, `a list of at most ${maxItems} entries`, value);
    for (const [i, entry] of value.entries()) {
      const error = rule(entry, `${path}[${i}]`);
      if (error) return error;
    }
    return undefined;
  };
}

/** The first problem with `input` under `rules`, or `undefined`: unknown keys fail. */
export function checkFields(
  input: Record<string, unknown>,
  rules: FieldRules,
  prefix = '',
): string | undefined {
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const rule = rules[key];
    if (!rule) return `Invalid properties: unknown property "${prefix}${key}"`;
    const error = rule(value, `${prefix}${key}`);
    if (error) return error;
  }
  return undefined;
}
