import { nextTab, type TabSpec, tabId, tabPanelId } from '../../../shared/ui/index.ts';
import { element } from './element.ts';

export interface PopupTabBar<Id extends string> {
  element: HTMLElement;
  select(id: Id): void;
  relabel(label: string, tabs: readonly TabSpec<Id>[]): void;
}

/**
 * The popup's tabs in plain DOM, so they paint before React loads: the same markup and keys as the
 * shared `TabBar` (WAI-ARIA tabs, automatic activation, roving tabindex; the rules in tab-keys.ts).
 */
export function createPopupTabBar<Id extends string>(options: {
  idBase: string;
  label: string;
  tabs: readonly TabSpec<Id>[];
  selected: Id;
  onSelect(id: Id): void;
}): PopupTabBar<Id> {
  const { idBase, onSelect } = options;
  let tabs = options.tabs;
  let selected = options.selected;
  const list = element('div', { role: 'tablist', 'aria-label': options.label, class: 'tab-bar' });
  const buttons = new Map<Id, HTMLButtonElement>();
  for (const tab of tabs) {
    const button = element(
      'button',
      { type: 'button', role: 'tab', id: tabId(idBase, tab.id), 'aria-controls': tabPanelId(idBase, tab.id) },
      element('span', {}, tab.label),
    );
    button.addEventListener('click', () => onSelect(tab.id));
    buttons.set(tab.id, button);
    list.append(button);
  }
  list.addEventListener('keydown', (event) => {
    const target = nextTab(event.key, tabs, selected);
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    buttons.get(target.id)?.focus();
  });
  const select = (id: Id) => {
    selected = id;
    for (const [tab, button] of buttons) {
      button.setAttribute('aria-selected', String(tab === id));
      button.tabIndex = tab === id ? 0 : -1;
    }
  };
  select(selected);
  return {
    element: element('div', {}, list),
    select,
    relabel(label, next) {
      tabs = next;
      list.setAttribute('aria-label', label);
      for (const tab of next) {
        const span = buttons.get(tab.id)?.firstElementChild;
        if (span) span.textContent = tab.label;
      }
    },
  };
}
