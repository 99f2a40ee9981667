import type { Locale } from '../../../shared/index.ts';
import type { CardModule } from './card-module.ts';
import type { RuntimeRequest, RuntimeRequestType, RuntimeResponse } from './runtime-messages.ts';

/** What an integration gets from the content script: settings, the lazy card, and the worker. */
export interface IntegrationContext {
  locale: Locale;
  /** The user's extra network keywords (from the options page or policy). */
  keywords: readonly string[];
  /** The user's extra workshop keywords; absent means the built-in ones only. */
  workshopKeywords?: readonly string[];
  promptsEnabled: boolean;
  /** Prompt or rule ids the user switched off in the options page, for every meeting. */
  disabledPrompts: readonly string[];
  now(): Date;
  /** Loads the card bundle on first use; the matcher stays small until a card is needed. */
  loadCard(): Promise<CardModule>;
  send<T extends RuntimeRequestType>(message: RuntimeRequest<T>): Promise<RuntimeResponse<T>>;
  /** Fires `show-card` when the user asks for the card from the toolbar. */
  cardRequests: EventTarget;
}

/** One page integration (one file each); `init` must undo everything when `signal` aborts. */
export interface Integration {
  id: string;
  matches(url: URL, doc: Document): boolean;
  init(signal: AbortSignal, ctx: IntegrationContext): void;
}

/** An integration for one product on its own hosts (Outlook, Google): the manifest's hosts come from these. */
export interface HostIntegration extends Integration {
  /** The host names it runs on; the content script is declared for exactly these. */
  hosts: readonly string[];
}

/** Matches a URL on one of `hosts`, for a host integration's `matches`. */
export function onHosts(hosts: readonly string[]): (url: URL) => boolean {
  return (url) => hosts.includes(url.hostname);
}
