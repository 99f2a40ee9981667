import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { builtInSessions, type Locale, type Session, timeSession } from '../../shared/index.ts';
import { createFakeIo } from './fake-io.ts';
import { readPdf } from './read-pdf.ts';

const start = '2026-12-01T09:00+01:00';
const letters: Record<Locale, RegExp[]> = { da: [/æ/, /ø/, /å/], sv: [/å/, /ä/, /ö/], en: [] };

/** The length the session must fill: its own, or the meeting's default for the open meeting. */
function lengthOf(session: Session): number {
  if (session.minutes !== 'from-user') return session.minutes;
  if (session.defaultMinutes === undefined) throw new Error(`${session.id} has no default length`);
  return session.defaultMinutes;
}

function clockOf(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** Rows of the printed running order: start time and minutes, read from the A4 pages' layout text. */
function scriptRows(text: string): { clock: string; minutes: number }[] {
  return [...text.matchAll(/^\s*(\d{1,2}:\d{2})\s+(\d+)\s{2,}\S/gm)].map((m) => ({
    clock: m[1] ?? '',
    minutes: Number(m[2]),
  }));
}

const cases = builtInSessions.flatMap((session) =>
  (['da', 'sv', 'en'] as const).flatMap((locale) =>
    [4, 14, 30].map((participants) => [session.id, locale, participants] as const),
  ),
);

describe('netverk session writes the facilitator’s PDF for every built-in session', () => {
  it.each(cases)('%s in %s for %i participants', async (id, locale, participants) => {
    const session = builtInSessions.find((s) => s.id === id) as Session;
    const fake = createFakeIo();
    const argv = ['session', id, '--out', 'room', '--lang', locale];
    argv.push('--participants', String(participants), '--start', start);
    expect(await runCli(argv, fake.io)).toBe(0);
    // The running order the print must show is the core's, timed once.
    const order = timeSession(session, { locale, participants, start: `${start.slice(0, 16)}:00+01:00` });
    const length = lengthOf(session);
    expect(order.fits).toBe(true);

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

    // Clock times run on without gaps from 09:00, and the minutes add up to the session's length.
    const rows = scriptRows(script);
    expect(rows).toHaveLength(order.entries.length);
    let at = 9 * 60;
    for (const row of rows) {
      expect(row.clock).toBe(clockOf(at));
      at += row.minutes;
    }
    expect(rows.reduce((sum, row) => sum + row.minutes, 0)).toBe(length);
    expect(flatScript).toContain(`09:00–${clockOf(9 * 60 + length)}`);

    // Each poster carries its block's title and times, as the frame on the board does.
    templates.forEach((entry, i) => {
      const page = pdf.flat(a4 + 1 + i);
      expect(page).toContain(entry.title);
      expect(page).toContain(`${entry.clock}–${entry.endClock}`);
    });

    const markdown = fake.written.get(`room/${id}.md`) ?? '';
    expect(markdown.match(/^### \d{2}:\d{2}–\d{2}:\d{2} · /gm)).toHaveLength(order.entries.length);

    const ics = fake.written.get(`room/${id}.ics`) ?? '';
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.startDate.toString()).toBe('2026-12-01T09:00:00');
    expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(length * 60);
    for (const entry of order.entries)
      expect(event.description).toContain(`${entry.clock}–${entry.endClock}  ${entry.title}`);
  });
});
