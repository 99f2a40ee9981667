import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { builtInSessions, type Locale, prepareSession, type Session } from '../../shared/index.ts';
import { createFakeIo } from './fake-io.ts';
import { readPdf } from './read-pdf.ts';

// A Tuesday in March, given in UTC: the event's zone (--tz) makes it 09:00 everywhere.
const start = '2027-03-16T08:00Z';
const zone = 'Europe/Copenhagen';
const letters: Record<Locale, RegExp[]> = { da: [/æ/, /ø/, /å/], sv: [/å/, /ä/, /ö/], en: [] };

function clockOf(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** Rows of the printed running order: start and end time and minutes, read from the A4 pages' layout text. */
function scriptRows(text: string): { clock: string; endClock: string; minutes: number }[] {
  return [...text.matchAll(/^\s*(\d{1,2}:\d{2})–(\d{1,2}:\d{2})\s+(\d+)\s{2,}\S/gm)].map((m) => ({
    clock: m[1] ?? '',
    endClock: m[2] ?? '',
    minutes: Number(m[3]),
  }));
}

// The content review's rooms: 6, 14 and 30 people, in Danish, Swedish and English.
const cases = builtInSessions.flatMap((session) =>
  (['da', 'sv', 'en'] as const).flatMap((locale) =>
    [6, 14, 30]
      .filter((participants) => participants <= session.participants.max)
      .map((participants) => [session.id, locale, participants] as const),
  ),
);

describe('netverk session writes the facilitator’s PDF for every built-in session', () => {
  it.each(cases)('%s in %s for %i participants', async (id, locale, participants) => {
    const session = builtInSessions.find((s) => s.id === id) as Session;
    const fake = createFakeIo();
    const argv = ['session', id, '--out', 'room', '--lang', locale];
    argv.push('--participants', String(participants), '--start', start, '--tz', zone);
    expect(await runCli(argv, fake.io)).toBe(0);
    // The running order the print must show is the core's, prepared once: 09:00 in Copenhagen.
    const order = prepareSession({ session, locale, participants, start, timeZone: zone }).order;
    if (!order) throw new Error('no running order');
    const length = order.availableMinutes;
    expect(order.fits).toBe(true);
    expect(order.clock).toBe('09:00');
    // The same running order as JSON, for other tools.
    const json = createFakeIo();
    expect(
      await runCli([...argv.filter((a) => a !== '--out' && a !== 'room'), '--format', 'json'], json.io),
    ).toBe(0);
    const read = JSON.parse(json.stdout()) as {
      entries: { clock: string; endClock: string; minutes: number }[];
    };
    expect(read.entries.map((e) => `${e.clock}–${e.endClock}`)).toEqual(
      order.entries.map((e) => `${e.clock}–${e.endClock}`),
    );

    const pdf = readPdf(fake.bytes.get(`room/${id}.pdf`));
    const templates = order.entries.filter((entry) => entry.kind === 'template');
    const a4 = pdf.papers.findIndex((paper) => paper !== 'A4');
    expect(a4).toBeGreaterThanOrEqual(1);
    // A4 script pages first, then one poster per template block at A3 or A1, nothing after.
    expect(pdf.papers.slice(0, a4).every((paper) => paper === 'A4')).toBe(true);
    const posters = pdf.papers.slice(a4);
    expect(posters).toHaveLength(templates.length);
    for (const paper of posters) expect(['A3', 'A1']).toContain(paper);

    const script = pdf.text(1, a4);
    const flatScript = script.replace(/\s+/g, ' ');
    expect(flatScript).toContain(order.title);
    for (const entry of order.entries) expect(flatScript).toContain(entry.title);
    for (const line of order.beforehand) expect(flatScript).toContain(line);
    for (const letter of letters[locale]) expect(pdf.flat()).toMatch(letter);

    // Each row from its start to its end, running on without gaps from 09:00 in the event's zone,
    // the same times as the running order; the minutes add up to the session's length.
    const rows = scriptRows(script);
    expect(rows).toHaveLength(order.entries.length);
    let at = 9 * 60;
    for (const row of rows) {
      expect(row.clock).toBe(clockOf(at));
      at += row.minutes;
      expect(row.endClock).toBe(clockOf(at));
    }
    expect(rows.map((row) => `${row.clock}–${row.endClock}`)).toEqual(
      order.entries.map((entry) => `${entry.clock}–${entry.endClock}`),
    );
    expect(rows.reduce((sum, row) => sum + row.minutes, 0)).toBe(length);
    expect(flatScript).toContain(`09:00–${clockOf(9 * 60 + length)}`);

    // Each poster carries its block's title and times, as the frame on the board does.
    templates.forEach((entry, i) => {
      const page = pdf.flat(a4 + 1 + i);
      expect(page).toContain(entry.title);
      expect(page).toContain(`${entry.clock}–${entry.endClock}`);
    });

    // The Markdown running order, written by the same renderer as the popup's and the Run view's, agrees.
    const markdown = fake.written.get(`room/${id}.md`) ?? '';
    expect([...markdown.matchAll(/^### (\d{2}:\d{2}–\d{2}:\d{2}) · /gm)].map((m) => m[1])).toEqual(
      rows.map((row) => `${row.clock}–${row.endClock}`),
    );

    const ics = fake.written.get(`room/${id}.ics`) ?? '';
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toString()).toBe('2027-03-16T09:00:00');
    expect(vevent?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(zone);
    expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(length * 60);
    // One event: a workshop never repeats (the zone's own rules are in VTIMEZONE, not the event).
    expect(vevent?.getFirstProperty('rrule')).toBeNull();
    for (const entry of order.entries)
      expect(event.description).toContain(`${entry.clock}–${entry.endClock}  ${entry.title}`);
  });
});
