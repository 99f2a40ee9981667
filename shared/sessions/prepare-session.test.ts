import { describe, expect, it } from 'vitest';
import { findSession } from './catalogue/built-in-sessions.ts';
import { defaultParticipants, prepareSession } from './prepare-session.ts';

const unfold = findSession('unfold-the-theme');
const choose = findSession('choose-the-network-type');
const meeting = findSession('open-network-meeting');
if (!unfold || !choose || !meeting) throw new Error('built-in sessions are missing');

describe('prepareSession: one request, one running order', () => {
  it('decides the group once: 12, within the session’s range', () => {
    expect(defaultParticipants(unfold)).toBe(12);
    expect(prepareSession({ session: unfold, locale: 'da' }).participants).toBe(12);
    const small = { ...choose, participants: { min: 2, max: 8 } };
    expect(defaultParticipants(small)).toBe(8);
  });

  it('reads the start in the event’s zone and says when it converted it', () => {
    const prepared = prepareSession({
      session: unfold,
      locale: 'en',
      start: '2027-03-16T08:00Z',
      timeZone: 'Europe/Copenhagen',
    });
    expect(prepared.order?.clock).toBe('09:00');
    expect(prepared.order?.startIso).toBe('2027-03-16T09:00:00+01:00');
    expect(prepared.order?.endIso).toBe('2027-03-16T11:00:00+01:00');
    expect(prepared.problems.map((p) => p.code)).toEqual(['start-converted']);
    expect(prepared.problems[0]?.message).toBe(
      'The start 2027-03-16T08:00:00Z is 2027-03-16T09:00:00+01:00 in Europe/Copenhagen: the times are given in Europe/Copenhagen.',
    );
  });

  it('keeps wall-clock times across a clock change inside the session', () => {
    // Summer time starts at 02:00 on 28 March 2027 in Stockholm: a night session runs across it.
    const prepared = prepareSession({
      session: choose,
      locale: 'sv',
      start: '2027-03-28T01:30',
      timeZone: 'Europe/Stockholm',
    });
    expect(prepared.order?.clock).toBe('01:30');
    expect(prepared.order?.endClock).toBe('03:30');
  });

  it('takes a local time with a zone, and refuses one the clock skips', () => {
    expect(
      prepareSession({
        session: unfold,
        locale: 'da',
        start: '2027-03-16T09:00',
        timeZone: 'Europe/Copenhagen',
      }).order?.startIso,
    ).toBe('2027-03-16T09:00:00+01:00');
    const gap = prepareSession({
      session: unfold,
      locale: 'da',
      start: '2027-03-28T02:30',
      timeZone: 'Europe/Copenhagen',
    });
    expect(gap.ok).toBe(false);
    expect(gap.order).toBeUndefined();
    expect(gap.problems[0]?.message).toBe(
      '2027-03-28T02:30 findes ikke i Europe/Copenhagen: urene springer den time over. Vælg et andet tidspunkt.',
    );
  });

  it.each([
    ['da', '2027-03-16T09:00+01:00', 'Europe/Copenhagen'],
    ['sv', '2027-06-15T09:00+02:00', 'Europe/Stockholm'],
  ] as const)(
    'on a machine set to UTC, uses the %s country’s zone when the offset matches',
    (locale, start, zone) => {
      const prepared = prepareSession({ session: unfold, locale, start, machineZone: 'UTC' });
      expect(prepared.timeZone).toBe(zone);
      expect(prepared.order?.clock).toBe('09:00');
    },
  );

  it('on a machine set to UTC, refuses a start it cannot place rather than write a drifting event', () => {
    for (const start of ['2027-03-16T09:00+05:00', '2027-03-16T09:00']) {
      const prepared = prepareSession({ session: unfold, locale: 'da', start, machineZone: 'Etc/UTC' });
      expect(prepared.ok).toBe(false);
      expect(prepared.problems[0]?.code).toBe('need-zone');
    }
    expect(prepareSession({ session: unfold, locale: 'en', start: '09:00', machineZone: 'UTC' }).ok).toBe(
      true,
    );
  });

  it('refuses an unknown zone and an unreadable start, in the user’s language', () => {
    expect(
      prepareSession({ session: unfold, locale: 'sv', start: '09:00', timeZone: 'Mars/Olympus' }).problems[0]
        ?.message,
    ).toBe('”Mars/Olympus” är ingen tidszon; ange t.ex. Europe/Stockholm eller Europe/Copenhagen.');
    expect(prepareSession({ session: unfold, locale: 'en', start: 'next Tuesday' }).problems[0]?.code).toBe(
      'bad-start',
    );
  });

  it('takes the length from the end when no length is given', () => {
    const prepared = prepareSession({
      session: meeting,
      locale: 'en',
      start: '2027-03-16T09:00+01:00',
      end: '2027-03-16T09:45+01:00',
      timeZone: 'Europe/Copenhagen',
    });
    expect(prepared.minutes).toBe(45);
    expect(prepared.order?.endClock).toBe('09:45');
  });

  it('puts the guest speaker on only when asked for', () => {
    const ids = (guest: boolean) =>
      prepareSession({ session: meeting, locale: 'en', guest }).order?.entries.map((e) => e.blockId);
    expect(ids(false)).not.toContain('guest-speaker');
    expect(ids(true)).toContain('guest-speaker');
  });

  it('does not offer a 90-minute workshop for a 45-minute event: an error with a possible fix', () => {
    const prepared = prepareSession({ session: unfold, locale: 'da', minutes: 45, start: '09:00' });
    expect(prepared.ok).toBe(false);
    expect(prepared.problems[0]).toMatchObject({ code: 'does-not-fit', severity: 'error' });
    expect(prepared.problems[0]?.message).toMatch(/^Forløbet kræver \d+ minutter, men der er kun 45\. /);
  });
});
