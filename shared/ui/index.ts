/**
 * The shared UI's one entry: React components both apps use, on top of the core. miro-app/ and
 * extension/ import the UI from here only; the pure core (the rest of shared/) never imports it.
 * Explicit named exports, no `export *`.
 */
export { decisionTitle } from './decision-title.ts';
export { DecisionWizard } from './decision-wizard.tsx';
export { type DownloadableFile, downloadFile } from './download-file.ts';
export { NetworkTypeCard } from './network-type-card.tsx';
export { TabBar } from './tab-bar.tsx';
export { nextTab, type TabSpec, tabId, tabPanelId, tabPanelProps } from './tab-keys.ts';
export { classNames, defaultUiLook, type UiLook, UiLookProvider, useUiLook } from './ui-look.tsx';
export { type UiMessageKey, uiMessages } from './ui-messages.ts';
