import type { Locale } from '../../../shared/index.ts';
import type { PagesTranslate } from '../pages/pages-translator.ts';
import type { NetverkDb } from '../storage/netverk-db.ts';
import type { DraftSession } from './draft-session.ts';

export const popupTabs = ['decide', 'canvas', 'workshop', 'drafts'] as const;
export type PopupTab = (typeof popupTabs)[number];

/** What every React part of the popup is given by the plain-DOM shell around it. */
export interface IslandProps {
  locale: Locale;
  t: PagesTranslate;
  session: DraftSession;
  db: NetverkDb | null;
  selectTab(tab: PopupTab): void;
}
