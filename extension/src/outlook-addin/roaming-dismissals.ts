import type { PromptDismissals } from '../meeting-form/meeting-form.ts';
import { officeCall } from './office-call.ts';

/** Roaming settings key of the prompts dismissed per series (a hash of the title), as the extension keeps them. */
export const dismissalsKey = 'netverk.dismissed';

// Roaming settings hold 32 KB in all: the oldest series fall off first.
const maxSeries = 100;
const maxIdsPerSeries = 20;

/** Dismissed prompts in the add-in's roaming settings, so they follow the user to every Outlook. */
export function roamingDismissals(settings: Office.RoamingSettings): PromptDismissals {
  const all = (): Record<string, string[]> => {
    const stored = settings.get(dismissalsKey);
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, string[]>) : {};
  };
  return {
    get: async (series) => {
      const ids = all()[series];
      return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
    },
    add: async (series, promptId) => {
      const current = all();
      const ids = [...new Set([...(current[series] ?? []), promptId])].slice(-maxIdsPerSeries);
      delete current[series];
      current[series] = ids;
      settings.set(dismissalsKey, Object.fromEntries(Object.entries(current).slice(-maxSeries)));
      await officeCall<void>((cb) => settings.saveAsync(cb));
    },
  };
}
