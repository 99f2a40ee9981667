import { decodeHTMLStrict } from 'entities';

// A tag (quoted attribute values may hold `>`), a comment, or a declaration such as <!DOCTYPE>.
const tokenPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?-->|<![^>]*>/g;
const plainParagraphs = /^<p>[^<]*(?:<\/p><p>[^<]*)*<\/p>$/;
const blockTags = new Set(['p', 'div']);

type Token = { kind: 'text'; text: string } | { kind: 'open' | 'close' | 'br'; block: boolean };

// Miro writes runs of spaces as &nbsp; (some writers as &#160;): the participant typed plain spaces.
const nbspPattern = /&(?:nbsp|#0*160|#[xX]0*[aA]0);/g;

/**
 * Decodes named and numeric character references in one pass (`entities`, the maintained decoder
 * behind htmlparser2), so `&amp;lt;` becomes `&lt;`, not `<`. Strict: a reference needs its `;`.
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return decodeHTMLStrict(text.replace(nbspPattern, ' '));
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of html.matchAll(tokenPattern)) {
    if (match.index > last) tokens.push({ kind: 'text', text: html.slice(last, match.index) });
    last = match.index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue; // comment or declaration
    if (name === 'br') tokens.push({ kind: 'br', block: false });
    else tokens.push({ kind: match[1] === '/' ? 'close' : 'open', block: blockTags.has(name) });
  }
  if (last < html.length) tokens.push({ kind: 'text', text: html.slice(last) });
  return tokens;
}

/**
 * Gives back the text a participant typed from Miro content HTML: paragraphs and `<br>` become
 * newlines, every tag is dropped, entities are decoded once. Inverse of `textToMiroHtml`.
 */
export function miroHtmlToText(html: string): string {
  // Fast path for plain paragraphs, the form Miro and textToMiroHtml write most notes in.
  if (plainParagraphs.test(html)) return decodeHtmlEntities(html.slice(3, -4).replaceAll('</p><p>', '\n'));
  const tokens = tokenize(html);
  const out: string[] = [];
  let started = false;
  let depth = 0; // open blocks
  let afterBlock = false; // a block closed and no new one opened: loose text starts a new line
  let trailingBr = false;
  tokens.forEach((token, i) => {
    if (token.kind === 'open' && token.block) {
      if (started) out.push('\n');
      started = true;
      depth += 1;
      afterBlock = false;
    } else if (token.kind === 'close' && token.block) {
      // A browser shows no extra line for a <br> that ends a paragraph (editors write <p><br></p>).
      if (trailingBr) out.pop();
      depth = Math.max(0, depth - 1);
      afterBlock = depth === 0;
    } else if (token.kind === 'br') {
      out.push('\n');
      started = true;
    } else if (token.kind === 'text') {
      if (depth === 0 && isLayoutWhitespace(token.text, tokens[i + 1], afterBlock || i === 0)) return;
      if (depth === 0 && afterBlock) out.push('\n');
      out.push(decodeHtmlEntities(token.text));
      started = true;
      afterBlock = false;
    }
    trailingBr = token.kind === 'br' || (trailingBr && token.kind !== 'text' && !token.block);
  });
  if (trailingBr) out.pop();
  return out.join('');
}

/** Whitespace between blocks is source formatting, not text the participant typed. */
function isLayoutWhitespace(text: string, next: Token | undefined, afterBoundary: boolean): boolean {
  if (text.trim() !== '' || text === '') return false;
  const beforeBlock = next === undefined || (next.kind !== 'text' && next.block);
  return afterBoundary || beforeBlock;
}
