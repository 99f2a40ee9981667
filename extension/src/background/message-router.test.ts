import { describe, expect, it, vi } from 'vitest';
import { type HandlerTable, routeMessages } from './message-router.ts';

function table(): HandlerTable {
  return {
    'netverk/get-settings': vi.fn(async () => ({
      settings: {
        intranetSites: [],
        keywords: [],
        workshopKeywords: [],
        promptsEnabled: true,
        disabledPrompts: [],
      },
    })),
    'netverk/load-card': vi.fn(async () => ({ ok: true })),
    'netverk/get-dismissed': vi.fn(async ({ series }) => ({ ids: [series] })),
    'netverk/dismiss-prompt': vi.fn(async () => {
      throw new Error('storage full');
    }),
    'netverk/save-theme-snippet': vi.fn(async () => ({ ok: true, count: 1 })),
  };
}

const own = { id: 'ours' } as chrome.runtime.MessageSender;

describe('routeMessages', () => {
  it('answers our own senders through the handler for the type', async () => {
    const route = routeMessages(table(), 'ours');
    const answer = await new Promise((resolve) => {
      expect(route({ type: 'netverk/get-dismissed', series: 's1' }, own, resolve)).toBe(true);
    });
    expect(answer).toEqual({ ids: ['s1'] });
  });

  it.each([
    ['another extension', { type: 'netverk/load-card' }, { id: 'theirs' }],
    ['an unknown type', { type: 'netverk/format-disk' }, own],
    ['an inherited key', { type: 'toString' }, own],
    ['no message', null, own],
  ])('ignores %s', (_name, message, sender) => {
    const respond = vi.fn();
    expect(routeMessages(table(), 'ours')(message, sender as chrome.runtime.MessageSender, respond)).toBe(
      false,
    );
    expect(respond).not.toHaveBeenCalled();
  });

  it('answers { ok: false } when a handler fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answer = await new Promise((resolve) => {
      routeMessages(table(), 'ours')(
        { type: 'netverk/dismiss-prompt', series: 's', promptId: 'p' },
        own,
        resolve,
      );
    });
    expect(answer).toEqual({ ok: false });
    warn.mockRestore();
  });
});
