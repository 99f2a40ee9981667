import { adoptCss, createOverlayHost, overlayAttribute } from '../dom/overlay-host.ts';
import cardCss from './card.css?inline';

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
  const host = container ? createInlineHost(doc, container) : createOverlayHost(doc, cardCss);
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
