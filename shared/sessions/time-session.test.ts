import { describe, expect, it } from 'vitest';
import { SessionError } from './session-error.ts';
import type { Session } from './session-schema.ts';
import { timeSession } from './time-session.ts';

const text = (en: string) => ({ da: `${en} (da)`, sv: `${en} (sv)`, en });

function session(blocks: Session['blocks'], minutes: Session['minutes'] = 60): Session {
  return {
    schemaVersion: 1,
    id: 'test-session',
    version: 1,
    title: text('Test'),
    summary: text('Summary'),
    about: text('About'),
    minutes,
    participants: { min: 1, max: 40 },
    blocks,
  };
}

const competences: Session = session(
  [
    { kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 10 },
    {
      kind: 'template',
      id: 'self',
      template: 'leader-competences',
      minutes: 40,
      perParticipantCopies: { maxCopies: 12 },
    },
    { kind: 'activity', id: 'round-up', activity: 'round-up', minutes: 10, stretch: true },
  ],
  60,
);

describe('timeSession scales with the group', () => {
  it('gives an individual exercise one copy per participant, shared when there are more people than copies', () => {
    const copies = [1, 4, 14, 30].map((participants) => {
      const order = timeSession(competences, { locale: 'en', participants });
      return { copies: order.entries[1]?.copies, note: order.entries[1]?.notes[0] };
    });
    expect(copies.map((c) => c.copies)).toEqual([1, 4, 12, 12]);
    expect(copies[0]?.note).toMatch(/one leader or a leader pair/);
    expect(copies[1]?.note).toBe('4 copies of the board: one for each participant.');
    expect(copies[3]?.note).toMatch(/^12 copies .* share one between two or three/);
  });

  it('adds minutes per person in a group, and groups turn in parallel', () => {
    const turns = session(
      [
        {
          kind: 'template',
          id: 'group',
          template: 'perfect-group',
          minutes: 20,
          perParticipantMinutes: 2,
          groups: { above: 8, min: 4, max: 6 },
          stretch: true,
        },
      ],
      'from-user',
    );
    const planned = (participants: number) =>
      timeSession(turns, { locale: 'da', participants, minutes: 200 }).entries[0]?.minutes;
    // The block stretches to the whole length, so time the smallest length it needs instead.
    const needed = (participants: number) => {
      const order = timeSession(turns, { locale: 'da', participants, minutes: 10 });
      return order.totalMinutes;
    };
    // Two hours and more get a break of 10 minutes; the block takes the rest.
    expect(planned(4)).toBe(190);
    // 20 + 2 per person in the largest group, in whole 5 minutes: 4 → 28 → 30, 8 → 36 → 40,
    // 14 (3 groups of 4–5) → 30, 30 (5 groups of 6) → 32 → 35.
    expect([needed(4), needed(8), needed(14), needed(30)]).toEqual([30, 40, 30, 35]);
  });
});

describe('timeSession fits the length or names the block to shorten', () => {
  it('shortens blocks that may shrink and says so', () => {
    const tight = session([
      { kind: 'template', id: 'canvas', template: 'theme-canvas', minutes: 40, minMinutes: 30 },
      { kind: 'activity', id: 'break', activity: 'break', minutes: 15 },
    ]);
    const order = timeSession(tight, { locale: 'en', participants: 6, minutes: 50 });
    expect(order.fits).toBe(true);
    expect(order.entries.map((e) => e.minutes)).toEqual([35, 15]);
    expect(order.entries[0]?.plannedMinutes).toBe(40);
    expect(order.warnings).toContain('“Theme canvas” is shortened to 35 minutes to fit.');
  });

  it.each([
    [
      'da',
      1,
      'Forløbet kræver 60 minutter, men der er kun 59. Forkort “Welcome (da)” (40 min.) med 1 minut,',
    ],
    ['da', 2, 'Forkort “Welcome (da)” (40 min.) med 2 minutter,'],
    [
      'sv',
      1,
      'Upplägget behöver 60 minuter, men det finns bara 59. Korta “Welcome (sv)” (40 min) med 1 minut,',
    ],
    ['sv', 2, 'Korta “Welcome (sv)” (40 min) med 2 minuter,'],
    ['en', 1, 'The session needs 60 minutes; the event is 59. Shorten “Welcome” (40 min) by 1 minute,'],
    ['en', 2, 'Shorten “Welcome” (40 min) by 2 minutes,'],
  ] as const)(
    'in %s, %i minute(s) over, names the longest block that can give them, in plural form',
    (locale, over, phrase) => {
      const fixed = session([
        { kind: 'activity', id: 'welcome', activity: 'welcome', title: text('Welcome'), minutes: 40 },
        { kind: 'activity', id: 'break', activity: 'break', minutes: 20 },
      ]);
      const order = timeSession(fixed, { locale, participants: 5, minutes: 60 - over });
      expect(order.fits).toBe(false);
      expect(order.shorten).toEqual({
        kind: 'shorten',
        blockId: 'welcome',
        title: text('Welcome')[locale],
        minutes: over,
      });
      expect(order.warnings).toHaveLength(1);
      expect(order.warnings[0]).toContain(phrase);
    },
  );

  it('advises a longer event, never an impossible cut, when no block can give the minutes', () => {
    const fixed = session([
      { kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 30 },
      { kind: 'activity', id: 'break', activity: 'break', minutes: 30 },
    ]);
    const order = timeSession(fixed, { locale: 'da', participants: 5, minutes: 20, start: '09:00' });
    expect(order.shorten).toEqual({ kind: 'lengthen', minutes: 60 });
    expect(order.warnings).toEqual([
      'Forløbet kræver 60 minutter, men der er kun 20. Lad aftalen slutte kl. 10:00, eller vælg et kortere forløb.',
    ]);
  });

  it('advises a method for the round, not a cut it cannot make', () => {
    const round = session([
      { kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 25 },
      { kind: 'activity', id: 'round', activity: 'presentation-round' },
      { kind: 'activity', id: 'thanks', activity: 'round-up', minutes: 25 },
    ]);
    // 12 people, a minute each in plenary: 15 minutes, a quarter of 60, and 5 too many.
    const order = timeSession(round, { locale: 'en', participants: 12, minutes: 60 });
    expect(order.shorten?.kind).toBe('round');
    expect(order.warnings[0]).toMatch(
      /Let only newcomers present themselves, or take the round at the tables/,
    );
  });

  it('reports minutes left over when no block stretches', () => {
    const loose = session(
      [{ kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 10 }],
      'from-user',
    );
    const order = timeSession(loose, {
      locale: 'en',
      participants: 5,
      minutes: 16,
      start: '2026-12-01T13:30:00+01:00',
    });
    expect(order.spareMinutes).toBe(6);
    expect(order.warnings).toEqual(['6 minutes are left at the end.']);
    expect([order.clock, order.endClock]).toEqual(['13:30', '13:46']);
  });
});

describe('timeSession rejects bad options with the field', () => {
  it.each([
    [{ participants: 0 }, 'participants'],
    [{ participants: 41 }, 'participants'],
    [{ participants: 2.5 }, 'participants'],
    [{ minutes: 5 }, 'minutes'],
    [{ minutes: Number.NaN }, 'minutes'],
    [{ start: 'noon' }, 'start'],
    [{ start: '24:00' }, 'start'],
    [{ locale: 'de' }, 'locale'],
  ])('%o', (bad, field) => {
    const options = { locale: 'en', participants: 6, ...bad } as Parameters<typeof timeSession>[1];
    expect(() => timeSession(competences, options)).toThrow(SessionError);
    expect(() => timeSession(competences, options)).toThrow(expect.objectContaining({ field }));
  });

  it('names a block whose template is unknown', () => {
    const lost = session([{ kind: 'template', id: 'lost', template: 'no-such-template', minutes: 10 }]);
    expect(() => timeSession(lost, { locale: 'en', participants: 3 })).toThrow(
      expect.objectContaining({ field: 'template' }),
    );
  });
});
