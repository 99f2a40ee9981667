/**
 * Word-ish keyword matching for calendar text, case-insensitive. By default a keyword is a stem that
 * must begin a word, so it catches inflections ("nätverk" finds "Nätverksträff"); `inside` also finds it
 * within a word, as Danish and Swedish glue compounds ("Ledernetværket"); `word` wants the whole word.
 */
export interface KeywordOptions {
  match?: 'prefix' | 'inside' | 'word';
}

const wordChar = '[\\p{L}\\p{N}]';

const cache = new Map<string, RegExp>();

export function hasKeyword(text: string, keywords: readonly string[], options: KeywordOptions = {}): boolean {
  const pattern = keywordPattern(keywords, options.match ?? 'prefix');
  return pattern?.test(normalizeText(text)) === true;
}

/** NFC and lower case, so "Ä" typed as A + combining diaeresis still matches "ä". */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function keywordPattern(keywords: readonly string[], match: KeywordOptions['match']): RegExp | undefined {
  const words = keywords.map((word) => normalizeText(word.trim())).filter((word) => word.length > 0);
  if (words.length === 0) return undefined;
  const key = `${match}\u0000${words.join('\u0000')}`;
  let pattern = cache.get(key);
  if (!pattern) {
    const alternatives = words.map(escapeRegExp).join('|');
    const before = match === 'inside' ? '' : `(?<!${wordChar})`;
    const after = match === 'word' ? `(?!${wordChar})` : '';
    pattern = new RegExp(`${before}(?:${alternatives})${after}`, 'u');
    // Keyword lists are few and fixed; the bound only guards against a caller passing new ones forever.
    if (cache.size > 100) cache.clear();
    cache.set(key, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
