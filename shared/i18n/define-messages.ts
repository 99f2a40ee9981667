import type { Locale } from './locale.ts';

/** A message catalogue: English is the source; Danish and Swedish must have exactly its keys (checked by type and by test). */
export type MessageCatalog<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

export type Params = Readonly<Record<string, string | number>>;

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function defineMessages<const E extends Record<string, string>>(catalog: {
  en: E;
  da: Record<keyof E, string>;
  sv: Record<keyof E, string>;
}): MessageCatalog<Extract<keyof E, string>> {
  return catalog as MessageCatalog<Extract<keyof E, string>>;
}

/**
 * Fills `{name}` placeholders and plural choices `{count, plural, one {# minut} other {# minutter}}`
 * (ICU's form: `#` is the number; the category comes from `Intl.PluralRules` for the locale).
 * An unknown placeholder stays visible so a gap shows instead of vanishing.
 */
export function formatMessage(template: string, params: Params = {}, locale: Locale = 'en'): string {
  let out = '';
  let at = 0;
  for (const plural of findPlurals(template)) {
    out += fillSimple(template.slice(at, plural.start), params);
    out += formatPlural(plural, params, locale, template.slice(plural.start, plural.end));
    at = plural.end;
  }
  return out + fillSimple(template.slice(at), params);
}

export function createTranslator<K extends string>(catalog: MessageCatalog<K>, locale: Locale): Translate<K> {
  const messages = catalog[locale];
  return (key, params) => formatMessage(messages[key], params, locale);
}

/** The placeholder names in a message, sorted: parity tests compare these across languages. */
export function placeholdersOf(message: string): string[] {
  const names: string[] = [];
  let at = 0;
  for (const plural of findPlurals(message)) {
    names.push(...simpleNames(message.slice(at, plural.start)), plural.name);
    for (const text of plural.forms.values()) names.push(...simpleNames(text));
    at = plural.end;
  }
  names.push(...simpleNames(message.slice(at)));
  return [...new Set(names)].sort();
}

/** The plural categories a message offers for each plural placeholder, e.g. `count:one,other`. */
export function pluralFormsOf(message: string): string[] {
  return findPlurals(message).map((p) => `${p.name}:${[...p.forms.keys()].sort().join(',')}`);
}

interface PluralChoice {
  name: string;
  forms: Map<string, string>;
  start: number;
  end: number;
}

function fillSimple(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

function simpleNames(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

function formatPlural(plural: PluralChoice, params: Params, locale: Locale, whole: string): string {
  const value = params[plural.name];
  if (typeof value !== 'number') return whole;
  const category = new Intl.PluralRules(locale).select(value);
  const form = plural.forms.get(`=${value}`) ?? plural.forms.get(category) ?? plural.forms.get('other');
  if (form === undefined) return whole;
  return fillSimple(form.replaceAll('#', String(value)), params);
}

/** Finds `{name, plural, cat {text} …}` choices; their texts may hold simple `{placeholders}`, not nested plurals. */
function findPlurals(message: string): PluralChoice[] {
  const found: PluralChoice[] = [];
  const head = /\{(\w+),\s*plural,/g;
  for (let match = head.exec(message); match; match = head.exec(message)) {
    const forms = new Map<string, string>();
    let at = match.index + match[0].length;
    for (;;) {
      const form = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(message.slice(at));
      if (!form) break;
      const textStart = at + form[0].length;
      const textEnd = closingBrace(message, textStart);
      if (textEnd < 0) break;
      forms.set(form[1] ?? 'other', message.slice(textStart, textEnd));
      at = textEnd + 1;
    }
    const close = /^\s*\}/.exec(message.slice(at));
    if (!close || forms.size === 0) continue;
    const end = at + close[0].length;
    found.push({ name: match[1] ?? '', forms, start: match.index, end });
    head.lastIndex = end;
  }
  return found;
}

function closingBrace(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
