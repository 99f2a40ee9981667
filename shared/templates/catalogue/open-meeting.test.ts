import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../meeting/agenda-items.ts';
import { type Section, templateSchema } from '../template-schema.ts';
import { openMeeting } from './open-meeting.ts';

type Agenda = Extract<Section, { kind: 'agenda' }>;

describe('open-meeting template', () => {
  it('validates against the template schema', () => {
    expect(templateSchema.safeParse(openMeeting).error?.issues).toBeUndefined();
  });

  it('takes its running order from the meeting guide', () => {
    const agenda = openMeeting.sections.find((s): s is Agenda => s.kind === 'agenda');
    expect(agenda?.items.map((item) => item.id)).toEqual(agendaItems.map((item) => item.id));
    expect(agenda?.items.map((item) => item.title)).toEqual(agendaItems.map((item) => item.title));
  });

  it('times the presentation round per participant, and every other item in minutes', () => {
    const agenda = openMeeting.sections.find((s): s is Agenda => s.kind === 'agenda');
    for (const item of agenda?.items ?? []) {
      if (item.id === 'presentation-round') {
        expect(item.perParticipantMinutes).toBe(2);
        expect(item.minutes).toBeUndefined();
      } else {
        expect(item.minutes).toBeGreaterThan(0);
        expect(item.perParticipantMinutes).toBeUndefined();
      }
    }
  });

  it("keeps the recipe's results and its word on meeting in person", () => {
    const recipe = openMeeting.sections.find((s) => s.kind === 'notes');
    const notes = recipe?.kind === 'notes' ? recipe.items.map((item) => item.en) : [];
    expect(notes.some((note) => note.startsWith('Results: new collaborations'))).toBe(true);
    expect(notes.some((note) => note.startsWith('Meeting in person is the base'))).toBe(true);
  });

  it('has the recipe notes, the three fields people bring, and the zones where minutes are born', () => {
    expect(openMeeting.sections.map((s) => s.kind)).toEqual(['agenda', 'notes', 'zones', 'zones']);
    const zones = openMeeting.sections.find((s) => s.kind === 'zones');
    expect(zones?.kind === 'zones' && zones.zones.map((zone) => zone.id)).toEqual([
      'my-needs',
      'matters-to-raise',
      'guest-ideas',
    ]);
  });

  it('marks what we agreed, who does what, and next time for the minutes', () => {
    const minutes = openMeeting.sections.find((s) => s.id === 'minutes');
    expect(minutes?.kind === 'zones' && minutes.zones.map((zone) => [zone.id, zone.minutes])).toEqual([
      ['agreed', 'decision'],
      ['who-does-what', 'action'],
      ['next-time', 'next'],
    ]);
    expect(minutes?.kind === 'zones' && minutes.zones.map((zone) => zone.title.en)).toEqual([
      'What we agreed',
      'Who does what, by when',
      'Next time',
    ]);
  });
});
