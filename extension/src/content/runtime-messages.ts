import type { ExtensionSettings } from '../storage/settings-schema.ts';

/**
 * Messages between the content script, the service worker and the popup. Every request carries a
 * `type`; the service worker answers through one handler per type (background/message-router.ts).
 */
export interface RuntimeRequests {
  /**
   * Content script → worker: the settings in effect, read and checked once in the worker (the user's
   * own and IT's policy), so no page parses them.
   */
  'netverk/get-settings': { request: Record<never, never>; response: { settings: ExtensionSettings } };
  /** Content script → worker: inject the card bundle into the sender's frame. */
  'netverk/load-card': { request: Record<never, never>; response: { ok: boolean } };
  /** Content script → worker: prompt ids the user dismissed for a series. */
  'netverk/get-dismissed': { request: { series: string }; response: { ids: string[] } };
  'netverk/dismiss-prompt': { request: { series: string; promptId: string }; response: { ok: boolean } };
  /** Content script → worker: keep a piece of an intranet page for a theme draft. */
  'netverk/save-theme-snippet': {
    request: { text: string; pageTitle: string; url: string };
    response: { ok: boolean; count: number };
  };
}

export type RuntimeRequestType = keyof RuntimeRequests;
export type RuntimeRequest<T extends RuntimeRequestType = RuntimeRequestType> = {
  type: T;
} & RuntimeRequests[T]['request'];
export type RuntimeResponse<T extends RuntimeRequestType> = RuntimeRequests[T]['response'];

/** Popup → content script (`chrome.tabs.sendMessage`): show the card on this page now. */
export const showCardMessage = { type: 'netverk/show-card' } as const;

export function isShowCardMessage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === showCardMessage.type;
}

/** Sends a typed request to the service worker. */
export function sendRequest<T extends RuntimeRequestType>(
  message: RuntimeRequest<T>,
): Promise<RuntimeResponse<T>> {
  return chrome.runtime.sendMessage(message);
}
