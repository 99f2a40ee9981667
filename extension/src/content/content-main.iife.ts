import { parseLocale } from '../../../shared/index.ts';
import { defaultSettings } from '../storage/default-settings.ts';
import type { CardModule } from './card-module.ts';
import type { IntegrationContext } from './integration.ts';
import { integrations } from './integrations.ts';
import { runIntegrations } from './run-integrations.ts';
import { isShowCardMessage, sendRequest } from './runtime-messages.ts';

/**
 * The content script on calendar pages and the user's intranet sites: small on purpose. It asks the
 * worker for the settings, starts the matching integrations, and loads the card bundle only when one
 * is needed.
 */
async function loadCard(): Promise<CardModule> {
  if (!globalThis.netverkCard) await sendRequest({ type: 'netverk/load-card' });
  if (!globalThis.netverkCard) throw new Error('card bundle did not register');
  return globalThis.netverkCard;
}

async function main(): Promise<void> {
  // Injected twice (a manifest match and an intranet registration) must still mean one instance.
  const marker = '__netverkContentStarted';
  const g = globalThis as Record<string, unknown>;
  if (g[marker]) return;
  g[marker] = true;
  const cardRequests = new EventTarget();
  // Listen before the settings are read: the popup's request must be answered even while the
  // browser is slow to answer for the policy; the integrations hear it once they run.
  let ready = false;
  let pending = false;
  chrome.runtime.onMessage.addListener((message, _sender, respond) => {
    if (!isShowCardMessage(message)) return false;
    if (ready) cardRequests.dispatchEvent(new Event('show-card'));
    else pending = true;
    respond({ ok: true });
    return false;
  });
  // The worker reads and checks the settings (and waits for IT's policy) once for every page.
  const settings = await sendRequest({ type: 'netverk/get-settings' }).then(
    (answer) => answer?.settings ?? defaultSettings,
    () => defaultSettings,
  );
  const ctx: IntegrationContext = {
    locale: settings.language ?? parseLocale(chrome.i18n.getUILanguage()),
    keywords: settings.keywords,
    workshopKeywords: settings.workshopKeywords,
    promptsEnabled: settings.promptsEnabled,
    disabledPrompts: settings.disabledPrompts,
    now: () => new Date(),
    loadCard,
    send: sendRequest,
    cardRequests,
  };
  runIntegrations(integrations, ctx, window, new AbortController().signal);
  ready = true;
  if (pending) cardRequests.dispatchEvent(new Event('show-card'));
}

void main();
