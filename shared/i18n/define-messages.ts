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

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a gap shows instead of vanishing. */
export function formatMessage(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function createTranslator<K extends string>(catalog: MessageCatalog<K>, locale: Locale): Translate<K> {
  const messages = catalog[locale];
  return (key, params) => formatMessage(messages[key], params);
}

/** The placeholder names in a message, sorted: parity tests compare these across languages. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
