/**
 * The shadow host every Netverk element on a page lives in. Each caller brings its own CSS: the
 * card's styles ship with the card bundle, the intranet button's small ones with the content script.
 */

/** The shadow host attribute: the card and the intranet button both live in one such element. */
export const overlayAttribute = 'data-netverk';

/** The shadow host with `css` and key isolation, appended to the page's body. */
export function createOverlayHost(doc: Document, css: string): HTMLElement {
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
  adoptCss(doc, shadow, css);
  // Keys typed in the card must not reach the host page's shortcuts (Outlook and Google have many).
  for (const type of ['keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (e) => e.stopPropagation());
  doc.body.append(host);
  return host;
}

export function adoptCss(doc: Document, shadow: ShadowRoot, css: string): void {
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
