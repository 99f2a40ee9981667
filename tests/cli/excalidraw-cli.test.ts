import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { builtInTemplates } from '../../shared/index.ts';
import { participantDot, participantNote } from '../excalidraw/participant-elements.ts';
import { createFakeIo } from './fake-io.ts';

async function run(argv: string[], files: Record<string, string> = {}) {
  const fake = createFakeIo(files);
  const code = await runCli(argv, fake.io);
  return { code, ...fake, out: fake.stdout(), err: fake.stderr() };
}

type Element = {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  customData?: Record<string, string>;
};

/** A generated file with a note added inside the named zone, as Excalidraw saves it. */
function withNote(file: string, zoneId: string, text: string, header = true): string {
  const scene = JSON.parse(file) as { elements: Element[] };
  const zone = scene.elements.find((e) => e.customData?.role === 'zone' && e.customData.zoneId === zoneId);
  if (!zone) throw new Error(`no zone ${zoneId}`);
  const at = { x: zone.x + zone.width / 2 - 80, y: zone.y + zone.height / 2 - 60 };
  const elements = [...scene.elements, ...participantNote('n1', text, at), participantDot('dot', at)];
  return JSON.stringify(
    header ? { ...scene, elements } : { elements, files: {}, appState: {}, scrollToContent: true },
  );
}

describe('Excalidraw files from the command line', () => {
  it('plan --format excalidraw writes a scene Excalidraw opens', async () => {
    const { code, out } = await run(['plan', 'theme-canvas', '--format', 'excalidraw', '--lang', 'da']);
    expect(code).toBe(0);
    const scene = JSON.parse(out);
    expect(scene).toMatchObject({ type: 'excalidraw', version: 2 });
    expect(scene.elements.find((e: { type: string }) => e.type === 'frame').customData.board.createdAt).toBe(
      '2026-11-22T10:00:00.000Z',
    );
  });

  it('pack writes every template as .excalidraw too', async () => {
    const { code, written } = await run(['pack', '--out', 'p', '--lang', 'sv']);
    expect(code).toBe(0);
    for (const template of builtInTemplates) expect(written.has(`p/${template.id}.excalidraw`)).toBe(true);
  });

  it('session writes the session board, and harvest reads notes back by content, also from .whiteboard', async () => {
    const made = await run([
      'session',
      'unfold-the-theme',
      '--out',
      's',
      '--participants',
      '14',
      '--lang',
      'da',
    ]);
    expect(made.code).toBe(0);
    const file = made.written.get('s/unfold-the-theme.excalidraw') ?? '';
    const scene = JSON.parse(file) as { elements: Element[] };
    const zone = scene.elements.find((e) => e.customData?.role === 'zone');
    const zoneId = zone?.customData?.zoneId ?? '';
    for (const [name, header] of [
      ['board.excalidraw', true],
      ['saved-by-nextcloud.whiteboard', false],
      ['no-extension', true],
    ] as const) {
      const { code, out } = await run(['harvest', name, '--format', 'json', '--lang', 'da'], {
        [name]: withNote(file, zoneId, 'Ældre & <b>"q"</b> 😀\nשלום', header),
      });
      expect(code).toBe(0);
      const result = JSON.parse(out);
      const notes = result.boards.flatMap((b: { zones: { zoneId: string; notes: { text: string }[] }[] }) =>
        b.zones.filter((z) => z.zoneId === zoneId).flatMap((z) => z.notes.map((n) => n.text)),
      );
      expect(notes).toContain('Ældre & <b>"q"</b> 😀\nשלום');
    }
  });

  it('harvest --format minutes --out FILE writes the minutes as a file', async () => {
    const plan = await run(['plan', 'theme-canvas', '--format', 'excalidraw', '--lang', 'sv']);
    const scene = JSON.parse(plan.out) as { elements: Element[] };
    const zoneId = scene.elements.find((e) => e.customData?.role === 'zone')?.customData?.zoneId ?? '';
    const { code, out, written } = await run(
      ['harvest', 'board.excalidraw', '--format', 'minutes', '--out', 'minutes.md', '--lang', 'sv'],
      { 'board.excalidraw': withNote(plan.out, zoneId, 'En lapp från mötet') },
    );
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(written.get('minutes.md')).toMatch(/^# Minnesanteckningar|^# /);
    expect(written.get('minutes.md')).toContain('En lapp från mötet');
  });

  it.each([
    ['{"type":"excalidraw","elements":{}}', /\$\.elements: Tegningen har ingen liste over elementer\./],
    ['{"type":"tldraw","elements":[]}', /\$\.type: Det er ikke en Excalidraw-tegning/],
    ['{"type":"excalidraw","elements":[', /ikke gyldig JSON/],
  ])('a broken board file is one clear error in the user’s language (%s)', async (file, message) => {
    const { code, err } = await run(['harvest', 'b.excalidraw', '--lang', 'da'], { 'b.excalidraw': file });
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });
});
