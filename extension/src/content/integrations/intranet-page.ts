import { createTranslator, isNetworkMeeting } from '../../../../shared/index.ts';
import { isCalendarHost } from '../calendar-hosts.ts';
import { cardMessages } from '../card-messages.ts';
import type { CardHandle } from '../card-module.ts';
import { createOverlayHost } from '../dom/overlay-host.ts';
import { watchDom } from '../dom/watch-dom.ts';
import type { Integration, IntegrationContext } from '../integration.ts';
import themeButtonCss from './theme-button.css?inline';

/** Words that, with the network words, mark an intranet page as being about a network theme. */
export const themeWords = ['tema', 'theme', 'netværkstema', 'nätverkstema'];

/** Where a page says what it is about: its title, headings and summary, not every paragraph. */
const aboutSelector = 'h1, h2, meta[name="description"], [role="heading"]';

/** Whether the page is about a network or a theme, by the built-in and the user's keywords. */
export function isThemePage(doc: Document, keywords: readonly string[]): boolean {
  const parts = [doc.title];
  for (const node of doc.querySelectorAll(aboutSelector)) {
    parts.push(node.getAttribute('content') ?? node.textContent ?? '');
  }
  return isNetworkMeeting(parts.join('\n').slice(0, 20_000), '', [...themeWords, ...keywords]);
}

/**
 * On the user's intranet sites, a page about a network or a theme gets a quiet button that opens
 * the seven-characteristics checklist in the card; text selected on the page can go into a theme draft.
 */
function init(signal: AbortSignal, ctx: IntegrationContext, doc: Document): void {
  const t = createTranslator(cardMessages, ctx.locale);
  let button: HTMLElement | undefined;
  let card: CardHandle | undefined;
  let selection = '';

  const openCard = async (): Promise<void> => {
    const module = await ctx.loadCard();
    if (signal.aborted) return;
    button?.remove();
    card = module.showThemeChecklist({
      doc,
      locale: ctx.locale,
      send: ctx.send,
      selection: () => selection,
      onClose: () => {
        card?.destroy();
        card = undefined;
        tick();
      },
    });
  };

  const tick = (): void => {
    if (signal.aborted) return;
    if (card) {
      if (!card.isMounted()) card.remount();
      return;
    }
    if (!isThemePage(doc, ctx.keywords)) {
      button?.remove();
      return;
    }
    button ??= createThemeButton(doc, t('themeButton'), () => void openCard());
    if (!button.isConnected) doc.body.append(button);
  };

  watchDom(doc.body, { childList: true, subtree: true, characterData: true }, tick, 250, signal);
  // Remember the page text the user selected; clicking our button must not lose it.
  doc.addEventListener(
    'selectionchange',
    () => {
      const text = doc.getSelection()?.toString() ?? '';
      if (text.trim()) selection = text.slice(0, 10_000);
    },
    { signal },
  );
  ctx.cardRequests.addEventListener('show-card', () => void openCard(), { signal });
  signal.addEventListener(
    'abort',
    () => {
      button?.remove();
      card?.destroy();
    },
    { once: true },
  );
  tick();
}

function createThemeButton(doc: Document, label: string, onClick: () => void): HTMLElement {
  const host = createOverlayHost(doc, themeButtonCss);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'quiet';
  button.dataset.netverkAction = 'open-checklist';
  button.textContent = label;
  button.addEventListener('click', onClick);
  host.shadowRoot?.append(button);
  return host;
}

export const intranetPage: Integration = {
  id: 'intranet-page',
  matches: (url) => !isCalendarHost(url),
  init: (signal, ctx) => init(signal, ctx, document),
};

/*
 * Test fixtures:
 * - tests/fixtures/hosts/intranet-theme-page.html (a Danish theme page of a network, with a search form)
 * - tests/fixtures/hosts/intranet-fullcalendar.html (a calendar page: no theme words, no button)
 */
