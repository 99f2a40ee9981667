import { dismissalsKey } from '../storage/storage-keys.ts';

// Bounds keep a long-lived profile's storage small: oldest series fall off first.
const maxSeries = 500;
const maxIdsPerSeries = 50;

type Dismissals = Record<string, string[]>;

async function readAll(): Promise<Dismissals> {
  const stored = (await chrome.storage.local.get(dismissalsKey))[dismissalsKey];
  return typeof stored === 'object' && stored !== null ? (stored as Dismissals) : {};
}

export async function getDismissed(series: string): Promise<string[]> {
  const ids = (await readAll())[series];
  return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
}

export async function dismissPrompt(series: string, promptId: string): Promise<void> {
  const all = await readAll();
  const ids = [...new Set([...(all[series] ?? []), promptId])].slice(-maxIdsPerSeries);
  delete all[series];
  all[series] = ids;
  const entries = Object.entries(all).slice(-maxSeries);
  await chrome.storage.local.set({ [dismissalsKey]: Object.fromEntries(entries) });
}
