import { describe, expect, it } from 'vitest';
import {
  createVirtualClock,
  generateBoard,
  listGeneratedBoards,
  recordCollection,
  recordKey,
  removeGeneratedBoard,
} from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { findSession, layoutSession } from '../../shared/index.ts';

/**
 * The promise of the board record: a tab closed at any moment of a generation leaves nothing the Boards
 * tab cannot find and remove. The stand-in closes the tab as call k is made: that call and those under
 * way take effect and never answer; no later call is made. A new tab on the same board then lists the
 * session and removes it, as the Boards tab does (`listGeneratedBoards`, `removeGeneratedBoard`).
 */
const session = findSession('unfold-the-theme');
if (!session) throw new Error('no session unfold-the-theme');
const layout = {
  locale: 'en',
  network: 'Network North',
  theme: 'Loneliness',
  participants: 14,
  startTime: '09:00',
} as const;
const plan = layoutSession(session, layout);
const sessionRecord = { sessionId: session.id, participants: 14, start: '09:00', network: 'Network North' };
const latencyMs = 50;

function generate(board: Parameters<typeof generateBoard>[0], clock: ReturnType<typeof createVirtualClock>) {
  return generateBoard(board, plan, { clock, createId: () => 'closed', session: sessionRecord });
}

/** Every call a whole generation makes, counted on a tab that stays open. */
async function callsOfWholeGeneration(): Promise<number> {
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock, latencyMs });
  await generate(board, clock);
  return board.inspect.stats().calls;
}

/** Lets the calls that were under way when the tab closed reach the board. */
async function settle(): Promise<void> {
  for (let i = 0; i < 200; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

const total = await callsOfWholeGeneration();
const closings = Array.from({ length: Math.floor(total / 10) }, (_, i) => (i + 1) * 10);
/** Items on the board the record did not list by id when the tab closed, per closing. */
const unlistedAtClose: number[] = [];

describe('a generation whose tab closes mid-way leaves nothing the Boards tab cannot remove', () => {
  it('closes at every tenth call of the whole generation', () => {
    expect(total).toBeGreaterThan(250);
    expect(closings.at(-1)).toBeGreaterThan(total - 10);
  });

  it.each(closings)('closed at call %i: the session is listed and removed whole', async (k) => {
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock, latencyMs, closeAtCall: k });
    // A participant's note far from where the board goes: it must stay.
    const beside = board.inspect.seed('sticky_note', { x: -4_000, y: -4_000, content: '<p>Mine</p>' });
    void generate(board, clock);
    while (!board.inspect.closed()) await new Promise((resolve) => setImmediate(resolve));
    await settle();

    const made = board.inspect.items().filter((item) => item.id !== beside.id);
    // A participant's note in the half-made board's first frame: the removal must leave it too.
    const frame = made.find((item) => item.type === 'frame');
    const inside = frame
      ? board.inspect.seed(
          'sticky_note',
          { ...centreOf(board.inspect.absoluteBox(frame.id)), content: '<p>Our idea</p>' },
          { parentId: frame.id },
        )
      : undefined;
    const stored = board.inspect.storage(recordCollection)[recordKey] as
      | { boards: { items: [string, string][] }[] }
      | undefined;
    const listed = new Set(stored?.boards.flatMap((entry) => entry.items.map(([id]) => id)) ?? []);
    unlistedAtClose.push(made.filter((item) => !listed.has(item.id)).length);

    const tab = board.inspect.reopen();
    const records = await listGeneratedBoards(tab, { clock });
    // Anything made means the session is listed: the record is written before the first create.
    if (made.length > 0) expect(records.map((record) => record.id)).toEqual(['closed']);
    // Named as the Boards tab names sessions (network, theme, time), half-made or not.
    for (const record of records) expect(record.session?.network).toBe('Network North');
    for (const record of records) await removeGeneratedBoard(tab, record.id, { clock });

    const left = tab.inspect.items().map((item) => item.id);
    expect(left.sort()).toEqual([beside.id, ...(inside ? [inside.id] : [])].sort());
    await expect(listGeneratedBoards(tab, { clock })).resolves.toEqual([]);
  });

  it('found items the record did not list yet (the search is needed, not just the ids)', () => {
    expect(unlistedAtClose).toHaveLength(closings.length);
    expect(Math.max(...unlistedAtClose)).toBeGreaterThan(20);
  });
});

function centreOf(box: { left: number; top: number; width: number; height: number }) {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
