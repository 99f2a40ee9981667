// @vitest-environment happy-dom
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInSessions, type Locale, timeSession } from '../../../shared/index.ts';
import { JobProgressView, restMinutes } from './job-progress-view.tsx';
import { PanelI18nProvider } from './panel-i18n.tsx';
import { RunBlockView } from './run-block-view.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function render(locale: Locale, node: React.ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<PanelI18nProvider locale={locale}>{node}</PanelI18nProvider>));
  return host;
}

describe('RunBlockView', () => {
  const withMaterials = builtInSessions.flatMap((session) =>
    timeSession(session, { locale: 'da', participants: 14, start: '13:00' }).entries.map((entry, i, all) => ({
      entry,
      next: all[i + 1],
      total: all.length,
    })),
  );

  it('shows time, groups, notes, materials and what comes next, in Danish', () => {
    const found = withMaterials.find((x) => x.entry.materials.length > 0 && x.next);
    if (!found) throw new Error('no block with materials');
    const { entry, next, total } = found;
    const host = render(
      'da',
      <RunBlockView entry={entry} next={next} total={total} headingRef={createRef()} />,
    );
    const text = host.textContent ?? '';
    expect(host.querySelector('h2')?.textContent).toBe(`Blok ${entry.index + 1} af ${total}: ${entry.title}`);
    expect(text).toContain(`${entry.clock}–${entry.endClock}`);
    expect(text).toContain(
      entry.groups <= 1
        ? 'Hele gruppen arbejder sammen.'
        : entry.groupSize.min === entry.groupSize.max
          ? `${entry.groups} grupper på ${entry.groupSize.min} personer.`
          : `${entry.groups} grupper på ${entry.groupSize.min}–${entry.groupSize.max} personer.`,
    );
    for (const material of entry.materials) expect(text).toContain(material);
    expect(text).toContain('Materialer');
    expect(text).toContain(`Kl. ${next?.clock}: ${next?.title}`);
  });

  it('gives the group split of a block done in groups', () => {
    const grouped = withMaterials.find((x) => x.entry.groups > 1);
    if (!grouped) throw new Error('no block in groups at 14 people');
    const { entry, next, total } = grouped;
    const host = render(
      'en',
      <RunBlockView entry={entry} next={next} total={total} headingRef={createRef()} />,
    );
    const { min, max } = entry.groupSize;
    expect(host.textContent).toContain(
      `${entry.groups} groups of ${min === max ? min : `${min}–${max}`} people.`,
    );
    expect(host.textContent).not.toMatch(/(\d+)–\1 people/);
  });

  it('says an even split once: “2 groups of 6 people”', () => {
    const even = builtInSessions
      .flatMap((session) => timeSession(session, { locale: 'en', participants: 12 }).entries)
      .find((entry) => entry.groups > 1 && entry.groupSize.min === entry.groupSize.max);
    if (!even) throw new Error('no even split at 12 people');
    const host = render(
      'en',
      <RunBlockView entry={even} next={undefined} total={1} headingRef={createRef()} />,
    );
    expect(host.textContent).toContain(`${even.groups} groups of ${even.groupSize.min} people.`);
  });

  it('says when the last block is reached', () => {
    const last = withMaterials.find((x) => !x.next);
    if (!last) throw new Error('no last block');
    const host = render(
      'sv',
      <RunBlockView entry={last.entry} next={undefined} total={last.total} headingRef={createRef()} />,
    );
    expect(host.textContent).toContain('Det här är sista blocket.');
  });
});

describe('JobProgressView during a rate-limit pause', () => {
  it('counts down the seconds until Miro lets the job go on, and says so once', () => {
    const startedAt = Date.now() - 60_000;
    const progress = { done: 3, total: 10, cancelling: false, pausedUntil: Date.now() + 12_000, startedAt };
    const host = render('en', <JobProgressView progress={progress} onCancel={() => undefined} />);
    expect(host.textContent).toMatch(/Miro asked for a pause\. Continuing in 1[12] seconds…/);
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/Continuing in 1[12] seconds/);
    // 3 items in a minute: the 7 left take 140 s, about 3 minutes.
    expect(host.textContent).toContain('At this pace the rest of the build takes about 3 minutes.');
  });

  it('the estimate comes from the pace so far, and is unknown before the first item', () => {
    expect(restMinutes({ done: 1, total: 115, startedAt: 0 }, 15_000)).toBe(29);
    expect(restMinutes({ done: 100, total: 115, startedAt: 0 }, 1_000)).toBe(1);
    expect(restMinutes({ done: 0, total: 115, startedAt: 0 }, 15_000)).toBeUndefined();
    expect(restMinutes({ done: 115, total: 115, startedAt: 0 }, 15_000)).toBeUndefined();
  });

  it('Cancel says at once that it is cancelling, and the pause goes', () => {
    const progress = { done: 3, total: 10, cancelling: true, pausedUntil: Date.now() + 12_000, startedAt: 0 };
    const host = render('da', <JobProgressView progress={progress} onCancel={() => undefined} />);
    expect(host.querySelector('button')?.textContent).toBe('Annullerer …');
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      'Annullerer: fjerner det, der blev lavet …',
    );
    expect(host.textContent).not.toContain('Fortsætter om');
  });

  it('shows no pause while the job runs', () => {
    const host = render(
      'en',
      <JobProgressView
        progress={{ done: 3, total: 10, cancelling: false, startedAt: 0 }}
        onCancel={() => undefined}
      />,
    );
    expect(host.textContent).not.toContain('pause');
  });
});
