import danish from 'hyphen/da';
import english from 'hyphen/en-us';
import swedish from 'hyphen/sv';
import type { Locale } from '../i18n/locale.ts';

/** TeX's hyphenation patterns per language (through the `hyphen` package): Danish, Swedish, English. */
const languages = { da: danish, sv: swedish, en: english } as const;

/** Where a word may be broken: after `at` UTF-16 units, with a hyphen added or not (after a dash). */
export interface BreakPoint {
  at: number;
  hyphen: boolean;
}

const cacheLimit = 5_000;
const cache = new Map<string, readonly BreakPoint[]>();
const marker = '\u00AD';

/**
 * The places a long word may be broken, in order: between syllables (by the language's patterns,
 * a hyphen added) and after a hyphen, dash or slash the word already has (nothing added). Without
 * a language, only the latter.
 */
export function hyphenationPoints(word: string, locale: Locale | undefined): readonly BreakPoint[] {
  const key = `${locale ?? ''}\n${word}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const points = new Map<number, boolean>();
  for (let i = 1; i < word.length - 1; i++) if ('-–—/'.includes(word[i] ?? '')) points.set(i + 1, false);
  if (locale !== undefined) {
    // Each part between existing dashes is hyphenated on its own (patterns are for letters).
    let offset = 0;
    for (const part of word.split(/(?<=[-–—/])/)) {
      const marked = languages[locale].hyphenateSync(part, { hyphenChar: marker, minWordLength: 5 });
      let at = offset;
      for (const char of marked) {
        if (char === marker) {
          if (!points.has(at)) points.set(at, true);
        } else at += char.length;
      }
      offset += part.length;
    }
  }
  const sorted = [...points].sort((a, b) => a[0] - b[0]).map(([at, hyphen]) => ({ at, hyphen }));
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, sorted);
  return sorted;
}
