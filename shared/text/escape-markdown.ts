// Characters that start Markdown syntax anywhere in a line (CommonMark lets any ASCII punctuation be escaped).
const inlineSpecials = /[\\`*_[\]<>|~#]/g;
// `&` only when it would start a character reference such as `&amp;`.
const entityStart = /&(?=#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g;

/**
 * Escapes one line of user text so Markdown shows it as typed: inline syntax anywhere, block
 * markers (`-`, `+`, `=`, `1.`) at the start, and leading blanks (which would make a code block).
 */
export function escapeMarkdownLine(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  const rest = line
    .slice(lead.length)
    .replace(inlineSpecials, '\\$&')
    .replace(entityStart, '\\&')
    .replace(/^[+\-=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
  const blanks = [...lead].map((c) => (c === '\t' ? '&#9;' : '&#32;')).join('');
  // An empty line still needs content, or a hard break before it would end the paragraph.
  return blanks + rest || '&#32;';
}

/** Escapes multi-line text as one paragraph: lines joined by hard breaks, continued at `indent`. */
export function escapeMarkdownText(text: string, indent = ''): string {
  // Markdown ends a line at CR as well as LF.
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .join(`\\\n${indent}`);
}
