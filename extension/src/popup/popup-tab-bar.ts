import { nextTab, type TabSpec } from '../../../shared/ui/index.ts';

export interface PopupTabBar<Id extends string> {
  select(id: Id): void;
  /** The tabs' names changed (the markup was relabelled): the keys follow the new ones. */
  relabel(tabs: readonly TabSpec<Id>[]): void;
}

/**
 * Hydrates the popup's tabs, painted as markup (popup-markup.ts) before any script: the same
 * markup and keys as the shared `TabBar` (WAI-ARIA tabs, automatic activation, roving tabindex; the
 * rules in tab-keys.ts). Each tab button names its tab in `data-tab`.
 */
export function hydratePopupTabBar<Id extends string>(options: {
  list: HTMLElement;
  tabs: readonly TabSpec<Id>[];
  selected: Id;
  onSelect(id: Id): void;
}): PopupTabBar<Id> {
  const { list, onSelect } = options;
  let tabs = options.tabs;
  let selected = options.selected;
  const buttons = new Map<Id, HTMLButtonElement>();
  for (const tab of tabs) {
    const button = list.querySelector<HTMLButtonElement>(`[data-tab="${tab.id}"]`);
    if (!button) continue;
    button.addEventListener('click', () => onSelect(tab.id));
    buttons.set(tab.id, button);
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
    select,
    relabel(next) {
      tabs = next;
    },
  };
}
