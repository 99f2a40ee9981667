// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeFileName } from '../../shared/index.ts';
import { downloadFile } from '../../shared/ui/index.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** Records what the hidden link looked like when it was clicked. */
function watchClicks() {
  const clicks: { download: string; href: string; hidden: boolean; parent: Node | null }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({
      download: this.download,
      href: this.href,
      hidden: this.hidden === true,
      parent: this.parentNode,
    });
  });
  return clicks;
}

describe('downloadFile', () => {
  it('clicks a hidden link to a Blob of the text, then removes the link and later revokes the URL', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:netverk/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks = watchClicks();
    downloadFile({
      fileName: 'netverk-harvest.csv',
      type: 'text/csv;charset=utf-8',
      text: 'Zone;Note\nÆble;ø',
    });
    expect(clicks).toEqual([
      { download: 'netverk-harvest.csv', href: 'blob:netverk/1', hidden: true, parent: document.body },
    ]);
    expect(document.querySelector('a')).toBeNull();
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('Zone;Note\nÆble;ø');
    // Revoking at once can cancel the download: only after a while.
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revoke).toHaveBeenCalledWith('blob:netverk/1');
  });

  it('puts the link where it is told, e.g. inside a shadow root the page cannot see', () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:netverk/2');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const clicks = watchClicks();
    downloadFile({ fileName: 'series.ics', type: 'text/calendar', text: 'BEGIN:VCALENDAR' }, shadow);
    expect(clicks[0]?.parent).toBe(shadow);
    expect(shadow.querySelector('a')).toBeNull();
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });
});

// The draft export names its files with the core's safeFileName: letters kept whole, never split by a dash.
describe('draft file names', () => {
  it.each([
    ['Nätverksträff HR', 'Nätverksträff HR.md'],
    ['Ensomhed blandt ældre: hvad nu?', 'Ensomhed blandt ældre hvad nu.md'],
    ['<script>alert("x")</script>', 'script alert( x ) script.md'],
    ['', 'netverk-draft.md'],
    ['   ', 'netverk-draft.md'],
  ])('%j → %s', (title, name) => {
    expect(safeFileName(title, 'md', 'netverk-draft')).toBe(name);
  });

  it('keeps at most 80 characters of a very long title', () => {
    expect(safeFileName('a'.repeat(500), 'json', 'x')).toBe(`${'a'.repeat(80)}.json`);
  });
});
