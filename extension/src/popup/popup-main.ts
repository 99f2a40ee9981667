import '../pages/pages.css';
import type { Locale } from '../../../shared/index.ts';
import { browserLocale } from '../pages/browser-locale.ts';
import { createPagesTranslator } from '../pages/pages-translator.ts';
import { hydrateCanvasForm } from './canvas-form.ts';
import { createDraftSession } from './draft-session.ts';
import { type IslandProps, type PopupTab, popupTabs } from './island-props.ts';
import { type IslandName, islands } from './islands.ts';
import { rememberedLocale, rememberLocale } from './popup-locale.ts';
import { popupTabLabels, renderPopupMarkup } from './popup-markup.ts';
import { relabelPopup } from './popup-relabel.ts';
import { hydratePopupTabBar } from './popup-tab-bar.ts';

/**
 * The toolbar popup. Its first view is prerendered into each language's page by the build
 * (popup-markup.ts), so it paints before any script; this hydrates it: the tabs and the theme canvas
 * form take their listeners, the form is filled from the draft's synchronous copy (what was typed
 * before stays), then IndexedDB and the settings (draft-store.ts, watch-settings.ts) load, and React
 * with the other tabs, the export buttons and the footer, each when first shown (islands.ts).
 */
const tabKey = 'netverk.popupTab';

function initialTab(): PopupTab {
  const stored = localStorage.getItem(tabKey);
  return (popupTabs as readonly string[]).includes(stored ?? '') ? (stored as PopupTab) : 'canvas';
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * The first view in `locale`: kept when the page was prerendered in it, else rendered by the same
 * function (no markup, or the page of another language opened before the worker switched it), keeping
 * what was typed and where the focus was.
 */
function ensureMarkup(root: HTMLElement, locale: Locale): void {
  if (root.querySelector('.popup')?.getAttribute('data-locale') === locale) return;
  const fields = [...root.querySelectorAll<TextField>('input[name], textarea[name]')];
  const typed = fields
    .filter((field) => field.value !== '')
    .map((field) => [field.name, field.value] as const);
  const focused = fields.find((field) => field === document.activeElement)?.name;
  root.innerHTML = renderPopupMarkup(locale);
  for (const [name, value] of typed) {
    const field = root.querySelector<TextField>(`[name="${CSS.escape(name)}"]`);
    if (field) field.value = value;
  }
  if (focused) root.querySelector<TextField>(`[name="${CSS.escape(focused)}"]`)?.focus();
}

function startPopup(root: HTMLElement): void {
  let locale: Locale = rememberedLocale();
  let t = createPagesTranslator(locale);
  document.documentElement.lang = locale;
  ensureMarkup(root, locale);
  const session = createDraftSession();
  // The database and the settings load in the next task: starting an import costs this one (Vite's
  // preloading), and the form already takes typing from the draft's copy.
  const storeLoad = new Promise<void>((next) => setTimeout(next, 0))
    .then(() => import('./draft-store.ts'))
    .then((module) => module.openDraftStore());
  let db: IslandProps['db'] = null;

  const props = (): IslandProps => ({ locale, t, session, db, selectTab: select });
  const mounted = new Set<IslandName>();
  const show = (name: IslandName, into: HTMLElement) => {
    if (mounted.has(name)) return;
    mounted.add(name);
    void Promise.all([import('./mount-island.tsx'), islands[name](), storeLoad.catch(() => null)]).then(
      ([mount, island, store]) => {
        db = store?.db ?? null;
        mount.renderIsland(into, island.default, props());
      },
    );
  };

  const find = <E extends HTMLElement>(selector: string) => {
    const found = root.querySelector<E>(selector);
    if (!found) throw new Error(`The popup's markup has no ${selector}`);
    return found;
  };
  find('[data-action="options"]').addEventListener('click', () => void chrome.runtime.openOptionsPage());
  const first = initialTab();
  const tabs = hydratePopupTabBar({
    list: find('[role="tablist"]'),
    tabs: popupTabLabels(locale),
    selected: first,
    onSelect: (id) => select(id),
  });
  const alert = find('[role="alert"]');
  const canvas = hydrateCanvasForm(find<HTMLFormElement>('form.canvas-form'), session, t);
  const panels = new Map<PopupTab, HTMLElement>(
    popupTabs.map((id) => [id, find(`[data-tab-panel="${id}"]`)]),
  );
  const footer = find('footer');

  function select(next: PopupTab, remember = true) {
    if (remember) localStorage.setItem(tabKey, next);
    tabs.select(next);
    for (const [id, panel] of panels) panel.hidden = id !== next;
    // Tabs stay mounted once shown, so nothing typed in one is lost by switching to another.
    const panel = panels.get(next);
    if (next !== 'canvas' && panel) show(next, panel);
  }
  select(first, false);

  const relabel = (next: Locale) => {
    rememberLocale(next);
    if (next === locale) return;
    locale = next;
    t = createPagesTranslator(next);
    document.documentElement.lang = next;
    relabelPopup(root, next);
    tabs.relabel(popupTabLabels(next));
    canvas.retranslate(t);
    if (mounted.size > 0) void import('./mount-island.tsx').then((mount) => mount.rerenderIslands(props()));
  };
  setTimeout(() => {
    void import('./watch-settings.ts').then((module) =>
      module.watchSettingsLocale((language) => relabel(language ?? browserLocale())),
    );
  }, 0);

  // After the first paint: the export buttons and the footer, whose code the form does not wait for.
  setTimeout(() => {
    show('export', canvas.exportSlot);
    show('footer', footer);
  }, 0);
  storeLoad.then(
    (store) => {
      db = store.db;
      return session.attach(store);
    },
    (error: unknown) => {
      session.fail(error);
      alert.textContent = t('saveFailed', { error: String(error) });
      alert.hidden = false;
    },
  );
}

const root = document.getElementById('root');
if (root) startPopup(root);
