import { type KeyboardEvent, useRef } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

/** The id of a tab's panel, for `aria-controls` and the panel's own id. */
export const panelId = (id: string) => `panel-${id}`;
export const tabId = (id: string) => `tab-${id}`;

/** ARIA tabs: one tab in the Tab order; arrows, Home and End move and select (automatic activation). */
export function TabBar<T extends string>(props: {
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect(id: T): void;
}) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  function onKeyDown(event: KeyboardEvent) {
    const index = props.tabs.findIndex((tab) => tab.id === props.selected);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: props.tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = props.tabs[(target + props.tabs.length) % props.tabs.length];
    if (!next) return;
    props.onSelect(next.id);
    refs.current.get(next.id)?.focus();
  }
  return (
    <div role="tablist" aria-label={props.label} className="tab-bar" onKeyDown={onKeyDown}>
      {props.tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(element) => {
            if (element) refs.current.set(tab.id, element);
          }}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-selected={tab.id === props.selected}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === props.selected ? 0 : -1}
          onClick={() => props.onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
