import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFieldNotes, maxDraftNotesPerZone, type PlanItem } from '../../../shared/index.ts';
import { createDraft } from '../storage/drafts-store.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { createDraftPlan } from './create-draft-plan.ts';
import { themeCanvasFields } from './theme-canvas-fields.ts';

const fieldIds = themeCanvasFields('en').map((f) => f.id);
type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (o: Rect, i: Rect) =>
  i.x >= o.x && i.y >= o.y && i.x + i.width <= o.x + o.width && i.y + i.height <= o.y + o.height;

function draftWith(fields: Record<string, string>, themeTitle = 'Loneliness'): DraftRecord {
  return { ...createDraft('d', new Date('2026-01-01T00:00:00Z')), themeTitle, networkName: 'Elders', fields };
}

/** Every sticky lies in a zone; zones, and the things inside one zone, never overlap; all lies in the frame. */
function checkGeometry(items: readonly PlanItem[]): void {
  const frame = items.find((i) => i.kind === 'frame');
  const zones = items.filter((i) => i.meta.role === 'zone');
  if (!frame) throw new Error('no frame');
  for (const item of items) if (item !== frame) expect(inside(frame, item), item.id).toBe(true);
  const pairs = <T>(list: readonly T[]) =>
    list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as const));
  for (const [a, b] of pairs(zones)) expect(overlaps(a, b), `${a.id}/${b.id}`).toBe(false);
  const content = items.filter((i) => i.kind === 'text' || i.kind === 'sticky');
  for (const [a, b] of pairs(content)) expect(overlaps(a, b), `${a.id}/${b.id}`).toBe(false);
  for (const note of items.filter((i) => i.kind === 'sticky'))
    expect(
      zones.some((z) => inside(z, note)),
      note.id,
    ).toBe(true);
}

describe('draftFieldNotes', () => {
  it.each([
    ['', []],
    ['one', ['one']],
    ['- a\n\n* b\n• c\n1. d\n  e  ', ['a', 'b', 'c', 'd', 'e']],
  ])('splits %j', (text, notes) => expect(draftFieldNotes(text)).toEqual(notes));

  it('keeps the tail on the last note instead of dropping it', () => {
    const lines = Array.from({ length: maxDraftNotesPerZone + 3 }, (_, i) => `line ${i}`);
    const notes = draftFieldNotes(lines.join('\n'));
    expect(notes).toHaveLength(maxDraftNotesPerZone);
    expect(notes.at(-1)).toBe(lines.slice(maxDraftNotesPerZone - 1).join('\n'));
  });
});

describe('createDraftPlan', () => {
  it('puts each line of a field on a sticky in its zone, beside the theme title', () => {
    const plan = createDraftPlan(
      draftWith({ theme: 'Seen from the care homes', 'talk-to': 'Residents\nRelatives' }),
      'en',
    );
    const stickies = plan.items.filter((i) => i.kind === 'sticky');
    expect(stickies.map((s) => (s.kind === 'sticky' ? s.props.text : ''))).toEqual([
      'Loneliness',
      'Seen from the care homes',
      'Residents',
      'Relatives',
    ]);
    expect(new Set(plan.items.map((i) => i.id)).size).toBe(plan.items.length);
    checkGeometry(plan.items);
  });

  it('grows a whole row and moves what lies below', () => {
    const empty = createDraftPlan(draftWith({}), 'en');
    const full = createDraftPlan(
      draftWith({ origin: Array.from({ length: 6 }, (_, i) => `n${i}`).join('\n') }),
      'en',
    );
    const zone = (plan: typeof empty, id: string) => plan.items.find((i) => i.meta.zoneId === id);
    const grownBy = (zone(full, 'origin')?.height ?? 0) - (zone(empty, 'origin')?.height ?? 0);
    expect(grownBy).toBeGreaterThan(0);
    expect((zone(full, 'challenge')?.height ?? 0) - (zone(empty, 'challenge')?.height ?? 0)).toBe(grownBy);
    expect((zone(full, 'next')?.y ?? 0) - (zone(empty, 'next')?.y ?? 0)).toBe(grownBy);
    checkGeometry(full.items);
  });

  it('never overlaps, whatever the fields hold', () => {
    const line = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((s) => s.trim() !== '' && !s.includes('\n'));
    const field = fc.array(line, { maxLength: 15 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...fieldIds), field),
        fc.string({ maxLength: 60 }),
        (fields, title) => {
          checkGeometry(createDraftPlan(draftWith(fields, title), 'da').items);
        },
      ),
      { numRuns: 40 },
    );
  });
});
