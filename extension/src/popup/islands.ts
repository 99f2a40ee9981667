import type { ComponentType } from 'react';
import type { IslandProps } from './island-props.ts';

/**
 * The popup's React parts, each loaded only when it is first shown (the canvas tab is plain DOM
 * and needs none of them): a registry, so a new tab is one line here.
 */
export const islands = {
  decide: () => import('./decide-tab.tsx'),
  workshop: () => import('./workshop-tab.tsx'),
  drafts: () => import('./drafts-tab.tsx'),
  export: () => import('./export-island.tsx'),
  footer: () => import('./footer-island.tsx'),
} satisfies Record<string, () => Promise<{ default: ComponentType<IslandProps> }>>;

export type IslandName = keyof typeof islands;
