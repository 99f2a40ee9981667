import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BoardPlan,
  builtInTemplates,
  encodeExcalidrawScene,
  harvestReading,
  type Locale,
  layoutTemplate,
  parseBoardFileText,
  type Template,
} from '../../shared/index.ts';
import { hostileTexts } from '../fixtures/build-snapshot.ts';
import { templateArbitrary } from '../fixtures/template-arbitrary.ts';
import { participantNote } from './participant-elements.ts';

/** A note someone might type: plain words, hostile markup, emoji, several lines; never blank. */
const noteText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
  fc.constantFrom(...hostileTexts),
);

type Zone = { id: string; x: number; y: number; width: number; height: number };

function zonesOf(plan: BoardPlan): Zone[] {
  return plan.items.flatMap((item) =>
    item.meta.role === 'zone' && item.meta.zoneId ? [{ ...item, id: item.meta.zoneId }] : [],
  );
}

function notesFor(zoneIds: readonly string[]): fc.Arbitrary<Record<string, string[]>> {
  const unique = [...new Set(zoneIds)];
  return fc
    .tuple(...unique.map(() => fc.array(noteText, { maxLength: 3 })))
    .map((lists) => Object.fromEntries(unique.map((id, i) => [id, lists[i] ?? []])));
}

/** The zone a point falls in by the harvest's documented rule: the smallest zone containing it. */
function zoneAt(zones: readonly Zone[], x: number, y: number): string | undefined {
  const containing = zones.filter((z) => x >= z.x && y >= z.y && x <= z.x + z.width && y <= z.y + z.height);
  containing.sort((a, b) => a.width * a.height - b.width * b.height);
  return containing[0]?.id;
}

/**
 * The Excalidraw loop, both ways: the core lays out seeded notes, the encoder writes the file, a
 * participant adds a note to the centre of each zone as Excalidraw saves it, the file goes through
 * JSON text, the decoder reads it into a board reading and the core's harvest finds every note in its
 * zone with its text as typed.
 */
function roundTrip(template: Template, locale: Locale, notes: Record<string, string[]>, added: string) {
  const plan = layoutTemplate(template, { locale, participants: 3, notes });
  const zones = zonesOf(plan);
  const scene = encodeExcalidrawScene(plan);
  const expected = new Map<string, string[]>();
  for (const zone of zones) {
    const list = expected.get(zone.id) ?? [];
    list.push(...(notes[zone.id] ?? []));
    expected.set(zone.id, list);
  }
  const extra = zones.flatMap((zone, n) => {
    const x = zone.x + zone.width / 2;
    const y = zone.y + zone.height / 2;
    const owner = zoneAt(zones, x, y);
    if (owner === undefined) return [];
    expected.get(owner)?.push(`${added} ${n}`);
    return participantNote(`p${n}`, `${added} ${n}`, { x: x - 5, y: y - 5 }).map((element) => ({
      ...element,
      width: 10,
      height: 10,
    }));
  });
  const text = JSON.stringify({ ...scene, elements: [...scene.elements, ...extra] });
  const decoded = parseBoardFileText(text, locale);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const outcome = harvestReading(decoded.reading);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const { boards, unplaced, skipped } = outcome.result;
  expect(skipped).toEqual([]);
  expect(unplaced).toEqual([]);
  expect(boards).toHaveLength(1);
  expect(boards[0]?.title).toBe(plan.title.slice(0, 500));
  const harvested = Object.fromEntries(
    (boards[0]?.zones ?? []).map((zone) => [zone.zoneId, zone.notes.map((note) => note.text).sort()]),
  );
  expect(harvested).toEqual(Object.fromEntries([...expected].map(([id, list]) => [id, [...list].sort()])));
}

describe('layout → encode → Excalidraw file → decode → harvest', () => {
  it.each(builtInTemplates.map((template) => [template.id, template] as const))(
    '%s gives back every seeded and added note in its zone',
    (_id, template) => {
      const zoneIds = zonesOf(layoutTemplate(template, { locale: 'en', participants: 3 })).map((z) => z.id);
      fc.assert(
        fc.property(
          fc.constantFrom<Locale>('da', 'sv', 'en'),
          notesFor(zoneIds),
          noteText,
          (locale, notes, added) => roundTrip(template, locale, notes, added),
        ),
        { numRuns: 4 },
      );
    },
  );

  it('does so for random template packs', () => {
    fc.assert(
      fc.property(
        templateArbitrary.chain((template) =>
          fc.tuple(
            fc.constant(template),
            notesFor(zonesOf(layoutTemplate(template, { locale: 'en', participants: 3 })).map((z) => z.id)),
          ),
        ),
        fc.constantFrom<Locale>('da', 'sv', 'en'),
        noteText,
        ([template, notes], locale, added) => roundTrip(template, locale, notes, added),
      ),
      { numRuns: 12 },
    );
  });
});
