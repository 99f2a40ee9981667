import { type ComponentType, StrictMode, useSyncExternalStore } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { UiLookProvider } from '../../../shared/ui/index.ts';
import { pagesLook } from '../pages/pages-look.ts';
import type { DraftSession, DraftSessionState } from './draft-session.ts';
import type { IslandProps } from './island-props.ts';

const roots = new Map<HTMLElement, { root: Root; View: ComponentType<IslandProps> }>();

/** Renders a React part of the popup into its element (again, with new props, when the language changes). */
export function renderIsland(
  element: HTMLElement,
  View: ComponentType<IslandProps>,
  props: IslandProps,
): void {
  let mounted = roots.get(element);
  if (!mounted) {
    mounted = { root: createRoot(element), View };
    roots.set(element, mounted);
  }
  const Mounted = mounted.View;
  mounted.root.render(
    <StrictMode>
      <UiLookProvider look={pagesLook}>
        <Mounted {...props} />
      </UiLookProvider>
    </StrictMode>,
  );
}

/** Every mounted part again with new props (the language changed). */
export function rerenderIslands(props: IslandProps): void {
  for (const [element, { View }] of roots) renderIsland(element, View, props);
}

/** The draft as it stands, for a React part: re-renders on every change the session reports. */
export function useDraftState(session: DraftSession): DraftSessionState {
  return useSyncExternalStore(session.subscribe, session.state);
}
