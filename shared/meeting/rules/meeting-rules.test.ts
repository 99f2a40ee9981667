import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locale.ts';
import { createAgenda } from '../create-agenda.ts';
import { createMeetingContext } from '../create-meeting-context.ts';
import type { MeetingDraft, MeetingPrompt } from '../meeting-draft.ts';
import { parseMeetingDraft } from '../parse-meeting-draft.ts';
import { renderAgendaText } from '../render-agenda.ts';
import { agendaInDescription } from './agenda-in-description.ts';
import { agendaPartRules } from './agenda-parts.ts';
import { endTime } from './end-time.ts';
import { fixedRhythm } from './fixed-rhythm.ts';
import { inviteInTime } from './invite-in-time.ts';
import type { MeetingRule } from './meeting-rule.ts';
import { meetingRules } from './meeting-rules.ts';
import { notesAfter } from './notes-after.ts';
import { roundLength } from './round-length.ts';
import { samePlace } from './same-place.ts';

const now = new Date('2026-11-01T12:00:00Z');

/** A draft that follows the recipe: no rule fires on it. */
const good: MeetingDraft = {
  title: 'Netværksmøde',
  description: [
    'Dagsorden',
    '09:00 Velkommen',
    '09:05 Præsentationsrunde',
    '09:30 Aktuelle sager',
    '09:45 Gæstetaler',
    '10:05 Drøftelse',
    '10:25 Tak for i dag',
    'Referatet lægges på intranettet bagefter.',
  ].join('\n'),
  start: '2026-12-01T09:00:00+01:00',
  end: '2026-12-01T10:30:00+01:00',
  location: 'Rådhuset, mødelokale 2',
  recurrence: 'FREQ=WEEKLY;INTERVAL=4;BYDAY=TU',
  attendees: 12,
};

type Patch = Partial<Record<keyof MeetingDraft, unknown>>;

/** The good draft with some fields changed; `undefined` removes a field. */
function draftWith(patch: Patch): MeetingDraft {
  const draft: Record<string, unknown> = { ...good, ...patch };
  for (const key of Object.keys(draft)) if (draft[key] === undefined) delete draft[key];
  return draft as MeetingDraft;
}

function run(rule: MeetingRule, patch: Patch, locale: Locale = 'en'): MeetingPrompt | null {
  const parsed = parseMeetingDraft(draftWith(patch));
  if (!parsed.ok) throw new Error(`invalid test draft: ${parsed.field}`);
  return rule.check(createMeetingContext(parsed.draft, locale, now));
}

function idOf(rule: MeetingRule, patch: Patch): string | null {
  return run(rule, patch)?.id ?? null;
}

describe('the good draft', () => {
  it.each(meetingRules.map((rule) => [rule.id, rule] as const))('does not fire %s', (_id, rule) => {
    expect(run(rule, {})).toBeNull();
  });
});

describe('fixed rhythm', () => {
  it.each<[string, Patch, string | null]>([
    ['a series every four weeks', {}, null],
    ['the second Tuesday of each month', { recurrence: 'FREQ=MONTHLY;BYDAY=2TU' }, null],
    ['a lower-case rule with its prefix', { recurrence: 'rrule:freq=monthly;byday=1we' }, null],
    ['a daily series', { recurrence: 'FREQ=DAILY' }, null],
    ['no recurrence', { recurrence: undefined }, 'fixed-rhythm-missing'],
    ['a blank recurrence', { recurrence: '   ' }, 'fixed-rhythm-missing'],
    ['two weekdays', { recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE' }, 'fixed-rhythm-irregular'],
    ['an hourly series', { recurrence: 'FREQ=HOURLY' }, 'fixed-rhythm-irregular'],
    ['two times a day', { recurrence: 'FREQ=DAILY;BYHOUR=9,15' }, 'fixed-rhythm-irregular'],
    ['a rule without FREQ', { recurrence: 'INTERVAL=4' }, 'fixed-rhythm-invalid'],
    ['an interval of zero', { recurrence: 'FREQ=WEEKLY;INTERVAL=0' }, 'fixed-rhythm-invalid'],
    ['a smuggled property', { recurrence: 'FREQ=WEEKLY\nATTENDEE:x' }, 'fixed-rhythm-invalid'],
  ])('%s → %s', (_label, patch, expected) => {
    expect(idOf(fixedRhythm, patch)).toBe(expected);
  });

  it.each<[string, string]>([
    ['FREQ=WEEKLY;INTERVAL=0', 'The repeat interval must be a whole number of 1 or more, not "0".'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20270101', 'The repeat rule gives both a number of meetings and an end date'],
    ['FREQ=WEEKLY;BYDAY=TUE', 'a weekday calendars do not know (TUE)'],
  ])('says before the export why calendars would reject %s', (recurrence, message) => {
    const prompt = run(fixedRhythm, { recurrence });
    expect(prompt).toMatchObject({ id: 'fixed-rhythm-invalid', severity: 'error' });
    expect(prompt?.message).toContain(message);
    expect(prompt?.fix).toEqual({ kind: 'set-recurrence', rrule: 'FREQ=WEEKLY;INTERVAL=4;BYDAY=TU' });
  });

  it.each<[string, Patch, string, string]>([
    ['a Tuesday', {}, 'FREQ=WEEKLY;INTERVAL=4;BYDAY=TU', 'every fourth Tuesday'],
    // 00:30 on Tuesday at +01:00 is still Monday in UTC: the meeting's own weekday counts.
    [
      'just after midnight',
      { start: '2026-12-01T00:30:00+01:00' },
      'FREQ=WEEKLY;INTERVAL=4;BYDAY=TU',
      'Tuesday',
    ],
    ['a Sunday in UTC', { start: '2026-12-06T10:00:00Z' }, 'FREQ=WEEKLY;INTERVAL=4;BYDAY=SU', 'Sunday'],
    ['no start', { start: undefined, end: undefined }, 'FREQ=WEEKLY;INTERVAL=4', 'every four weeks'],
  ])('suggests a series from the start on %s', (_label, patch, rrule, words) => {
    const prompt = run(fixedRhythm, { ...patch, recurrence: undefined });
    expect(prompt?.fix).toEqual({ kind: 'set-recurrence', rrule });
    expect(prompt?.message).toContain(words);
  });

  it.each<[Locale, string]>([
    ['da', 'hver fjerde tirsdag'],
    ['sv', 'var fjärde tisdag'],
  ])('names the weekday in %s', (locale, words) => {
    expect(run(fixedRhythm, { recurrence: undefined }, locale)?.message).toContain(words);
  });
});

describe('same place', () => {
  it.each<[string, Patch, string | null]>([
    ['a room', {}, null],
    ['a video link', { location: 'https://teams.example/l/meetup' }, null],
    ['no location', { location: undefined }, 'same-place'],
    ['a blank location', { location: ' \t ' }, 'same-place'],
  ])('%s → %s', (_label, patch, expected) => {
    expect(idOf(samePlace, patch)).toBe(expected);
  });
});

describe('invitation in good time', () => {
  it.each<[string, string | undefined, string | null, string?]>([
    ['a month ahead', '2026-12-01T09:00:00+01:00', null],
    ['exactly two weeks ahead', '2026-11-15T12:00:00Z', null],
    ['two weeks ahead, written at +01:00', '2026-11-15T13:00:00+01:00', null],
    ['a minute short of two weeks', '2026-11-15T11:59:00Z', 'invite-in-time', '13 days'],
    ['five days ahead', '2026-11-06T12:00:00Z', 'invite-in-time', '5 days'],
    ['tomorrow', '2026-11-02T09:00:00Z', 'invite-in-time', 'less than two days'],
    ['in the past', '2026-10-01T09:00:00Z', null],
    ['no start', undefined, null],
  ])('%s → %s', (_label, start, expected, words) => {
    const prompt = run(inviteInTime, { start, end: undefined });
    expect(prompt?.id ?? null).toBe(expected);
    if (words) expect(prompt?.message).toContain(words);
  });
});

describe('agenda in the description', () => {
  it.each<[string, string, string | null]>([
    ['a full agenda', String(good.description), null],
    ['a program heading', 'Program: kaffe og snak', null],
    ['two timed lines', '09.00 Kaffe\n09.30 Oplæg fra kommunen', null],
    ['two named parts', 'We start with a presentation round, then a discussion.', null],
    ['an empty description', '', 'agenda'],
    ['an invitation only', 'Kom og vær med!', 'agenda'],
    ['one timed line', '09:00 Kaffe', 'agenda'],
  ])('%s → %s', (_label, description, expected) => {
    expect(idOf(agendaInDescription, { description })).toBe(expected);
  });

  it('offers the computed agenda as its fix', () => {
    const prompt = run(agendaInDescription, { description: '' });
    const agenda = createAgenda({
      locale: 'en',
      attendees: 12,
      start: String(good.start),
      end: String(good.end),
    });
    expect(prompt?.fix).toEqual({ kind: 'insert-agenda', text: renderAgendaText(agenda, 'en') });
    expect(prompt?.fix?.kind === 'insert-agenda' && prompt.fix.text).toContain('09:05–09:');
  });
});

describe('parts of the agenda', () => {
  const rule = (id: string): MeetingRule => {
    const found = agendaPartRules.find((r) => r.id === id);
    if (!found) throw new Error(id);
    return found;
  };
  it.each<[string, string, boolean]>([
    ['agenda-presentation-round', 'Agenda: welcome, current matters, discussion', true],
    ['agenda-presentation-round', 'Dagsorden: præsentationsrunde, aktuelt', false],
    ['agenda-presentation-round', 'Dagordning: presentationsrundan, aktuellt', false],
    ['agenda-presentation-round', 'Agenda: presentation round, news', false],
    ['agenda-presentation-round', 'Welcome, see you there', false],
    ['agenda-current-matters', 'Agenda: presentation round, discussion', true],
    ['agenda-current-matters', 'Dagsorden: aktuelle sager', false],
    ['agenda-current-matters', 'Dagordning: aktuella ärenden', false],
    ['agenda-current-matters', 'Agenda: current matters', false],
    ['agenda-guest-speaker', 'Agenda: presentation round, discussion', true],
    ['agenda-guest-speaker', 'Dagsorden: gæstetaler fra universitetet', false],
    ['agenda-guest-speaker', 'Dagordning: gästtalare', false],
    ['agenda-guest-speaker', 'Agenda: guest speaker', false],
    ['agenda-discussion', 'Agenda: presentation round, news', true],
    ['agenda-discussion', 'Dagsorden: drøftelse', false],
    ['agenda-discussion', 'Dagordning: diskussion', false],
    ['agenda-discussion', 'Agenda: discussion', false],
  ])('%s on %j fires: %s', (id, description, fires) => {
    expect(idOf(rule(id), { description })).toBe(fires ? id : null);
  });

  it.each([
    ['agenda-presentation-round', 'warning'],
    ['agenda-current-matters', 'info'],
    ['agenda-guest-speaker', 'info'],
    ['agenda-discussion', 'info'],
  ])('%s is a %s', (id, severity) => {
    expect(run(rule(id), { description: 'Agenda: coffee' })?.severity).toBe(severity);
  });
});

describe('end time', () => {
  const noGuest = 'Agenda: presentation round, current matters, discussion';
  it.each<[string, Patch, string | null, string?]>([
    ['room for everyone', {}, null],
    [
      '20 people at one minute each',
      { description: noGuest, attendees: 20, end: '2026-12-01T10:00:00+01:00' },
      null,
    ],
    // The page lists no guests: the agenda is timed for the usual 12, and still said not to fit.
    [
      'a short meeting of unknown size',
      { attendees: undefined, end: '2026-12-01T09:30:00+01:00' },
      'end-time-too-short',
      'for 12 people; the meeting is 30.',
    ],
    ['no start', { start: undefined, end: undefined }, null],
    ['no end', { end: undefined }, 'end-time-missing', '75 minutes'],
    ['an end before the start', { end: '2026-12-01T08:00:00+01:00' }, 'end-time-before-start'],
    ['an end equal to the start', { end: '2026-12-01T09:00:00+01:00' }, 'end-time-before-start'],
    ['12 people in 40 minutes', { description: noGuest, end: '2026-12-01T09:40:00+01:00' }, null],
    [
      '12 people in 35 minutes',
      { description: noGuest, end: '2026-12-01T09:35:00+01:00' },
      'end-time-too-short',
      'The agenda needs 40 minutes for 12 people; the meeting is 35. Let it end at 09:40, or let only newcomers present themselves and take the round at the tables.',
    ],
    [
      '12 addresses in 35 minutes',
      { description: noGuest, end: '2026-12-01T09:35:00+01:00', attendees: Array(12).fill('a@b.example') },
      'end-time-too-short',
      'for 12 people',
    ],
    ['a guest in 55 minutes', { end: '2026-12-01T09:55:00+01:00' }, null],
    [
      'a guest in 50 minutes',
      { end: '2026-12-01T09:50:00+01:00' },
      'end-time-too-short',
      'The agenda needs 55 minutes for 12 people',
    ],
  ])('%s → %s', (_label, patch, expected, words) => {
    const prompt = run(endTime, patch);
    expect(prompt?.id ?? null).toBe(expected);
    if (words) expect(prompt?.message).toContain(words);
  });

  it.each<[string, Patch, string]>([
    ['no end: as long as the agenda', { end: undefined }, '2026-12-01T10:15:00+01:00'],
    [
      'too short: as long as the shortest agenda',
      { description: noGuest, end: '2026-12-01T09:35:00+01:00' },
      '2026-12-01T09:40:00+01:00',
    ],
    [
      'in the start offset',
      { start: '2026-06-01T09:00:00+02:00', end: undefined },
      '2026-06-01T10:15:00+02:00',
    ],
  ])('sets the end: %s', (_label, patch, end) => {
    expect(run(endTime, patch)?.fix).toEqual({ kind: 'set-end', end });
  });
});

describe('notes sent after', () => {
  it.each<[string, string, string | null]>([
    ['a Danish referat', 'Referat sendes ud bagefter.', null],
    ['Swedish minnesanteckningar', 'Minnesanteckningar läggs ut efteråt.', null],
    ['English notes', 'Notes will be posted on the intranet.', null],
    ['meeting minutes', 'The meeting minutes follow by mail.', null],
    ['nothing about notes', 'Kaffe og kage.', 'notes-after'],
    ['durations only', 'Five minutes each, then 20 minutes of talk.', 'notes-after'],
  ])('%s → %s', (_label, description, expected) => {
    expect(idOf(notesAfter, { description })).toBe(expected);
  });
});

describe('round length', () => {
  it.each<[string, Patch, string | null]>([
    // The good draft asks for a guest: 60 fixed minutes.
    ['20 people in 100 minutes', { attendees: 20, end: '2026-12-01T10:40:00+01:00' }, 'round-length'],
    ['20 people in 2 hours', { attendees: 20, end: '2026-12-01T11:00:00+01:00' }, 'round-length'],
    ['20 people in 40 minutes', { attendees: 20, end: '2026-12-01T09:40:00+01:00' }, null],
    ['12 people in 90 minutes', { attendees: 12, end: '2026-12-01T10:30:00+01:00' }, null],
    ['unknown group', { attendees: undefined, end: '2026-12-01T09:30:00+01:00' }, null],
  ])('%s → %s', (_label, patch, expected) => {
    expect(idOf(roundLength, patch)).toBe(expected);
  });

  it('says the round is held at the tables, how long, and to name the newcomers', () => {
    const prompt = run(roundLength, { attendees: 20, end: '2026-12-01T10:40:00+01:00' });
    expect(prompt?.message).toBe(
      'With 20 people the presentation round is held at the tables, in groups of 4–6: 10 minutes, 2 minutes each. Name the newcomers in plenary first.',
    );
  });
});

describe('the registry', () => {
  it('lists every rule once, in the order of the recipe', () => {
    expect(meetingRules.map((rule) => rule.id)).toEqual([
      'fixed-rhythm',
      'same-place',
      'invite-in-time',
      'agenda',
      'agenda-presentation-round',
      'agenda-current-matters',
      'agenda-guest-speaker',
      'agenda-discussion',
      'end-time',
      'round-length',
      'notes-after',
    ]);
  });

  it("gives every prompt an id that starts with its rule's id", () => {
    const empty = { title: '', description: 'Agenda', start: '2026-11-03T09:00:00Z', attendees: 40 };
    for (const rule of meetingRules) {
      const parsed = parseMeetingDraft(empty);
      if (!parsed.ok) throw new Error('invalid');
      const prompt = rule.check(createMeetingContext(parsed.draft, 'en', now));
      if (prompt) expect(prompt.id.startsWith(rule.id)).toBe(true);
    }
  });
});
