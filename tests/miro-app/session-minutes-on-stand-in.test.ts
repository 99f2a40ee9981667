import { describe, expect, it } from 'vitest';
import { createVirtualClock, generateBoard, readBoardSnapshot } from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { planSession } from '../../miro-app/src/panel/plan-session.ts';
import { addSampleNotes } from '../../miro-app/src/preview/add-sample-notes.ts';
import {
  builtInSessions,
  harvestMessages,
  harvestReading,
  type Locale,
  renderMinutesText,
} from '../../shared/index.ts';

const cases = builtInSessions.flatMap((session) =>
  (['da', 'sv'] as const).map((locale) => [session.id, locale] as const),
);

async function minutesOf(sessionId: string, locale: Locale) {
  const session = builtInSessions.find((s) => s.id === sessionId);
  if (!session) throw new Error(`no session ${sessionId}`);
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock });
  const outcome = planSession(session, { locale, participants: 14, minutes: 120, start: '09:00' });
  if (!outcome.ok) throw new Error(outcome.message);
  const record = await generateBoard(board, outcome.plan, { clock, session: outcome.record });
  addSampleNotes(board);
  const harvested = harvestReading(await readBoardSnapshot(board));
  if (!harvested.ok) throw new Error(harvested.error.message);
  return {
    text: renderMinutesText(harvested.result, locale, { timeZone: 'UTC' }),
    record,
    result: harvested.result,
  };
}

describe('minutes of every built-in session, with the preview’s sample notes, at 14 people', () => {
  it.each(cases)(
    '%s (%s): decisions, actions or next time; no personal field one by one; blocks in order',
    async (id, locale) => {
      const { text, result } = await minutesOf(id, locale);
      const m = harvestMessages[locale];
      // No workshop's minutes are all "other notes".
      const tagged = [m.minutesDecisions, m.minutesActions, m.minutesNext].filter((heading) =>
        text.split('\n').includes(heading),
      );
      expect(tagged.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/(Deltager|Deltagare) \d+:/);
      expect(text).not.toContain('\\');
      // The other notes come block by block, in the running order.
      const zones = result.boards.flatMap((board) => board.zones);
      const blocks = [...new Set(zones.flatMap((zone) => (zone.block ? [zone.block.index] : [])))];
      expect(blocks.length).toBeGreaterThan(0);
      const other = text.slice(text.indexOf(`\n${m.minutesOther}\n`));
      const shown = zones.filter((z) => z.block && !z.minutes && !z.personal && z.notes.length > 0);
      const byIndex = new Map(shown.map((z) => [z.block?.index ?? 0, z.block?.title ?? '']));
      const titles = [...byIndex].sort(([a], [b]) => a - b).map(([, title]) => title);
      const at = titles.map((title) => other.indexOf(`\n${title}\n`));
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(at.every((position) => position >= 0)).toBe(true);
    },
  );

  it('folds the perfect group’s personal fields of the start-up into one list', async () => {
    const { text, record } = await minutesOf('start-up-network', 'da');
    expect(Object.keys(record.zonePersonal ?? {}).length).toBeGreaterThan(1);
    expect(text.split('\n')).toContain(harvestMessages.da.minutesPersonal);
    expect(text).toMatch(/^Referat – Opstart af et nyt netværk/);
  });
});
