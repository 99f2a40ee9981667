import { describe, expect, it } from 'vitest';
import { harvestBoardReading, harvestReading } from '../../../shared/index.ts';
import { samplePlan } from '../../../tests/fixtures/sample-plan.ts';
import { createVirtualClock } from './board-clock.ts';
import { recordCollection, recordKey } from './board-records.ts';
import { generateBoard } from './generate-board.ts';
import { listGeneratedBoards, readBoardSnapshot, readMiroBoard } from './read-board-snapshot.ts';
import { createStandInBoard, type StandInSwitches } from './stand-in/index.ts';

async function generated(switches: Partial<StandInSwitches> = {}) {
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock, switches });
  const opts = { clock, createId: () => 'b1', placement: 'plan' as const };
  const record = await generateBoard(board, samplePlan(), opts);
  return { board, record, opts };
}

describe('readBoardSnapshot', () => {
  it('reads 5,000 notes in two calls, with Netverk roles from the records', async () => {
    const { board, record, opts } = await generated({ frameRejectsMetadata: true });
    for (let i = 0; i < 5_000; i += 1) {
      const left = i % 2 === 0;
      const at = { x: (left ? 100 : 660) + (i % 40) * 10, y: 200 + (i % 30) * 10 };
      board.inspect.seed(
        'sticky_note',
        { ...at, width: 40, content: `<p>note ${i}</p>` },
        { parentId: record.frameId },
      );
    }
    board.inspect.resetStats();
    const snapshot = await readBoardSnapshot(board, opts);
    expect(board.inspect.stats()).toMatchObject({ calls: 2, reads: 2 });
    expect(snapshot.items).toHaveLength(7 + 5_000);
    expect(snapshot.items.some((item) => item.kind === 'connector')).toBe(false);
    expect(snapshot.boards).toEqual([record]);
    const frame = snapshot.items.find((item) => item.id === record.frameId);
    expect(frame).toMatchObject({ kind: 'frame', boardId: 'b1', templateId: 'sample', role: 'frame' });
    const harvest = harvestReading(JSON.parse(JSON.stringify(snapshot)));
    if (!harvest.ok) throw new Error(harvest.error.message);
    // The panel harvests the adapter's own reading without restoring it again: the same result.
    expect(harvestBoardReading(snapshot)).toEqual(harvest.result);
    const zones = harvest.result.boards[0]?.zones ?? [];
    expect(zones.map((z) => [z.zoneId, z.notes.length])).toEqual([
      ['left', 2_500],
      ['right', 2_500],
    ]);
    expect(harvest.result.unplaced).toEqual([]);
  });

  it("reads Miro's items as they are, children frame-relative, and the record listing the generated ones", async () => {
    const { board, record } = await generated();
    const read = await readMiroBoard(board);
    const seed = read.items.find((item) => item.type === 'sticky_note');
    expect(seed).toMatchObject({
      relativeTo: 'parent_top_left',
      x: 80 + 199 / 2,
      y: 260 + 114,
      content: '<p>Seed note</p>',
    });
    expect(read.boards.map((entry) => entry.record)).toEqual([record]);
    expect(read.boards[0]?.items).toContainEqual([seed?.id, 'seed']);
  });

  it('decodes it for the core: absolute top-left, plain text, roles', async () => {
    const { board } = await generated();
    const reading = await readBoardSnapshot(board);
    const seed = reading.items.find((item) => item.kind === 'sticky');
    expect(seed).toEqual({
      id: seed?.id,
      kind: 'sticky',
      x: 80,
      y: 260,
      width: 199,
      height: 228,
      text: 'Seed note',
      color: 'yellow',
      boardId: 'b1',
      templateId: 'sample',
      role: 'seed',
    });
    expect(reading.items.find((item) => item.role === 'zone')).toMatchObject({
      x: 40,
      y: 140,
      zoneId: 'left',
    });
    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
  });

  it('lists no boards when the record is missing or unreadable', async () => {
    const board = createStandInBoard();
    await expect(listGeneratedBoards(board)).resolves.toEqual([]);
    await board.storage
      .collection(recordCollection)
      .set(recordKey, { v: 1, boards: [{ record: { id: '' } }, 7] });
    await expect(listGeneratedBoards(board)).resolves.toEqual([]);
    await expect(readMiroBoard(board)).resolves.toEqual({ items: [], boards: [] });
    await expect(readBoardSnapshot(board)).resolves.toEqual({ readingVersion: 1, items: [], boards: [] });
  });
});
