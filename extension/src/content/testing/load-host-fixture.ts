import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CardModule, MeetingCardHandle } from '../card-module.ts';
import type { IntegrationContext } from '../integration.ts';

/** The saved host pages the integrations are tested against. */
export const hostFixtureDir = resolve(import.meta.dirname, '../../../../tests/fixtures/hosts');

export function readHostFixture(name: string): string {
  return readFileSync(resolve(hostFixtureDir, name), 'utf8');
}

/**
 * Replaces the test document with a fixture page (its scripts do not run) at the given URL.
 * Test files using it run under `// @vitest-environment happy-dom`.
 */
export function loadHostFixture(name: string, url: string): Document {
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);
  const parsed = new DOMParser().parseFromString(readHostFixture(name), 'text/html');
  const next = document.adoptNode(parsed.documentElement);
  document.documentElement.remove();
  document.append(next);
  return document;
}

/** A recorded fake of the card bundle and the worker, for integration tests without a browser. */
export function createFakeContext(overrides: Partial<IntegrationContext> = {}) {
  const shown: Array<{ draftTitle: string; destroyed: boolean }> = [];
  const handles: MeetingCardHandle[] = [];
  const card: CardModule = {
    showMeetingCard(options) {
      const host = options.doc.createElement('div');
      host.setAttribute('data-netverk', 'overlay');
      options.doc.body.append(host);
      const entry = { draftTitle: '', destroyed: false };
      shown.push(entry);
      const handle: MeetingCardHandle = {
        isMounted: () => host.isConnected,
        remount: () => options.doc.body.append(host),
        destroy: () => {
          entry.destroyed = true;
          host.remove();
        },
        update: (draft) => {
          entry.draftTitle = draft.title;
        },
      };
      handles.push(handle);
      return handle;
    },
    showThemeChecklist(options) {
      const host = options.doc.createElement('div');
      host.setAttribute('data-netverk', 'overlay');
      options.doc.body.append(host);
      return {
        isMounted: () => host.isConnected,
        remount: () => options.doc.body.append(host),
        destroy: () => host.remove(),
      };
    },
  };
  const ctx: IntegrationContext = {
    locale: 'en',
    keywords: [],
    promptsEnabled: true,
    disabledPrompts: [],
    now: () => new Date('2026-11-20T12:00:00Z'),
    loadCard: async () => card,
    send: (async () => ({ ok: true, ids: [], count: 1 })) as IntegrationContext['send'],
    cardRequests: new EventTarget(),
    ...overrides,
  };
  return { ctx, shown, handles };
}

/** Waits past the integrations' debounce and any pending card load. */
export function settle(ms = 400): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
