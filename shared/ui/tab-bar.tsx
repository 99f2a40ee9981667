import { type KeyboardEvent, useRef } from 'react';
import { nextTab, type TabSpec, tabId, tabPanelId } from './tab-keys.ts';
import { classNames, useUiLook } from './ui-look.tsx';

export type { TabSpec };

interface TabBarProps<Id extends string> {
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Prefix of the tab and panel ids, so two tab bars on one page never share an id. */
  idBase: string;
}

/**
 * WAI-ARIA tabs with automatic activation: only the selected tab is in the Tab order (roving
 * tabindex); Left and Right arrows (wrapping), Home and End move to a tab and select it.
 */
export function TabBar<Id extends string>({ label, tabs, selected, onSelect, idBase }: TabBarProps<Id>) {
  const look = useUiLook();
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = nextTab(event.key, tabs, selected);
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  }
  return (
    <div className={classNames(look.tabs)}>
      <div role="tablist" aria-label={label} className={classNames(look.tabList)} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(node) => {
              if (node) refs.current.set(tab.id, node);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabId(idBase, tab.id)}
            aria-selected={tab.id === selected}
            aria-controls={tabPanelId(idBase, tab.id)}
            tabIndex={tab.id === selected ? 0 : -1}
            className={classNames(look.tab, tab.id === selected && look.tabSelected)}
            onClick={() => onSelect(tab.id)}
          >
            <span className={classNames(look.tabLabel)}>{tab.label}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
