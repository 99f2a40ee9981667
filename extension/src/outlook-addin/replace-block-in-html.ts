import { findAgendaLines } from '../content/card/agenda-block.ts';

/** Elements that start a line of their own; a `<br>` ends one too. */
const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

interface Line {
  block: Element | null;
  nodes: Text[];
  /** The `<br>` that ended the line, if one did. */
  breakAfter?: Element;
}

/**
 * Writes Netverk's block into an HTML body: over the block written before, else after the body's
 * content. The block is found by its text alone (the invisible mark after its heading, then its timed
 * lines): Outlook rewrites the HTML it is given (drops attributes and comments, adds wrappers, splits
 * runs into spans, writes characters as entities), but it keeps the text, so no id, class or comment
 * could be trusted to come back.
 */
export function replaceBlockInHtml(html: string, blockText: string): { html: string; replaced: boolean } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  const lines = readLines(body);
  const found = findAgendaLines(lines.map((line) => line.nodes.map((node) => node.data).join('')));
  const first = found && lines[found.first]?.nodes[0];
  let replaced = false;
  if (found && first) {
    // Node by node, not with a Range: the nodes are known, and every DOM (happy-dom too) agrees on this.
    const anchor = first.parentNode as Node;
    anchor.insertBefore(inlineBlock(doc, blockText), first);
    const parents = new Set<Node>();
    for (const line of lines.slice(found.first, found.last + 1)) {
      for (const node of line.nodes) {
        if (node.parentNode) parents.add(node.parentNode);
        node.remove();
      }
      if (line !== lines[found.last]) line.breakAfter?.remove();
    }
    for (const parent of parents) removeIfEmpty(parent, anchor);
    replaced = true;
  } else {
    const container = doc.createElement('div');
    container.append(inlineBlock(doc, blockText));
    if ((body.textContent ?? '').trim() !== '') {
      const gap = doc.createElement('div');
      gap.append(doc.createElement('br'));
      body.append(gap);
    }
    body.append(container);
  }
  const whole = /<html[\s>]/i.test(html);
  return { html: whole ? `<!DOCTYPE html>${doc.documentElement.outerHTML}` : body.innerHTML, replaced };
}

/** The body's text as lines: a line ends at a block element's edge or a `<br>`. */
function readLines(body: HTMLElement): Line[] {
  const lines: Line[] = [];
  let current: Line = { block: null, nodes: [] };
  const end = (breakAfter?: Element) => {
    if (current.nodes.length > 0) lines.push(breakAfter ? { ...current, breakAfter } : current);
    current = { block: null, nodes: [] };
  };
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName === 'BR') end(node as Element);
      continue;
    }
    const block = blockOf(node);
    if (current.block !== block) end();
    current.block = block;
    current.nodes.push(node as Text);
  }
  end();
  return lines;
}

/** Removes wrappers our old block leaves empty, up to (not including) the element the new block went into. */
function removeIfEmpty(node: Node, keep: Node): void {
  for (let el: Node | null = node; el && el !== keep && el.nodeName !== 'BODY'; ) {
    const parent: Node | null = el.parentNode;
    if ((el.textContent ?? '') !== '' || (el as Element).querySelector?.('img, br')) return;
    (el as Element).remove();
    el = parent;
  }
}

function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (blockTags.has(el.tagName)) return el;
  return null;
}

/** The block as text lines joined by `<br>`: it sits in whatever element held the old block. */
function inlineBlock(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  return fragment;
}
