import { describe, expect, it } from 'vitest';
import type { Integration, IntegrationContext } from './integration.ts';
import { runIntegrations } from './run-integrations.ts';

/** A window with just what the runner uses: a location, a Navigation API target, popstate. */
function fakeWindow(href: string) {
  const navigation = new EventTarget();
  const events = new EventTarget();
  const win = {
    location: { href },
    document: {},
    navigation,
    addEventListener: events.addEventListener.bind(events),
  };
  const go = (next: string) => {
    const navigate = Object.assign(new Event('navigate'), { destination: { url: next } });
    navigation.dispatchEvent(navigate);
    win.location.href = next;
    navigation.dispatchEvent(new Event('currententrychange'));
  };
  return { win: win as unknown as Window, go };
}

function recorder(id: string, match: (url: URL) => boolean, log: string[]): Integration {
  return {
    id,
    matches: (url) => match(url),
    init(signal) {
      log.push(`start ${id}`);
      signal.addEventListener('abort', () => log.push(`stop ${id}`));
    },
  };
}

const ctx = {} as IntegrationContext;

describe('runIntegrations', () => {
  it('starts the matching integrations in order and restarts them on each navigation', () => {
    const log: string[] = [];
    const { win, go } = fakeWindow('https://calendar.google.com/calendar/r');
    const list = [
      recorder('editor', (url) => url.pathname.includes('eventedit'), log),
      recorder('any', () => true, log),
    ];
    runIntegrations(list, ctx, win, new AbortController().signal);
    expect(log).toEqual(['start any']);
    go('https://calendar.google.com/calendar/r/eventedit/abc');
    expect(log).toEqual(['start any', 'stop any', 'start editor', 'start any']);
  });

  it('ignores a navigation to the same URL and stops everything when its own signal aborts', () => {
    const log: string[] = [];
    const { win, go } = fakeWindow('https://outlook.office.com/calendar');
    const stop = new AbortController();
    runIntegrations([recorder('one', () => true, log)], ctx, win, stop.signal);
    go('https://outlook.office.com/calendar');
    expect(log).toEqual(['start one']);
    stop.abort();
    expect(log).toEqual(['start one', 'stop one']);
    go('https://outlook.office.com/calendar/view/month');
    expect(log).toEqual(['start one', 'stop one']);
  });

  it('keeps going when one integration throws', () => {
    const log: string[] = [];
    const { win } = fakeWindow('https://intranet.example.org/');
    const broken: Integration = {
      id: 'broken',
      matches: () => true,
      init: () => {
        throw new Error('boom');
      },
    };
    const warn = console.warn;
    console.warn = () => {};
    runIntegrations([broken, recorder('next', () => true, log)], ctx, win, new AbortController().signal);
    console.warn = warn;
    expect(log).toEqual(['start next']);
  });
});
