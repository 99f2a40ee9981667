import { escapeHtmlText, type Locale } from '../../../shared/index.ts';
import { tabId, tabPanelId, tabPanelProps } from '../../../shared/ui/index.ts';
import { createPagesTranslator } from '../pages/pages-translator.ts';
import { themeCanvasFields } from '../pages/theme-canvas-fields.ts';
import { storageLimits } from '../storage/storage-limits.ts';
import { type PopupTab, popupTabs } from './island-props.ts';

/**
 * The popup's first view as a string: the header, the tabs (the theme canvas selected) and the
 * theme-canvas form, labelled in one language, every field empty. It is pure (no DOM), so the build
 * writes it into each language's popup page (prerendered, painted before any script runs) and the
 * script renders the same markup when its page has another language: one source, no drift.
 * Every translated element carries `data-l10n`, by which a language change relabels the live page
 * from a fresh rendering (popup-relabel.ts). Values never enter it: the draft goes into `.value`.
 */
export const popupIdBase = 'netverk-popup';

type Attributes = Record<string, string | number | boolean | undefined>;

/** An element as markup: attribute values escaped (true is a bare attribute), children already markup. */
function tag(name: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([key, value]) => (value === true ? ` ${key}` : ` ${key}="${escapeHtmlText(String(value))}"`))
    .join('');
  const voids = name === 'input';
  return voids ? `<${name}${attrs}>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

const tabKeys = {
  decide: 'tabDecide',
  canvas: 'tabCanvas',
  workshop: 'tabWorkshop',
  drafts: 'tabDrafts',
} as const satisfies Record<PopupTab, string>;

/** The tab labels in one language, for the tab bar's keys (popup-tab-bar.ts). */
export function popupTabLabels(locale: Locale): { id: PopupTab; label: string }[] {
  const t = createPagesTranslator(locale);
  return popupTabs.map((id) => ({ id, label: t(tabKeys[id]) }));
}

function canvasFormMarkup(locale: Locale): string {
  const t = createPagesTranslator(locale);
  const short = (name: 'themeTitle' | 'networkName') =>
    tag(
      'label',
      { class: 'field' },
      tag('span', { class: 'field__label', 'data-l10n': name }, escapeHtmlText(t(name))),
      tag('input', { name, maxlength: storageLimits.shortText }),
    );
  const fields = themeCanvasFields(locale).map((field) =>
    tag(
      'div',
      { class: 'field' },
      tag(
        'label',
        { class: 'field__label', for: `field-${field.id}`, 'data-l10n': `label-${field.id}` },
        escapeHtmlText(field.title),
      ),
      tag(
        'p',
        { class: 'field__hint', id: `hint-${field.id}`, 'data-l10n': `hint-${field.id}` },
        escapeHtmlText(field.prompt),
      ),
      tag('textarea', {
        id: `field-${field.id}`,
        name: field.id,
        rows: 3,
        'aria-describedby': `hint-${field.id}`,
        maxlength: storageLimits.fieldText,
      }),
    ),
  );
  return tag(
    'form',
    { class: 'canvas-form' },
    tag(
      'div',
      { class: 'canvas-form__bar' },
      tag('p', { class: 'hint', 'data-l10n': 'canvasIntro' }, escapeHtmlText(t('canvasIntro'))),
      tag(
        'button',
        { type: 'button', class: 'secondary', 'data-action': 'new-draft', 'data-l10n': 'newDraft' },
        escapeHtmlText(t('newDraft')),
      ),
    ),
    tag('p', {
      class: 'save-status save-status--idle',
      role: 'status',
      'aria-live': 'polite',
      'data-testid': 'save-status',
    }),
    short('themeTitle'),
    short('networkName'),
    ...fields,
    tag('div', { 'data-slot': 'export' }),
  );
}

/** The first view's markup in `locale`, with the canvas tab selected; `data-locale` names its language. */
export function renderPopupMarkup(locale: Locale): string {
  const t = createPagesTranslator(locale);
  const tabs = popupTabLabels(locale).map(({ id, label }) =>
    tag(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: tabId(popupIdBase, id),
        'aria-controls': tabPanelId(popupIdBase, id),
        'aria-selected': String(id === 'canvas'),
        tabindex: id === 'canvas' ? 0 : -1,
        'data-tab': id,
      },
      tag('span', { 'data-l10n': `tab-${id}` }, escapeHtmlText(label)),
    ),
  );
  const panels = popupTabs.map((id) =>
    tag(
      'div',
      { ...tabPanelProps(popupIdBase, id), class: 'panel', 'data-tab-panel': id, hidden: id !== 'canvas' },
      id === 'canvas' ? canvasFormMarkup(locale) : '',
    ),
  );
  return tag(
    'div',
    { class: 'popup', 'data-locale': locale },
    tag(
      'header',
      { class: 'page-header' },
      tag('h1', { 'data-l10n': 'appName' }, escapeHtmlText(t('appName'))),
      tag(
        'button',
        { type: 'button', class: 'link', 'data-action': 'options', 'data-l10n': 'openOptions' },
        escapeHtmlText(t('openOptions')),
      ),
    ),
    tag(
      'main',
      { class: 'popup__main' },
      tag(
        'div',
        {},
        tag(
          'div',
          { role: 'tablist', 'aria-label': t('tabsLabel'), class: 'tab-bar', 'data-l10n': 'tabsLabel' },
          ...tabs,
        ),
      ),
      tag('p', { role: 'alert', class: 'error', hidden: true }),
      ...panels,
    ),
    tag('footer', { class: 'page-footer' }),
  );
}
