import { describe, expect, it } from 'vitest';
import { samplePlan, stickyGridPlan } from '../../../tests/fixtures/sample-plan.ts';
import { createVirtualClock } from './board-clock.ts';
import { readStoredBoards } from './board-records.ts';
import { generateBoard } from './generate-board.ts';
import { callContextFor } from './generation-run.ts';
import { listGeneratedBoards } from './read-board-snapshot.ts';
import { removeGeneratedBoard } from './remove-generated-board.ts';
import { createStandInBoard, type StandInOptions, writeMethods } from './stand-in/index.ts';

function setup(options: StandInOptions = {}) {
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock, latencyMs: 50, ...options });
  return { clock, board, opts: { clock, createId: () => 'b1', now: () => new Date('2026-03-01T09:00:00Z') } };
}

const countByType = (types: string[]) =>
  Object.fromEntries([...new Set(types)].map((type) => [type, types.filter((t) => t === type).length]));
const planTypes = { frame: 1, text: 1, shape: 4, sticky_note: 1, connector: 1 };

/** The writes a generation of the sample plan makes, in order, on a board that never fails. */
async function writeOrder(): Promise<string[]> {
  const clock = createVirtualClock();
  const writes: string[] = [];
  const latencyMs = (method: string) => {
    if (writeMethods.includes(method)) writes.push(method);
    return 50;
  };
  await generateBoard(createStandInBoard({ clock, latencyMs }), samplePlan(), {
    clock,
    createId: () => 'b1',
  });
  return writes;
}

const writes = await writeOrder();
// The write-ahead record, the checkpoint once the frame exists, the complete record.
const storageWrites = writes.flatMap((method, i) => (method === 'storage.set' ? [i + 1] : []));
const checkpointWrite = storageWrites[1] ?? 0;
const failingWrites = writes.map((_, i) => i + 1).filter((n) => n !== checkpointWrite);

describe('generateBoard', () => {
  it('creates every item once, children in their frame, each listed in the board record (no metadata call)', async () => {
    const { board, opts } = setup();
    const progress: [number, number][] = [];
    const record = await generateBoard(board, samplePlan(), {
      ...opts,
      placement: 'plan',
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(record).toEqual({
      id: 'b1',
      templateId: 'sample',
      templateVersion: 1,
      locale: 'en',
      title: 'Sample board',
      frameId: record.frameId,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    const items = board.inspect.items();
    expect(countByType(items.map((i) => i.type))).toEqual(planTypes);
    const frame = items.find((i) => i.type === 'frame');
    expect(frame).toMatchObject({ id: record.frameId, x: 600, y: 400 });
    const zone = items.find((i) => i.type === 'shape' && String(i.content).startsWith('<p>Zone left'));
    expect(zone).toMatchObject({ parentId: record.frameId, relativeTo: 'parent_top_left', x: 300, y: 340 });
    // One source of membership: the record lists every item; no item carries metadata.
    const [stored] = await readStoredBoards(callContextFor(board, opts), board);
    expect(stored?.complete).toBe(true);
    expect(stored?.items.map(([id]) => id).sort()).toEqual(items.map((i) => i.id).sort());
    for (const item of items) expect(board.inspect.metadata(item.id)).toEqual({});
    expect(stored?.items.find(([id]) => id === zone?.id)).toEqual([zone?.id, 'zone', 'left']);
    expect(board.inspect.stats().byMethod['item.setMetadata']).toBeUndefined();
    expect(progress[0]).toEqual([0, 8]);
    expect(progress.at(-1)).toEqual([8, 8]);
    expect(progress.map(([done]) => done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(listGeneratedBoards(board, opts)).resolves.toEqual([record]);
  });

  it('places the board in empty space near the viewport centre and zooms to it', async () => {
    const { board, opts } = setup();
    board.inspect.seed('shape', { x: 0, y: 0, width: 3000, height: 3000 });
    await generateBoard(board, samplePlan(), opts);
    const frame = board.inspect.items().find((i) => i.type === 'frame');
    const box = board.inspect.absoluteBox(frame?.id ?? '');
    const clear =
      box.left >= 1500 || box.left + box.width <= -1500 || box.top >= 1500 || box.top + box.height <= -1500;
    expect(clear).toBe(true);
    const view = board.inspect.viewport();
    expect(view.x).toBeLessThanOrEqual(box.left);
    expect(view.x + view.width).toBeGreaterThanOrEqual(box.left + box.width);
  });

  it('completes with every item exactly once under 10 % transient failures', async () => {
    const { board, opts } = setup({ faults: { transientRate: 0.1, seed: 3 } });
    await generateBoard(board, samplePlan(), opts);
    expect(countByType(board.inspect.items().map((i) => i.type))).toEqual(planTypes);
    expect(board.inspect.stats().faults.transient).toBeGreaterThan(0);
  });

  it('removes twins that failed creates left behind when they took effect before failing', async () => {
    const { board, opts } = setup({ faults: { transientRate: 0.2, seed: 6, timing: 'after' } });
    await generateBoard(board, samplePlan(), opts);
    expect(countByType(board.inspect.items().map((i) => i.type))).toEqual(planTypes);
    expect(board.inspect.stats().faults.transient).toBeGreaterThan(2);
  });

  it('writes the record before the first create, and the complete record after the last', () => {
    expect(writes[0]).toBe('storage.set');
    const lastCreate = writes.findLastIndex((method) => method.startsWith('create'));
    expect(storageWrites.at(-1)).toBeGreaterThan(lastCreate + 1);
    expect(storageWrites).toHaveLength(3);
  });

  // Any write but a checkpoint that fails makes the generation fail, and it leaves nothing.
  it.each(failingWrites)('leaves nothing behind when write %i fails permanently', async (n) => {
    const { board, opts } = setup({ faults: { onCall: { [n]: 'permanent' } } });
    await expect(generateBoard(board, samplePlan(), opts)).rejects.toMatchObject({ code: 'permanent' });
    expect(board.inspect.items()).toEqual([]);
    await expect(listGeneratedBoards(board, opts)).resolves.toEqual([]);
  });

  it('completes when only the checkpoint write fails: a checkpoint is best-effort', async () => {
    const { board, opts } = setup({ faults: { onCall: { [checkpointWrite]: 'permanent' } } });
    const record = await generateBoard(board, samplePlan(), opts);
    expect(board.inspect.stats().faults.permanent).toBe(1);
    await expect(listGeneratedBoards(board, opts)).resolves.toEqual([record]);
  });

  it('records the board while it is being made, so a tab closed half-way leaves it removable', async () => {
    const { board, opts } = setup();
    const seen: { complete: boolean; items: number }[] = [];
    const onProgress = (done: number) => {
      if (done !== 4) return;
      void readStoredBoards(callContextFor(board, opts), board).then(([stored]) => {
        if (stored) seen.push({ complete: stored.complete, items: stored.items.length });
      });
    };
    await generateBoard(board, samplePlan(), { ...opts, onProgress });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.complete).toBe(false);
    expect(seen[0]?.items).toBeGreaterThan(0);
  });

  it('rolls back when cancelled half-way, and refuses to start when already cancelled', async () => {
    const { board, opts } = setup();
    const controller = new AbortController();
    const onProgress = (done: number) => done === 3 && controller.abort();
    const run = generateBoard(board, samplePlan(), { ...opts, signal: controller.signal, onProgress });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(board.inspect.items()).toEqual([]);
    board.inspect.resetStats();
    await expect(
      generateBoard(board, samplePlan(), { ...opts, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(board.inspect.stats().calls).toBe(0);
  });

  it('says so when the rollback fails, and the record lets removal finish the job', async () => {
    const faults = {
      methods: ['createConnector', 'remove'],
      onCall: { 1: 'permanent', 2: 'permanent' },
    } as const;
    const { board, opts } = setup({ faults });
    const failure = await generateBoard(board, samplePlan(), { ...opts, concurrency: 1 }).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 'rollback-failed', boardId: 'b1', leftOver: 1 });
    expect(board.inspect.items()).toHaveLength(1);
    await expect(listGeneratedBoards(board, opts)).resolves.toMatchObject([{ id: 'b1' }]);
    await removeGeneratedBoard(board, 'b1', opts);
    expect(board.inspect.items()).toEqual([]);
    await expect(listGeneratedBoards(board, opts)).resolves.toEqual([]);
  });

  it('tolerates frames that refuse metadata (it writes none)', async () => {
    const { board, opts } = setup({ switches: { frameRejectsMetadata: true } });
    const record = await generateBoard(board, samplePlan(), opts);
    expect(board.inspect.metadata(record.frameId)).toEqual({});
    expect(board.inspect.items()).toHaveLength(8);
  });

  it('refuses an invalid plan without a single call', async () => {
    const { board, opts } = setup();
    const plan = samplePlan({
      connectors: [{ id: 'c', kind: 'connector', fromId: 'x', toId: 'y', props: { shape: 'straight' } }],
    });
    await expect(generateBoard(board, plan, opts)).rejects.toMatchObject({ code: 'permanent' });
    expect(board.inspect.stats().calls).toBe(0);
  });

  it('never hits the rate limit with the defaults, even past a minute of credits', async () => {
    const { board, clock, opts } = setup();
    await generateBoard(board, stickyGridPlan(1_200), opts);
    const stats = board.inspect.stats();
    expect(stats.credits).toBeGreaterThan(100_000);
    expect(stats.rateLimitErrors).toBe(0);
    expect(stats.maxInFlight).toBeLessThanOrEqual(24);
    expect(clock.now()).toBeGreaterThan(60_000);
    expect(board.inspect.items()).toHaveLength(1_201);
  });

  it('shares the concurrency cap and keeps both records when two boards generate at once', async () => {
    const { board, opts } = setup();
    let n = 0;
    const createId = () => `b${++n}`;
    await Promise.all([
      generateBoard(board, samplePlan(), { ...opts, createId }),
      generateBoard(board, samplePlan(), { ...opts, createId }),
    ]);
    expect(board.inspect.stats().maxInFlight).toBeLessThanOrEqual(24);
    const ids = (await listGeneratedBoards(board, opts)).map((r) => r.id).sort();
    expect(ids).toEqual(['b1', 'b2']);
  });
});

describe('generateBoard rolling back', () => {
  // Counting only the children's creates (6) and their frame.add (6): write 12 is a frame.add.
  const methods = ['createText', 'createShape', 'createStickyNote', 'frame.add'];
  it.each([1, 3, 6])(
    'leaves nothing when child create %i took effect but lost its answer and a frame.add fails for good',
    async (n) => {
      const faults = { methods, onCall: { [n]: 'transient', 12: 'permanent' }, timing: 'after' } as const;
      const { board, opts } = setup({ faults });
      await expect(generateBoard(board, samplePlan(), opts)).rejects.toMatchObject({ code: 'permanent' });
      expect(board.inspect.stats().faults).toEqual({ transient: 1, permanent: 1 });
      expect(board.inspect.items()).toEqual([]);
      await expect(listGeneratedBoards(board, opts)).resolves.toEqual([]);
    },
  );
});
