/**
 * Word-ish keyword matching for calendar text: case-insensitive, and a keyword must begin a word, so a
 * stem catches its inflections ("nätverk" finds "Nätverksträff"). With `insideWords`, it may also sit
 * inside a word: Danish and Swedish glue compounds together ("Ledernetværket").
 */
export interface KeywordOptions {
  insideWords?: boolean;
}

const cache = new Map<string, RegExp>();

export function hasKeyword(text: string, keywords: readonly string[], options: KeywordOptions = {}): boolean {
  const pattern = keywordPattern(keywords, options.insideWords === true);
  return pattern?.test(normalizeText(text)) === true;
}

/** NFC and lower case, so "Ä" typed as A + combining diaeresis still matches "ä". */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function keywordPattern(keywords: readonly string[], insideWords: boolean): RegExp | undefined {
  const words = keywords.map((word) => normalizeText(word.trim())).filter((word) => word.length > 0);
  if (words.length === 0) return undefined;
  const key = `${insideWords ? 1 : 0}\u0000${words.join('\u0000')}`;
  let pattern = cache.get(key);
  if (!pattern) {
    const alternatives = words.map(escapeRegExp).join('|');
    pattern = new RegExp(insideWords ? `(?:${alternatives})` : `(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'u');
    // Keyword lists are few and fixed; the bound only guards against a caller passing new ones forever.
    if (cache.size > 100) cache.clear();
    cache.set(key, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
