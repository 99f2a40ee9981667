import { showMeetingCard } from './card/meeting-card.ts';
import { showThemeChecklist } from './card/theme-checklist.ts';
import type { CardModule } from './card-module.ts';

/**
 * The card bundle, injected by the service worker into the content script's isolated world on first
 * need. It registers itself where the matcher looks; the page (another world) cannot see it.
 */
const card: CardModule = { showMeetingCard, showThemeChecklist };
globalThis.netverkCard ??= card;
