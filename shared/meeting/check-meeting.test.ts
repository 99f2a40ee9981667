import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Locale, locales } from '../i18n/locale.ts';
import { checkMeeting } from './check-meeting.ts';
import type { MeetingDraft } from './meeting-draft.ts';

const now = new Date('2026-11-01T12:00:00Z');
const en = { locale: 'en' as Locale, now };

const good: MeetingDraft = {
  title: 'Nätverksträff HR',
  description:
    'Dagordning\n09:00 Välkommen\n09:05 Presentationsrunda\n09:30 Aktuella ärenden\n09:45 Gästtalare\n10:05 Diskussion\nMinnesanteckningar skickas ut efteråt.',
  start: '2026-12-01T09:00:00+01:00',
  end: '2026-12-01T10:30:00+01:00',
  location: 'Stadshuset',
  recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
  attendees: 12,
};

const ids = (draft: MeetingDraft, dismissed: readonly string[] = []) =>
  checkMeeting(draft, { ...en, dismissed }).map((prompt) => prompt.id);

describe('checkMeeting', () => {
  it('finds nothing to say about a meeting that follows the recipe', () => {
    expect(checkMeeting(good, en)).toEqual([]);
  });

  it('prompts for everything a bare title lacks, in the order of the recipe', () => {
    expect(ids({ title: 'Netværksmøde' })).toEqual([
      'fixed-rhythm-missing',
      'same-place',
      'agenda',
      'notes-after',
    ]);
  });

  it('prompts for a start without end, soon, in registry order', () => {
    expect(ids({ title: 'x', start: '2026-11-05T09:00:00+01:00', attendees: 20 })).toEqual([
      'fixed-rhythm-missing',
      'same-place',
      'invite-in-time',
      'agenda',
      'end-time-missing',
      'round-length',
      'notes-after',
    ]);
  });

  it.each<[string, readonly string[], string[]]>([
    ['nothing', [], ['fixed-rhythm-missing', 'same-place', 'agenda', 'notes-after']],
    ['a prompt id', ['same-place'], ['fixed-rhythm-missing', 'agenda', 'notes-after']],
    ['a rule id, hiding all its prompts', ['fixed-rhythm'], ['same-place', 'agenda', 'notes-after']],
    ['an unknown id', ['no-such-rule'], ['fixed-rhythm-missing', 'same-place', 'agenda', 'notes-after']],
    ['everything', ['fixed-rhythm', 'same-place', 'agenda', 'notes-after'], []],
  ])('leaves out what was dismissed: %s', (_label, dismissed, expected) => {
    expect(ids({ title: 'x' }, dismissed)).toEqual(expected);
  });

  it('keeps an irregular series visible after "no series" was dismissed', () => {
    expect(ids({ ...good, recurrence: 'FREQ=WEEKLY;BYDAY=MO,FR' }, ['fixed-rhythm-missing'])).toEqual([
      'fixed-rhythm-irregular',
    ]);
  });

  it.each<[string, unknown, Locale, string]>([
    [
      'a start in month 13',
      { ...good, start: '2026-13-01T09:00:00+01:00' },
      'en',
      'Not a valid date and time: Start time.',
    ],
    [
      'an end without seconds',
      { ...good, end: '2026-12-01T10:30+01:00' },
      'da',
      'Ikke en gyldig dato og tid: Sluttidspunkt.',
    ],
    [
      'a start in words',
      { ...good, start: 'tisdag kl 9' },
      'sv',
      'Inte ett giltigt datum och klockslag: Starttid.',
    ],
    [
      'a title too long',
      { ...good, title: 'x'.repeat(2_001) },
      'en',
      'Could not be read (too long or in the wrong form): Title.',
    ],
    ['a description too long', { ...good, description: 'x'.repeat(100_001) }, 'en', ': Description.'],
    ['null', null, 'en', ': Title.'],
    ['a number', 42, 'en', ': Title.'],
  ])('gives one error prompt, not a throw, for %s', (_label, draft, locale, words) => {
    const prompts = checkMeeting(draft as MeetingDraft, { locale, now });
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatchObject({ id: 'invalid-draft', severity: 'error' });
    expect(prompts[0]?.message).toContain(words);
  });

  it('lets the error prompt be dismissed too', () => {
    expect(ids({ ...good, start: 'soon' }, ['invalid-draft'])).toEqual([]);
  });

  it.each(locales)('speaks %s with every placeholder filled', (locale) => {
    const drafts: MeetingDraft[] = [
      { title: 'x' },
      {
        title: 'x',
        start: '2026-11-10T09:00:00Z',
        end: '2026-11-10T09:30:00Z',
        attendees: 30,
        recurrence: 'FREQ=HOURLY',
      },
      {
        title: 'x',
        description: 'Agenda: kaffe',
        start: '2026-11-02T09:00:00Z',
        end: '2026-11-02T08:00:00Z',
      },
    ];
    const messages = drafts.flatMap((draft) => checkMeeting(draft, { locale, now }).map((p) => p.message));
    expect(messages.length).toBeGreaterThan(8);
    for (const message of messages) expect(message).not.toMatch(/[{}]/);
  });

  it('survives hostile text and never repeats it', () => {
    const hostile = `<img src=x onerror=alert(1)><script>alert("x")</script>{days}😀👩‍👩‍👧\u0000${'å'.repeat(99_900)}`;
    const prompts = checkMeeting(
      { ...good, title: hostile.slice(0, 2_000), description: hostile, location: '<b>' },
      en,
    );
    for (const prompt of prompts) {
      expect(prompt.message).not.toMatch(/[<>]|alert|å{3}/);
      if (prompt.fix?.kind === 'insert-agenda') expect(prompt.fix.text).not.toMatch(/[<>]/);
    }
    expect(prompts.map((p) => p.id)).toContain('agenda');
  });

  it('never throws and never echoes markup, whatever the draft', () => {
    const markup = fc.constantFrom(
      '<script>',
      '<img onerror=x>',
      '</div>',
      '{days}',
      '😀',
      '\u202e',
      'Dagsorden',
    );
    const text = fc.array(fc.oneof(fc.string(), markup), { maxLength: 12 }).map((parts) => parts.join(' '));
    const draft = fc.record(
      {
        title: text,
        description: text,
        start: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        end: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        location: text,
        recurrence: fc.oneof(fc.string(), fc.constantFrom('FREQ=WEEKLY', 'FREQ=WEEKLY;BYDAY=MO,TU')),
        attendees: fc.oneof(fc.nat(3_000), fc.array(fc.string(), { maxLength: 30 })),
      },
      { requiredKeys: ['title'] },
    );
    fc.assert(
      fc.property(draft, fc.constantFrom(...locales), (input, locale) => {
        for (const prompt of checkMeeting(input, { locale, now })) expect(prompt.message).not.toMatch(/[<>]/);
      }),
    );
  });
});
