import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { boundTextRoom } from '../../shared/excalidraw/bound-text-box.ts';
import {
  type BoardPlan,
  builtInSessions,
  builtInTemplates,
  type ExcalidrawElement,
  type ExcalidrawFile,
  encodeExcalidrawScene,
  harvestReading,
  type Locale,
  layoutSession,
  layoutTemplate,
  locales,
  parseBoardFileText,
} from '../../shared/index.ts';
import { createFakeIo } from '../cli/fake-io.ts';
import { buildExcalidrawPage } from './build-excalidraw-page.ts';
import type { ExcalidrawPage } from './excalidraw-page/excalidraw-page.ts';
import { launchChromium } from './launch-chromium.ts';
import { type ServedDirectory, serveDirectory } from './serve-directory.ts';

/**
 * Generated files in the real Excalidraw component (`@excalidraw/excalidraw` 0.18, a devDependency)
 * in Chromium: every element restored where it was written, no bound text re-wrapped and no container
 * outgrown when Excalidraw measures with its own font, a drawn canvas, the scene it saves decoding to
 * the same zones, and notes added through Excalidraw's API harvested back exactly by `netverk harvest`.
 * Nothing is fetched from the network: the fonts come from the test's own server.
 */
let browser: Browser;
let page: Page;
let server: ServedDirectory;
let removePage = () => {};
const blocked: string[] = [];

beforeAll(async () => {
  const built = await buildExcalidrawPage();
  removePage = built.remove;
  server = await serveDirectory(built.dir);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => 'excalidrawPage' in window);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removePage();
});

type Page_ = ExcalidrawPage;
const call = <K extends keyof Page_>(name: K, ...args: Parameters<Page_[K]>) =>
  page.evaluate(
    ({ name, args }) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's API, typed by ExcalidrawPage.
      (window as any).excalidrawPage[name](...args),
    { name, args },
  ) as Promise<Awaited<ReturnType<Page_[K]>>>;

function sessionPlan(locale: Locale): BoardPlan {
  const session = builtInSessions[0];
  if (!session) throw new Error('no sessions');
  return layoutSession(session, { locale, participants: 14 });
}

const files: [string, BoardPlan][] = [
  ...builtInTemplates.flatMap((template) =>
    locales.map(
      (locale) =>
        [
          `${template.id} (${locale})`,
          layoutTemplate(template, { locale, participants: 5, theme: 'Ensomhed & <b>"q"</b>' }),
        ] as [string, BoardPlan],
    ),
  ),
  ...locales.map(
    (locale) => [`session ${builtInSessions[0]?.id} (${locale})`, sessionPlan(locale)] as [string, BoardPlan],
  ),
];

/** Zones as the harvest sees them: board, zone id and title, in reading order. */
function zonesOf(text: string, locale: Locale) {
  const decoded = parseBoardFileText(text, locale);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const outcome = harvestReading(decoded.reading);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result.boards.map((b) => ({
    board: b.boardId,
    title: b.title,
    zones: b.zones.map((z) => [z.zoneId, z.title]),
  }));
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

describe('generated files in the real Excalidraw', () => {
  it.each(files)(
    '%s opens as written, measured with Excalidraw’s own font',
    async (_name, plan) => {
      const file: ExcalidrawFile = encodeExcalidrawScene(plan);
      const text = JSON.stringify(file);
      const opened = await call('open', text);
      expect(opened.liberationLoaded).toBe(true);
      expect(opened.ink).toBeGreaterThan(2_000);
      const restored = new Map(opened.elements.map((e) => [e.id, e as unknown as ExcalidrawElement]));
      expect(opened.elements.filter((e) => !e.isDeleted)).toHaveLength(file.elements.length);
      for (const ours of file.elements) {
        const theirs = restored.get(ours.id);
        expect(theirs, ours.id).toBeDefined();
        if (!theirs) continue;
        expect(
          [theirs.x, theirs.y, theirs.width, theirs.height].every((v, i) =>
            close(v, [ours.x, ours.y, ours.width, ours.height][i] as number),
          ),
          `${ours.id} moved or resized`,
        ).toBe(true);
        if (ours.type === 'text') expect(theirs.text).toBe(ours.text);
      }
      // Excalidraw re-measures text with its own font when anything changes: nothing may re-wrap or outgrow its box.
      const refreshed = new Map(
        (await call('refreshed')).map((e) => [e.id, e as unknown as ExcalidrawElement]),
      );
      for (const ours of file.elements) {
        if (ours.type !== 'text') continue;
        const theirs = refreshed.get(ours.id);
        expect(theirs?.text, `${ours.id} re-wrapped`).toBe(ours.text);
        const container = ours.containerId ? refreshed.get(ours.containerId) : undefined;
        if (!container || !theirs) continue;
        const room = boundTextRoom(container);
        expect(theirs.height, `${ours.id} taller than its container allows`).toBeLessThanOrEqual(
          room.height + 0.5,
        );
        expect(theirs.width, `${ours.id} wider than its container allows`).toBeLessThanOrEqual(
          room.width + 0.5,
        );
      }
      // What Excalidraw saves decodes to the same boards and zones.
      expect(zonesOf(await call('serialize'), plan.locale)).toEqual(zonesOf(text, plan.locale));
    },
    60_000,
  );

  const hostile = [
    '<b>&"q"</b>',
    'Ældre 😀 👩‍👩‍👧 næste gang',
    'שלום עולם',
    'line one\nline two\n\nline four',
  ];

  it.each(files.filter(([name]) => name.startsWith('theme-canvas') || name.startsWith('session')))(
    '%s: notes added in Excalidraw come back exactly, in their zones, from netverk harvest',
    async (_name, plan) => {
      const file = encodeExcalidrawScene(plan);
      await call('open', JSON.stringify(file));
      const zones = file.elements.filter((e) => e.customData?.role === 'zone');
      const smallestAt = (x: number, y: number) =>
        zones
          .filter((z) => x >= z.x && y >= z.y && x <= z.x + z.width && y <= z.y + z.height)
          .sort((a, b) => a.width * a.height - b.width * b.height)[0]?.customData?.zoneId;
      const notes = zones.slice(0, 6).flatMap((zone, n) => {
        const x = zone.x + zone.width / 2;
        const y = zone.y + zone.height / 2;
        return [{ text: `${hostile[n % hostile.length]} ${n}`, x, y, zoneId: smallestAt(x, y) }];
      });
      await call(
        'addNotes',
        notes.map(({ text, x, y }) => ({ text, x, y })),
      );
      mkdirSync('test-results/excalidraw', { recursive: true });
      await page.screenshot({ path: `test-results/excalidraw/${plan.templateId}-${plan.locale}.png` });
      const fake = createFakeIo({ 'board.excalidraw': await call('serialize') });
      const code = await runCli(
        ['harvest', 'board.excalidraw', '--format', 'json', '--lang', plan.locale],
        fake.io,
      );
      expect(fake.stderr()).toBe('');
      expect(code).toBe(0);
      const result = JSON.parse(fake.stdout()) as {
        boards: { zones: { zoneId: string; notes: { text: string }[] }[] }[];
        unplaced: unknown[];
      };
      expect(result.unplaced).toEqual([]);
      const harvested = result.boards.flatMap((b) =>
        b.zones.flatMap((z) => z.notes.map((note) => [z.zoneId, note.text])),
      );
      expect(harvested.sort()).toEqual(notes.map((note) => [note.zoneId, note.text]).sort());
    },
    60_000,
  );

  it('fetched nothing from the network', () => {
    expect(blocked).toEqual([]);
  });
});
