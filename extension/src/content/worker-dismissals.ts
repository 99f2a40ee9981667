import type { PromptDismissals } from '../meeting-form/meeting-form.ts';
import type { IntegrationContext } from './integration.ts';

/** The extension keeps dismissals in the service worker (chrome.storage.local); the card asks it by message. */
export function workerDismissals(send: IntegrationContext['send']): PromptDismissals {
  return {
    get: async (series) => (await send({ type: 'netverk/get-dismissed', series })).ids,
    add: async (series, promptId) => {
      await send({ type: 'netverk/dismiss-prompt', series, promptId });
    },
  };
}
