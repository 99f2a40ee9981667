/** The three languages Netverk speaks; every text exists in all three. */
export const locales = ['da', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks a supported locale from a tag such as `da-DK`, `sv_SE.UTF-8` or `nb`; English otherwise. */
export function parseLocale(tag: string | undefined | null): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_.@]/)[0] ?? '';
  if (isLocale(base)) return base;
  // Norwegian readers are closest to Danish in writing.
  if (base === 'nb' || base === 'no' || base === 'nn') return 'da';
  return 'en';
}
