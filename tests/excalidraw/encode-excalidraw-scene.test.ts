import danish from 'hyphen/da';
import { describe, expect, it } from 'vitest';
import { boundTextRoom } from '../../shared/excalidraw/bound-text-box.ts';
import type { ExcalidrawElement } from '../../shared/excalidraw/excalidraw-scene.ts';
import {
  builtInSessions,
  builtInTemplates,
  encodeExcalidrawScene,
  generatedBoardSchema,
  type Locale,
  layoutSession,
  layoutTemplate,
  locales,
} from '../../shared/index.ts';

const templateScenes = builtInTemplates.flatMap((template) =>
  locales.map((locale) => {
    const plan = layoutTemplate(template, { locale, participants: 5, theme: 'Ensomhed & <b>"q"</b>' });
    return [`${template.id} (${locale})`, plan, encodeExcalidrawScene(plan)] as const;
  }),
);

function sessionPlan(locale: Locale) {
  const session = builtInSessions[0];
  if (!session) throw new Error('no sessions');
  return layoutSession(session, { locale, participants: 14 });
}

describe('encodeExcalidrawScene', () => {
  it('is deterministic: the same plan gives the same file, byte for byte', () => {
    const plan = layoutTemplate(builtInTemplates[0] as never, { locale: 'da' });
    expect(JSON.stringify(encodeExcalidrawScene(plan))).toBe(JSON.stringify(encodeExcalidrawScene(plan)));
    const other = layoutTemplate(builtInTemplates[1] as never, { locale: 'da' });
    const ids = new Set(encodeExcalidrawScene(plan).elements.map((e) => e.id));
    expect(encodeExcalidrawScene(other).elements.some((e) => ids.has(e.id))).toBe(false);
  });

  it('writes the header Excalidraw and Nextcloud Whiteboard read', () => {
    const [, , scene] = templateScenes[0] ?? [];
    expect(scene).toMatchObject({ type: 'excalidraw', version: 2, files: {}, scrollToContent: true });
    expect(typeof scene?.source).toBe('string');
  });

  it.each(templateScenes)(
    '%s: every element is complete and every link has both ends',
    (_name, plan, scene) => {
      const byId = new Map<string, ExcalidrawElement>(scene.elements.map((e) => [e.id, e]));
      expect(byId.size).toBe(scene.elements.length);
      const indices = scene.elements.map((e) => e.index);
      expect([...indices].sort()).toEqual(indices);
      expect(new Set(indices).size).toBe(indices.length);
      for (const element of scene.elements) {
        expect(Number.isInteger(element.seed) && element.seed > 0).toBe(true);
        expect(element.version).toBeGreaterThan(0);
        if (element.frameId !== null) expect(byId.get(element.frameId)?.type).toBe('frame');
        for (const bound of element.boundElements ?? []) {
          const other = byId.get(bound.id);
          expect(other?.type).toBe(bound.type);
          if (bound.type === 'text') expect(other?.containerId).toBe(element.id);
          else expect([other?.startBinding?.elementId, other?.endBinding?.elementId]).toContain(element.id);
        }
        if (element.type === 'text') {
          expect(element.fontFamily).toBe(9);
          expect(element.text).toBe(element.originalText);
          if (element.containerId) {
            const container = byId.get(element.containerId);
            expect(container?.boundElements).toContainEqual({ type: 'text', id: element.id });
            // Excalidraw grows a container whose text does not fit its room: nothing may outgrow it.
            const room = boundTextRoom(container as ExcalidrawElement);
            expect(element.width).toBeLessThanOrEqual(room.width + 1e-6);
            expect(element.height).toBeLessThanOrEqual(room.height + 1e-6);
          }
        }
        if (element.type === 'arrow') {
          expect(byId.get(element.startBinding?.elementId ?? '')?.boundElements).toContainEqual({
            type: 'arrow',
            id: element.id,
          });
          expect(byId.get(element.endBinding?.elementId ?? '')?.boundElements).toContainEqual({
            type: 'arrow',
            id: element.id,
          });
        }
      }
      const frames = scene.elements.filter((e) => e.type === 'frame');
      expect(frames.map((f) => f.name)).toEqual(
        plan.items.flatMap((item) => (item.kind === 'frame' ? [item.props.title] : [])),
      );
      const zones = scene.elements.filter((e) => e.customData?.role === 'zone');
      expect(zones.map((z) => z.customData?.zoneId)).toEqual(
        plan.items.flatMap((item) => (item.meta.role === 'zone' ? [item.meta.zoneId] : [])),
      );
    },
  );

  it('keeps the board record on the first frame, zone titles included', () => {
    const plan = layoutTemplate(builtInTemplates[0] as never, { locale: 'sv' });
    const scene = encodeExcalidrawScene(plan, { boardId: 'b1', now: () => new Date('2026-03-01T10:00:00Z') });
    const record = generatedBoardSchema.parse(scene.elements[0]?.customData?.board);
    expect(record).toMatchObject({
      id: 'b1',
      templateId: plan.templateId,
      locale: 'sv',
      frameId: `b1-${plan.items[0]?.id}`,
    });
    expect(record.createdAt).toBe('2026-03-01T10:00:00.000Z');
    expect(Object.keys(record.zoneTitles ?? {}).length).toBeGreaterThan(0);
    expect(scene.elements.every((e) => e.updated === Date.parse('2026-03-01T10:00:00Z'))).toBe(true);
  });

  it.each(locales)('a session (%s) keeps its block frames in the record', (locale) => {
    const plan = sessionPlan(locale);
    const scene = encodeExcalidrawScene(plan, {
      session: { sessionId: plan.templateId, participants: 14 },
    });
    const record = generatedBoardSchema.parse(
      scene.elements.find((e) => e.type === 'frame')?.customData?.board,
    );
    const frameIds = new Set(scene.elements.filter((e) => e.type === 'frame').map((e) => e.id));
    expect(record.session?.frames.length).toBeGreaterThan(1);
    for (const frame of record.session?.frames ?? []) expect(frameIds.has(frame.frameId)).toBe(true);
  });

  it('keeps text as the plan had it beside the lines it shows', () => {
    const long = 'Et meget langt svar, der skal brydes over flere linjer i sedlen, fordi den er smal';
    const plan = layoutTemplate(builtInTemplates[0] as never, {
      locale: 'da',
      notes: {
        [String(
          layoutTemplate(builtInTemplates[0] as never, { locale: 'da' }).items.find(
            (i) => i.meta.role === 'zone',
          )?.meta.zoneId,
        )]: [long],
      },
    });
    const text = encodeExcalidrawScene(plan).elements.find((e) => e.customData?.text === long);
    expect(text?.text).toContain('\n');
    expect(text?.customData?.shown).toBe(text?.text);
  });
});

describe('the language of the plan', () => {
  // A Danish compound too long for a sticky's width: the file breaks it at Danish syllables, as the
  // board and the poster do, not wherever the width runs out.
  const word = 'Tværkommunalsamarbejdskoordinationsudvalgsformandskabet';
  const syllableEnds = new Set(
    danish
      .hyphenateSync(word, { hyphenChar: '|' })
      .split('|')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('').length),
  );

  it('breaks a long word only where the plan’s language breaks it', () => {
    const blank = layoutTemplate(builtInTemplates[0] as never, { locale: 'da' });
    const zone = String(blank.items.find((i) => i.meta.role === 'zone')?.meta.zoneId);
    const plan = layoutTemplate(builtInTemplates[0] as never, { locale: 'da', notes: { [zone]: [word] } });
    const shown = encodeExcalidrawScene(plan).elements.find((e) => e.customData?.text === word)?.text ?? '';
    const lines = shown.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(shown.replace(/-\n/g, '')).toBe(word);
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.replace(/-$/, '').length;
      expect(syllableEnds, `a break after "${word.slice(0, at)}"`).toContain(at);
    }
  });
});
