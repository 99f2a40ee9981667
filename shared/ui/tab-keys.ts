/**
 * The pure rules of WAI-ARIA tabs with automatic activation, apart from React, so a page can paint
 * its tabs before React loads (the extension's popup) and behave exactly as `TabBar` does.
 */
export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
}

export function tabId(idBase: string, id: string): string {
  return `${idBase}-tab-${id}`;
}

/** The id of a tab's panel: the panel's own `id`, and the tab's `aria-controls`. */
export function tabPanelId(idBase: string, id: string): string {
  return `${idBase}-tabpanel-${id}`;
}

/** The attributes a tab's panel needs to be named by its tab. */
export function tabPanelProps(idBase: string, id: string) {
  return { role: 'tabpanel', id: tabPanelId(idBase, id), 'aria-labelledby': tabId(idBase, id) } as const;
}

/** The tab a key moves to (Left and Right wrap, Home, End), or undefined for any other key. */
export function nextTab<Id extends string>(
  key: string,
  tabs: readonly TabSpec<Id>[],
  selected: Id,
): TabSpec<Id> | undefined {
  const index = tabs.findIndex((tab) => tab.id === selected);
  const moves: Readonly<Record<string, number>> = {
    ArrowRight: index + 1,
    ArrowLeft: index - 1,
    Home: 0,
    End: tabs.length - 1,
  };
  const target = moves[key];
  return target === undefined ? undefined : tabs[(target + tabs.length) % tabs.length];
}
