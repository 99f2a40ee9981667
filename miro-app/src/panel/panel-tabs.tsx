import { type KeyboardEvent, useRef } from 'react';

export interface PanelTab<Id extends string> {
  id: Id;
  label: string;
}

interface PanelTabsProps<Id extends string> {
  tabs: readonly PanelTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
}

/** ARIA tabs in mirotone's look: arrow keys, Home and End move between tabs (roving tabindex). */
export function PanelTabs<Id extends string>({ tabs, selected, onSelect, label }: PanelTabsProps<Id>) {
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const target = nextIndex(event.key, index, tabs.length);
    const tab = target === undefined ? undefined : tabs[target];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  }
  return (
    <div className="tabs">
      <div className="tabs-header-list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(node) => {
              if (node) refs.current.set(tab.id, node);
            }}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={tab.id === selected}
            aria-controls={tabPanelId(tab.id)}
            tabIndex={tab.id === selected ? 0 : -1}
            className={tab.id === selected ? 'tab tab-active' : 'tab'}
            onClick={() => onSelect(tab.id)}
          >
            <span className="tab-text">{tab.label}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

export function tabId(id: string): string {
  return `netverk-tab-${id}`;
}

export function tabPanelId(id: string): string {
  return `netverk-tabpanel-${id}`;
}

function nextIndex(key: string, index: number, count: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowLeft: index - 1,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined ? undefined : (target + count) % count;
}
