import { describe, expect, it } from 'vitest';
import type { Section } from '../templates/template-schema.ts';
import { agendaSlots, formatAgendaTime } from './agenda-times.ts';

type Agenda = Extract<Section, { kind: 'agenda' }>;
const text = { da: 'x', sv: 'x', en: 'x' };

const agenda: Agenda = {
  kind: 'agenda',
  id: 'agenda',
  items: [
    { id: 'welcome', title: text, minutes: 5 },
    { id: 'round', title: text, perParticipantMinutes: 3 },
    { id: 'both', title: text, minutes: 10, perParticipantMinutes: 1 },
    { id: 'open', title: text },
  ],
};

describe('agendaSlots', () => {
  it.each([
    // The round rule: about 2 minutes each in whole 5 minutes, at the tables above 12 people.
    { participants: 1, ends: [5, 10, 25, 25] },
    { participants: 6, ends: [5, 20, 45, 45] },
    { participants: 40, ends: [5, 20, 45, 45] },
  ])('times a meeting of $participants', ({ participants, ends }) => {
    const slots = agendaSlots(agenda, participants);
    expect(slots.map((s) => s.end)).toEqual(ends);
    expect(slots.map((s) => s.start)).toEqual([0, ...ends.slice(0, -1)]);
    expect(slots.map((s) => s.perParticipant)).toEqual([false, true, true, false]);
  });
});

describe('formatAgendaTime', () => {
  it.each([
    { offset: 0, start: undefined, out: '0:00' },
    { offset: 75, start: undefined, out: '1:15' },
    { offset: 1_500, start: undefined, out: '25:00' },
    { offset: 0, start: '09:00', out: '09:00' },
    { offset: 95, start: '09:30', out: '11:05' },
    { offset: 90, start: '23:15', out: '00:45' },
  ])('$offset min after $start is $out', ({ offset, start, out }) => {
    expect(formatAgendaTime(offset, start)).toBe(out);
  });
});
