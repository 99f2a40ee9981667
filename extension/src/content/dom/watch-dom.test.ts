// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { settle } from '../../../../tests/fixtures/load-host-fixture.ts';
import { watchDom } from './watch-dom.ts';

const options = { childList: true, subtree: true, attributes: true };

describe('watchDom', () => {
  it('checks once for a storm of mutations, and again for later ones', async () => {
    let checks = 0;
    const stop = new AbortController();
    watchDom(document.body, options, () => checks++, 30, stop.signal);
    for (let i = 0; i < 500; i++) document.body.append(document.createElement('span'));
    document.body.replaceChildren();
    await settle(80);
    expect(checks).toBe(1);
    document.body.setAttribute('data-x', '1');
    await settle(80);
    expect(checks).toBe(2);
    stop.abort();
  });

  it('checks on a poke, and never after abort', async () => {
    let checks = 0;
    const stop = new AbortController();
    const { poke } = watchDom(document.body, options, () => checks++, 30, stop.signal);
    poke();
    poke();
    await settle(80);
    expect(checks).toBe(1);
    poke();
    stop.abort();
    document.body.append(document.createElement('p'));
    await settle(80);
    expect(checks).toBe(1);
  });
});
