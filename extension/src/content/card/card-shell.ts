import cardCss from './card.css?inline';

/** The shadow host attribute: the card and the intranet button both live in one such element. */
export const overlayAttribute = 'data-netverk';

export interface CardShell {
  host: HTMLElement;
  /** The card's content area, inside the open shadow root. */
  body: HTMLElement;
  isMounted(): boolean;
  remount(): void;
  destroy(): void;
}

/**
 * A fixed-position host `<div data-netverk="overlay">` with an open shadow root holding a labelled
 * complementary region, its close button first. Page CSS stays out; our keystrokes stay in.
 */
export function createCardShell(
  doc: Document,
  options: { label: string; closeLabel: string; onClose(): void; container?: HTMLElement | undefined },
): CardShell {
  const { container } = options;
  const host = container ? createInlineHost(doc, container) : createOverlayHost(doc);
  const shadow = host.shadowRoot as ShadowRoot;
  const region = doc.createElement('div');
  region.className = container ? 'card inline' : 'card';
  region.setAttribute('role', container ? 'region' : 'complementary');
  region.setAttribute('aria-label', options.label);
  const body = doc.createElement('div');
  body.className = 'body';
  const parent = container ?? doc.body;
  const shell = {
    host,
    body,
    isMounted: () => host.isConnected,
    remount: () => parent.append(host),
    destroy: () => host.remove(),
  };
  if (container) {
    // Inline in a host's pane (Outlook's task pane): the host closes the pane, so no close button.
    region.append(body);
    shadow.append(region);
    return shell;
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.setAttribute('aria-label', options.closeLabel);
  close.addEventListener('click', () => options.onClose());
  // Close first in the tab order (a keyboard user can leave at once); CSS puts it top right.
  region.append(close, body);
  shadow.append(region);
  // Escape closes, as for any dialog-like panel.
  region.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onClose();
  });
  return shell;
}

/** A shadow host placed in `container` and filling it: the card as the content of a host's pane. */
function createInlineHost(doc: Document, container: HTMLElement): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute(overlayAttribute, 'inline');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(doc, shadow, cardCss);
  container.append(host);
  return host;
}

/** The shadow host with our styles and key isolation, appended to the page's body. */
export function createOverlayHost(doc: Document): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute(overlayAttribute, 'overlay');
  // Inline !important beats page rules aimed at divs; CSSOM writes pass a strict style-src CSP.
  for (const [name, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['z-index', '2147483646'],
    ['inset-inline-end', '16px'],
    ['inset-block-end', '16px'],
    ['display', 'block'],
  ] as const) {
    host.style.setProperty(name, value, 'important');
  }
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(doc, shadow, cardCss);
  // Keys typed in the card must not reach the host page's shortcuts (Outlook and Google have many).
  for (const type of ['keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (e) => e.stopPropagation());
  doc.body.append(host);
  return host;
}

function adoptCss(doc: Document, shadow: ShadowRoot, css: string): void {
  const win = doc.defaultView;
  if (win && 'adoptedStyleSheets' in shadow && 'replaceSync' in win.CSSStyleSheet.prototype) {
    // A constructed sheet is CSSOM, so a page's strict style-src cannot block it.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
