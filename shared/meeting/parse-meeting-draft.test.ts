import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingDraftSchema } from './meeting-draft.ts';
import { countAttendees, parseMeetingDraft } from './parse-meeting-draft.ts';

const valid = {
  title: 'Nätverksträff HR',
  description: 'Agenda',
  start: '2026-12-01T09:00:00+01:00',
  end: '2026-12-01T10:30:00+01:00',
  location: 'Rådhuset',
  recurrence: 'FREQ=WEEKLY;INTERVAL=4',
  attendees: ['a@example.org', 'b@example.org'],
};

// Inputs on both sides of every limit of meetingDraftSchema; the hand check must agree on each.
const cases: [string, unknown, string | null][] = [
  ['a full draft', valid, null],
  ['a title only', { title: '' }, null],
  ['an attendee count', { title: 'x', attendees: 12 }, null],
  ['unknown keys', { ...valid, colour: 'red' }, null],
  ['undefined optionals', { title: 'x', start: undefined, location: undefined }, null],
  ['a title at the limit', { title: 'x'.repeat(2_000) }, null],
  ['a description at the limit', { title: 'x', description: 'y'.repeat(100_000) }, null],
  ['2,000 attendees', { title: 'x', attendees: 2_000 }, null],
  ['null', null, 'title'],
  ['an array', [], 'title'],
  ['a string', 'meeting', 'title'],
  ['no title', { description: 'x' }, 'title'],
  ['a numeric title', { title: 7 }, 'title'],
  ['a title over the limit', { title: 'x'.repeat(2_001) }, 'title'],
  ['a description over the limit', { title: 'x', description: 'y'.repeat(100_001) }, 'description'],
  ['a null description', { title: 'x', description: null }, 'description'],
  ['a start without seconds', { title: 'x', start: '2026-12-01T09:00+01:00' }, 'start'],
  ['a start in month 13', { title: 'x', start: '2026-13-01T09:00:00Z' }, 'start'],
  ['a start as a Date', { title: 'x', start: new Date(0) }, 'start'],
  ['an end without offset', { title: 'x', end: '2026-12-01T10:00:00' }, 'end'],
  ['a location over the limit', { title: 'x', location: 'x'.repeat(2_001) }, 'location'],
  ['a recurrence over the limit', { title: 'x', recurrence: 'x'.repeat(501) }, 'recurrence'],
  ['negative attendees', { title: 'x', attendees: -1 }, 'attendees'],
  ['fractional attendees', { title: 'x', attendees: 1.5 }, 'attendees'],
  ['too many attendees', { title: 'x', attendees: 2_001 }, 'attendees'],
  ['an infinite count', { title: 'x', attendees: Number.POSITIVE_INFINITY }, 'attendees'],
  ['a non-string attendee', { title: 'x', attendees: ['a', 3] }, 'attendees'],
  ['a sparse attendee list', { title: 'x', attendees: Object.assign(Array(2), { 1: 'a' }) }, 'attendees'],
  ['a long attendee', { title: 'x', attendees: ['x'.repeat(501)] }, 'attendees'],
  ['2,001 attendee names', { title: 'x', attendees: Array(2_001).fill('a') }, 'attendees'],
];

describe('parseMeetingDraft', () => {
  it.each(cases)('%s → %s', (_label, input, field) => {
    const parsed = parseMeetingDraft(input);
    expect(parsed.ok ? null : parsed.field).toBe(field);
    const zod = meetingDraftSchema.safeParse(input);
    expect(parsed.ok).toBe(zod.success);
    if (parsed.ok && zod.success) expect(parsed.draft).toEqual(zod.data);
    if (!parsed.ok && !zod.success)
      expect(zod.error.issues.map((i) => i.path[0] ?? 'title')).toContain(field);
  });

  it('agrees with meetingDraftSchema on arbitrary input', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const text = fc.oneof(fc.string(), fc.string({ minLength: 1_990, maxLength: 2_010 }));
    const iso = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
    );
    const draftLike = fc.record(
      {
        title: fc.oneof(text, fc.anything()),
        description: maybe(fc.oneof(fc.string(), fc.anything())),
        start: maybe(iso),
        end: maybe(fc.oneof(iso, fc.anything())),
        location: maybe(text),
        recurrence: maybe(fc.string({ maxLength: 600 })),
        attendees: maybe(
          fc.oneof(fc.integer({ min: -5, max: 2_005 }), fc.double(), fc.array(fc.string()), fc.anything()),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(draftLike, fc.anything()), (input) => {
        const parsed = parseMeetingDraft(input);
        const zod = meetingDraftSchema.safeParse(input);
        expect(parsed.ok).toBe(zod.success);
        if (parsed.ok && zod.success) expect(parsed.draft).toEqual(zod.data);
      }),
    );
  });
});

describe('countAttendees', () => {
  it.each<[unknown, number | undefined]>([
    [12, 12],
    [['a', 'b', 'c'], 3],
    [0, undefined],
    [[], undefined],
    [undefined, undefined],
  ])('%j → %s', (attendees, count) => {
    const parsed = parseMeetingDraft({ title: 'x', ...(attendees === undefined ? {} : { attendees }) });
    if (!parsed.ok) throw new Error('invalid');
    expect(countAttendees(parsed.draft)).toBe(count);
  });
});
