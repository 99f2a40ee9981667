import '../pages/pages.css';
import type { Locale } from '../../../shared/index.ts';
import { tabPanelProps } from '../../../shared/ui/index.ts';
import { browserLocale } from '../pages/browser-locale.ts';
import { createPagesTranslator } from '../pages/pages-translator.ts';
import { createCanvasForm } from './canvas-form.ts';
import { createDraftSession } from './draft-session.ts';
import { element } from './element.ts';
import { type IslandProps, type PopupTab, popupTabs } from './island-props.ts';
import { type IslandName, islands } from './islands.ts';
import { rememberedLocale, rememberLocale } from './popup-locale.ts';
import { createPopupTabBar } from './popup-tab-bar.ts';

/**
 * The toolbar popup. Its first path is plain DOM and small: the header, the tabs and the theme
 * canvas form paint at once, the form filled from the draft's synchronous copy and taking typing;
 * then IndexedDB and the settings (draft-store.ts, watch-settings.ts) load, and React with the other
 * tabs, the export buttons and the footer, each when first shown (islands.ts).
 */
const tabKey = 'netverk.popupTab';
const idBase = 'netverk-popup';

function initialTab(): PopupTab {
  const stored = localStorage.getItem(tabKey);
  return (popupTabs as readonly string[]).includes(stored ?? '') ? (stored as PopupTab) : 'canvas';
}

function startPopup(root: HTMLElement): void {
  let locale: Locale = rememberedLocale();
  let t = createPagesTranslator(locale);
  document.documentElement.lang = locale;
  const session = createDraftSession();
  // The database and the settings load in the next task: starting an import costs this one (Vite's
  // preloading), and the form already takes typing from the draft's copy.
  const storeLoad = new Promise<void>((next) => setTimeout(next, 0))
    .then(() => import('./draft-store.ts'))
    .then((module) => module.openDraftStore());
  let db: IslandProps['db'] = null;

  const tabLabels = () =>
    popupTabs.map((id) => ({
      id,
      label: t(
        ({ decide: 'tabDecide', canvas: 'tabCanvas', workshop: 'tabWorkshop', drafts: 'tabDrafts' } as const)[
          id
        ],
      ),
    }));
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

  const title = element('h1', {}, t('appName'));
  const options = element('button', { type: 'button', class: 'link' }, t('openOptions'));
  options.addEventListener('click', () => void chrome.runtime.openOptionsPage());
  const first = initialTab();
  const tabs = createPopupTabBar({
    idBase,
    label: t('tabsLabel'),
    tabs: tabLabels(),
    selected: first,
    onSelect: (id) => select(id),
  });
  const alert = element('p', { role: 'alert', class: 'error', hidden: true });
  const canvas = createCanvasForm(session, locale, t);
  const panels = new Map<PopupTab, HTMLElement>(
    popupTabs.map((id) => [id, element('div', { ...tabPanelProps(idBase, id), class: 'panel' })]),
  );
  panels.get('canvas')?.append(canvas.element);
  const footer = element('footer', { class: 'page-footer' });
  root.append(
    element(
      'div',
      { class: 'popup' },
      element('header', { class: 'page-header' }, title, options),
      element('main', { class: 'popup__main' }, tabs.element, alert, ...panels.values()),
      footer,
    ),
  );

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
    title.textContent = t('appName');
    options.textContent = t('openOptions');
    tabs.relabel(t('tabsLabel'), tabLabels());
    canvas.relabel(next, t);
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
