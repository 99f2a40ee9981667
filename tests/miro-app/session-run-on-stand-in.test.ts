import { describe, expect, it, vi } from 'vitest';
import {
  createVirtualClock,
  generateBoard,
  listGeneratedBoards,
  readBoardSnapshot,
  readMiroBoard,
  textToMiroHtml,
} from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { defaultParticipants, planSession, retimeSession } from '../../miro-app/src/panel/plan-session.ts';
import { showBlock, startBlockTimer } from '../../miro-app/src/panel/run-block-actions.ts';
import {
  builtInSessions,
  findSession,
  harvestReading,
  locales,
  renderHarvestMinutes,
} from '../../shared/index.ts';
import { absoluteBox } from './expect-board-matches-plan.ts';

const cases = builtInSessions.flatMap((session) => locales.map((locale) => [session.id, locale] as const));

describe('a Run-through of every built-in session on the stand-in board', () => {
  it.each(cases)(
    '%s (%s): one board, its record finds every block frame, the timer runs per block',
    async (id, locale) => {
      const session = findSession(id);
      if (!session) throw new Error(`no session ${id}`);
      const clock = createVirtualClock();
      const board = createStandInBoard({ clock });
      const outcome = planSession(session, {
        locale,
        participants: 14,
        start: '09:00',
        network: 'Netværk Nord',
      });
      if (!outcome.ok) throw new Error(outcome.message);
      const generated = await generateBoard(board, outcome.plan, { clock, session: outcome.record });

      // After a reload the panel knows only the record on the board: it must say which session, and how timed.
      const [record] = await listGeneratedBoards(board);
      expect(record?.id).toBe(generated.id);
      expect(record?.session).toMatchObject({ sessionId: id, participants: 14, start: '09:00' });
      if (!record?.session) throw new Error('no session in the record');
      const order = retimeSession(session, record.session, locale);
      expect(order).toEqual(outcome.order);
      expect(order.totalMinutes + order.spareMinutes).toBe(order.availableMinutes);

      // One frame per template block (and copy), the agenda frame as the board's own.
      const agenda = await board.getById(record.frameId);
      expect(agenda.type).toBe('frame');
      const templateBlocks = order.entries.filter((entry) => entry.kind === 'template');
      const framed = new Set(record.session.frames.map((frame) => frame.blockId));
      expect([...framed]).toEqual(templateBlocks.map((entry) => entry.blockId));
      expect(record.session.frames.length).toBe(templateBlocks.reduce((sum, entry) => sum + entry.copies, 0));

      // The Run-through: show each block's frame, start Miro's timer for its minutes.
      const start = vi.spyOn(board.timer, 'start');
      const zoom = vi.spyOn(board.viewport, 'zoomTo');
      for (const entry of order.entries) {
        await showBlock(board, record, entry);
        const shown = zoom.mock.lastCall?.[0];
        const shownIds = (Array.isArray(shown) ? shown : [shown]).map((item) => item?.id);
        const own = record.session.frames.filter((f) => f.blockId === entry.blockId).map((f) => f.frameId);
        expect(shownIds).toEqual(own.length > 0 ? own : [record.frameId]);
        if (entry.kind === 'template') {
          const frame = await board.getById(own[0] ?? '');
          expect(frame.type === 'frame' && frame.title).toContain(entry.title);
          expect(frame.type === 'frame' && frame.title).toContain(`${entry.clock}–${entry.endClock}`);
        }
        // The previous block's timer still runs: the isStarted() guard stops it before this start.
        expect((await startBlockTimer(board, entry.minutes * 60_000)).place).toBe('board');
        expect(start).toHaveBeenLastCalledWith(entry.minutes * 60_000);
        expect(board.inspect.timer()).toMatchObject({
          status: 'STARTED',
          totalDuration: entry.minutes * 60_000,
        });
      }
      expect(start).toHaveBeenCalledTimes(order.entries.length);
    },
  );
});

describe('running a session without Miro’s timer', () => {
  it('asks the panel to count down and never calls the board timer', async () => {
    const session = builtInSessions[0];
    if (!session) throw new Error('no sessions');
    const board = createStandInBoard({ clock: createVirtualClock(), features: { timer: false } });
    const start = vi.spyOn(board.timer, 'start');
    expect(await startBlockTimer(board, 600_000)).toEqual({ place: 'panel' });
    expect(start).not.toHaveBeenCalled();
  });

  it('says so when a block frame was deleted from the board', async () => {
    const session = findSession('choose-the-network-type') ?? builtInSessions[0];
    if (!session) throw new Error('no sessions');
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock });
    const outcome = planSession(session, { locale: 'en', participants: defaultParticipants(session) });
    if (!outcome.ok) throw new Error(outcome.message);
    const record = await generateBoard(board, outcome.plan, { clock, session: outcome.record });
    const entry = outcome.order.entries.find((e) => e.kind === 'template');
    const frame = record.session?.frames.find((f) => f.blockId === entry?.blockId);
    if (!entry || !frame) throw new Error('no template block');
    await board.remove({ id: frame.frameId });
    await expect(showBlock(board, record, entry)).rejects.toThrow();
  });
});

describe('a session that cannot fit', () => {
  it('says what is possible (a longer event) and builds nothing', () => {
    const session = findSession('open-network-meeting');
    if (!session) throw new Error('no open meeting');
    const outcome = planSession(session, { locale: 'da', participants: 40, minutes: 20, start: '09:00' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.order.shorten).toEqual({ kind: 'lengthen', minutes: 40 });
    expect(outcome.message).toBe(
      'Forløbet kræver 40 minutter, men der er kun 20. Lad aftalen slutte kl. 09:40, eller vælg et kortere forløb.',
    );
  });

  it('names a block that can give the minutes, never more than it has', () => {
    const session = findSession('unfold-the-theme');
    if (!session) throw new Error('no session');
    const outcome = planSession(session, { locale: 'da', participants: 14, minutes: 70 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const advice = outcome.order.shorten;
    expect(advice?.kind).toBe('shorten');
    const block = outcome.order.entries.find((entry) => entry.blockId === advice?.blockId);
    expect(advice?.minutes).toBeLessThanOrEqual((block?.minutes ?? 0) - 5);
    expect(outcome.message).toContain(`“${block?.title}” (${block?.minutes} min.)`);
  });
});

describe('the open meeting harvested to minutes', () => {
  it.each(locales)('%s: decisions, actions and next time first, empty zones left out', async (locale) => {
    const session = findSession('open-network-meeting');
    if (!session) throw new Error('no open meeting');
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock });
    const outcome = planSession(session, { locale, participants: 8, minutes: 90 });
    if (!outcome.ok) throw new Error(outcome.message);
    const record = await generateBoard(board, outcome.plan, { clock, session: outcome.record });
    expect(Object.values(record.zoneMinutes ?? {}).sort()).toEqual(['action', 'decision', 'next']);
    const snapshot = await readMiroBoard(board, { clock });
    const byId = new Map(snapshot.items.map((item) => [item.id, item]));
    // The board record lists the zone shapes by zone id.
    const stored = (await board.storage.collection('netverk').get('boards')) as {
      boards: { items: string[][] }[];
    };
    const zoneShape = (zoneId: string) =>
      stored.boards[0]?.items.find((ref) => ref[1] === 'zone' && ref[2] === zoneId)?.[0] ?? '';
    const tags = record.zoneMinutes ?? {};
    const byTag = (tag: string) => Object.keys(tags).find((zoneId) => tags[zoneId] === tag) ?? '';
    const write = (zoneId: string, text: string) => {
      const shape = byId.get(zoneShape(zoneId));
      if (!shape) throw new Error(`no zone ${zoneId}`);
      const box = absoluteBox(shape, byId);
      board.inspect.seed('sticky_note', {
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
        width: 40,
        content: textToMiroHtml(text),
      });
    };
    write(byTag('next'), 'Meet in March');
    write(byTag('action'), 'Kim <b>sends</b> the slides');
    write(byTag('decision'), 'We *share* one calendar');
    const harvest = harvestReading(await readBoardSnapshot(board, { clock }));
    if (!harvest.ok) throw new Error(harvest.error.message);
    const minutes = renderHarvestMinutes(harvest.result, locale);
    const decision = minutes.indexOf('We \\*share\\* one calendar');
    const action = minutes.indexOf('Kim \\<b\\>sends\\</b\\> the slides');
    const next = minutes.indexOf('Meet in March');
    expect(decision).toBeGreaterThan(0);
    expect(action).toBeGreaterThan(decision);
    expect(next).toBeGreaterThan(action);
    // Only the three zones with notes: no zone heading for the empty ones.
    const zoneTitles = harvest.result.boards.flatMap((b) => b.zones.filter((z) => z.notes.length === 0));
    expect(zoneTitles.length).toBeGreaterThan(0);
    for (const zone of zoneTitles) expect(minutes).not.toContain(`**${zone.title}**`);
  });
});
