import { describe, expect, it } from 'vitest';
import { createVirtualClock, generateBoard, readMiroBoard } from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { builtInSessions, layoutSession, locales, timeSession } from '../../shared/index.ts';
import { absoluteBox, expectBoardMatchesPlan } from './expect-board-matches-plan.ts';

const cases = builtInSessions.flatMap((session) =>
  locales.map((locale) => [session.id, locale, session] as const),
);

describe('every built-in session on the stand-in board', () => {
  it.each(cases)(
    '%s (%s): one connected board, as planned, blocks left to right in running order',
    async (_id, locale, session) => {
      const clock = createVirtualClock();
      const board = createStandInBoard({ clock });
      // Something already on the board, so placement must find space and the offset is exercised.
      board.inspect.seed('shape', { x: 0, y: 0, width: 2_000, height: 2_000 });
      const options = {
        locale,
        network: 'Netværk Nord',
        theme: 'Ældre & "digitale" <borgere>',
        participants: 14,
        startTime: '09:00',
      };
      const plan = layoutSession(session, options);
      const record = await generateBoard(board, plan, { clock });
      const connectors = board.inspect.items().filter((item) => item.type === 'connector');
      const snapshot = await readMiroBoard(board, { clock });
      const ids = expectBoardMatchesPlan(plan, snapshot, connectors, record);

      // The agenda frame first, then one frame per template block, left to right in running order.
      const order = timeSession(session, { locale, participants: 14, start: '09:00' });
      const byId = new Map(snapshot.items.map((item) => [item.id, item]));
      const frames = plan.items
        .filter((item) => item.kind === 'frame')
        .map((item) => ({
          plan: item,
          box: absoluteBox(byId.get(ids.get(item.id) ?? '') ?? { id: '', type: '', x: 0, y: 0 }, byId),
        }));
      const blocks = order.entries.filter((entry) => entry.kind === 'template');
      expect(frames).toHaveLength(1 + blocks.reduce((n, entry) => n + entry.copies, 0));
      const [agenda, ...all] = frames;
      // One column per block: its first board (groups doing the whole task have one board each, stacked).
      const rest = all.filter((frame) => (frame.plan.meta.copy ?? 1) === 1);
      const lefts = rest.map((frame) => frame.box.left);
      expect(lefts.every((left) => left > (agenda?.box.left ?? 0))).toBe(true);
      expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
      expect(rest.map((frame) => frame.plan.meta.blockId)).toEqual(blocks.map((entry) => entry.blockId));
      rest.forEach((frame, i) => {
        const entry = blocks[i];
        const title = byId.get(ids.get(frame.plan.id) ?? '')?.title ?? '';
        expect(title).toContain(`${entry?.clock}–${entry?.endClock}`);
        expect(title).toContain(entry?.title);
      });
      // The agenda frame carries every block with its clock time.
      const agendaTexts = snapshot.items
        .filter((item) => item.parentId === ids.get(agenda?.plan.id ?? ''))
        .map((item) => item.content ?? '')
        .join('\n');
      for (const entry of order.entries) expect(agendaTexts).toContain(entry.clock);
    },
  );
});
