import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVirtualClock, generateBoard, readBoardSnapshot } from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import {
  type BoardPlan,
  builtInTemplates,
  harvestReading,
  type Locale,
  layoutTemplate,
  type Template,
} from '../../shared/index.ts';
import { hostileTexts } from '../fixtures/build-snapshot.ts';
import { templateArbitrary } from '../fixtures/template-arbitrary.ts';

/** A note someone might type: plain words, hostile markup, emoji, several lines; never blank. */
const noteText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
  fc.constantFrom(...hostileTexts),
);

function zoneIdsOf(plan: BoardPlan): string[] {
  return plan.items.flatMap((item) =>
    item.meta.role === 'zone' && item.meta.zoneId ? [item.meta.zoneId] : [],
  );
}

/** One to three notes for some zones, none for others. */
function notesFor(zoneIds: readonly string[]): fc.Arbitrary<Record<string, string[]>> {
  const unique = [...new Set(zoneIds)];
  return fc
    .tuple(...unique.map(() => fc.array(noteText, { maxLength: 3 })))
    .map((lists) => Object.fromEntries(unique.map((id, i) => [id, lists[i] ?? []])));
}

/**
 * The whole contract, both ways: the core lays out the notes, the adapter encodes the plan for Miro,
 * the stand-in keeps it as Miro would, the adapter decodes the board into a reading, and the core's
 * harvest finds every seeded note in the zone it was seeded into, with its text as typed.
 */
async function roundTrip(template: Template, locale: Locale, notes: Record<string, string[]>) {
  const options = { locale, participants: 3, notes };
  const plan = layoutTemplate(template, options);
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock });
  await generateBoard(board, plan, { clock, placement: 'plan' });
  const outcome = harvestReading(await readBoardSnapshot(board, { clock }));
  if (!outcome.ok) throw new Error(outcome.error.message);
  const { boards, unplaced, skipped } = outcome.result;
  expect(skipped).toEqual([]);
  expect(unplaced).toEqual([]);
  // A zone id drawn twice (a participant copy named like another zone) gathers both shapes' notes.
  const shapes = zoneIdsOf(plan);
  const expected = Object.fromEntries(
    [...new Set(shapes)].map((id) => {
      const copies = shapes.filter((other) => other === id).length;
      return [
        id,
        Array.from({ length: copies }, () => notes[id] ?? [])
          .flat()
          .sort(),
      ];
    }),
  );
  const harvested = Object.fromEntries(
    (boards[0]?.zones ?? []).map((zone) => [zone.zoneId, zone.notes.map((note) => note.text).sort()]),
  );
  expect(harvested).toEqual(expected);
}

describe('layout → encode → stand-in → decode → harvest', () => {
  it.each(builtInTemplates.map((template) => [template.id, template] as const))(
    '%s gives back every seeded note in its zone',
    async (_id, template) => {
      const zoneIds = zoneIdsOf(layoutTemplate(template, { locale: 'en', participants: 3 }));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom<Locale>('da', 'sv', 'en'), notesFor(zoneIds), (locale, notes) =>
          roundTrip(template, locale, notes),
        ),
        { numRuns: 4 },
      );
    },
  );

  it('does so for random template packs', async () => {
    await fc.assert(
      fc.asyncProperty(
        templateArbitrary.chain((template) =>
          fc.tuple(
            fc.constant(template),
            notesFor(zoneIdsOf(layoutTemplate(template, { locale: 'en', participants: 3 }))),
          ),
        ),
        fc.constantFrom<Locale>('da', 'sv', 'en'),
        ([template, notes], locale) => roundTrip(template, locale, notes),
      ),
      { numRuns: 12 },
    );
  });
});
