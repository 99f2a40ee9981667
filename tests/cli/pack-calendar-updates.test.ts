import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { createFakeIo } from './fake-io.ts';

/** `pack` at a given moment (an injected clock, never the machine's): the series as ical.js reads it. */
async function exportSeries(now: string, args: string[]) {
  const fake = createFakeIo({}, 'da_DK.UTF-8');
  fake.io.now = () => new Date(now);
  const code = await runCli(
    ['pack', '--out', 'p', '--network', 'HR-netværket', '--tz', 'Europe/Copenhagen', ...args],
    fake.io,
  );
  expect(code).toBe(0);
  const calendar = new ICAL.Component(ICAL.parse(fake.written.get('p/network-meetings.ics') ?? ''));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  return { uid: event.uid, sequence: event.sequence, start: event.startDate.toString() };
}

describe('pack: a moved series is an update of the same series', () => {
  it('keeps the UID and raises SEQUENCE when exported again with a moved start, in another language', async () => {
    const first = await exportSeries('2027-01-10T08:00:00Z', ['--start', '2027-03-16T09:00+01:00']);
    const moved = await exportSeries('2027-01-11T08:00:00Z', [
      '--start',
      '2027-03-23T13:00+01:00',
      '--minutes',
      '60',
      '--lang',
      'sv',
    ]);
    expect(moved.start).toBe('2027-03-23T13:00:00');
    expect(first.start).toBe('2027-03-16T09:00:00');
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    const other = await exportSeries('2027-01-11T08:00:00Z', ['--network', 'Ældrenetværket']);
    expect(other.uid).not.toBe(first.uid);
  });
});
