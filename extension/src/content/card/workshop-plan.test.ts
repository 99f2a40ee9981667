import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaMark, findAgendaRange } from './agenda-block.ts';
import { icsFor } from './meeting-core.ts';
import { participantsFor, planWorkshop, runningOrderText, withRunningOrder } from './workshop-plan.ts';

const draft = {
  title: 'Temaworkshop',
  description: 'Welcome, everyone.',
  start: '2026-12-01T09:00:00+01:00',
  end: '2026-12-01T11:00:00+01:00',
  timeZone: 'Europe/Copenhagen',
};

function order(over: Partial<typeof draft> = {}, sessionId = 'unfold-the-theme') {
  const plan = planWorkshop({ ...draft, ...over }, { locale: 'en', sessionId, participants: 12 });
  if (!plan.ok) throw new Error(plan.problem.kind);
  return plan.order;
}

describe('workshop plan', () => {
  it('times the session to the event through the core', () => {
    const timed = order();
    expect(timed.availableMinutes).toBe(120);
    expect(timed.clock).toBe('09:00');
    expect(timed.entries.at(-1)?.endClock).toBe('11:00');
  });

  it('uses the guest list for the group, else assumes 12, within 1–40', () => {
    expect(participantsFor({ title: '' })).toBe(12);
    expect(participantsFor({ title: '', attendees: ['a', 'b', 'c'] })).toBe(3);
    expect(participantsFor({ title: '', attendees: 300 })).toBe(40);
  });

  it('puts the running order in the .ics once, over the one already in the description', () => {
    const first = order();
    const described = withRunningOrder(draft, first);
    const again = withRunningOrder(described, order({}, 'choose-the-network-type'));
    expect(again.description?.split(agendaMark)).toHaveLength(2);
    expect(again.description).toMatch(/^Welcome, everyone\.\n\nRunning order: Choose the network type/);
    const file = icsFor(again, { locale: 'en', now: new Date('2026-11-20T12:00:00Z') });
    if (!file.ok) throw new Error(file.message);
    const event = new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent');
    const description = String(event?.getFirstPropertyValue('description'));
    expect(description.match(/Running order:/g)).toHaveLength(1);
    expect(description).toContain('09:00–09:10');
  });

  it('ends an event without an end when the running order does', () => {
    const { end: _end, ...open } = draft;
    const plan = planWorkshop(open, { locale: 'en', sessionId: 'unfold-the-theme', participants: 12 });
    if (!plan.ok) throw new Error('no plan');
    const timed = plan.order;
    expect(withRunningOrder(open, timed).end).toBe('2026-12-01T11:00:00+01:00');
  });

  it('finds its running order without clock times too, so it is replaced, not repeated', () => {
    const { start: _s, end: _e, ...noTimes } = draft;
    const plan = planWorkshop(noTimes, { locale: 'da', sessionId: 'unfold-the-theme', participants: 12 });
    if (!plan.ok) throw new Error('no plan');
    const text = runningOrderText(plan.order);
    expect(text.split('\n')[1]).toBe('0–10 minutter  Velkommen');
    const range = findAgendaRange(`Hej\n\n${text}\n\nVi ses.`);
    expect(range).toEqual({ start: 5, end: 5 + text.length });
  });

  it('refuses times a session cannot have', () => {
    const plan = (end: string) =>
      planWorkshop({ ...draft, end }, { locale: 'en', sessionId: 'unfold-the-theme', participants: 12 });
    expect(plan('2026-12-01T08:00:00+01:00')).toEqual({ ok: false, problem: { kind: 'end-before-start' } });
    expect(plan('2026-12-01T09:05:00+01:00')).toEqual({
      ok: false,
      problem: { kind: 'too-short', minutes: 5 },
    });
    expect(plan('2026-12-02T09:00:00+01:00')).toEqual({
      ok: false,
      problem: { kind: 'too-long', minutes: 1440 },
    });
  });
});
