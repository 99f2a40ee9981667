import { describe, expect, it } from 'vitest';
import {
  createVirtualClock,
  generateBoard,
  listGeneratedBoards,
  readMiroBoard,
} from '../../miro-app/src/board/index.ts';
import {
  createStandInBoard,
  type StandInOptions,
  writeMethods,
} from '../../miro-app/src/board/stand-in/index.ts';
import { builtInTemplates, findTemplate, layoutTemplate } from '../../shared/index.ts';
import { expectBoardMatchesPlan } from './expect-board-matches-plan.ts';

const layoutOptions = { locale: 'sv' as const, theme: 'Tema', participants: 5 };
const treeTemplate = findTemplate('network-type');
if (!treeTemplate) throw new Error('the network-type decision tree is built in');
const decisionTree = layoutTemplate(treeTemplate, layoutOptions);

const treeSteps = decisionTree.items.length + decisionTree.connectors.length;
/** First, a third, two thirds and last of 1…n. */
const spread = (n: number) => [...new Set([1, Math.round(n / 3), Math.round((2 * n) / 3), n])];
const faults = { transientRate: 0.05 };

/**
 * Every write the tree takes under `faults`, in order (retries included, as the fault plan counts them):
 * creates, frame.add, and the board record's writes. All but its checkpoints fail the generation when
 * they fail for good; checkpoints are best-effort.
 */
async function failingTreeWrites(): Promise<number[]> {
  const clock = createVirtualClock();
  const writes: string[] = [];
  const latencyMs = (method: string) => {
    if (writeMethods.includes(method)) writes.push(method);
    return 50;
  };
  await generateBoard(createStandInBoard({ clock, latencyMs, faults }), decisionTree, { clock });
  const records = writes.flatMap((method, i) => (method === 'storage.set' ? [i] : []));
  const checkpoints = new Set(records.slice(1, -1));
  return writes.flatMap((_, i) => (checkpoints.has(i) ? [] : [i + 1]));
}
const failing = await failingTreeWrites();

function setup(options: StandInOptions = {}) {
  const clock = createVirtualClock();
  return { clock, board: createStandInBoard({ clock, latencyMs: 50, ...options }) };
}

describe('generation under failures', () => {
  it.each([1, 2, 3])(
    // One in five since items carry no metadata: half the writes, as many faults as before.
    'completes with every item exactly once under one transient failure in five (seed %i)',
    async (seed) => {
      const { clock, board } = setup({ faults: { transientRate: 0.2, seed } });
      const record = await generateBoard(board, decisionTree, { clock });
      const connectors = board.inspect.items().filter((item) => item.type === 'connector');
      expectBoardMatchesPlan(decisionTree, await readMiroBoard(board, { clock }), connectors, record);
      expect(board.inspect.items()).toHaveLength(decisionTree.items.length + decisionTree.connectors.length);
      expect(board.inspect.stats().faults.transient).toBeGreaterThan(5);
    },
  );

  it('completes with every item exactly once when failed calls took effect before failing', async () => {
    const { clock, board } = setup({ faults: { transientRate: 0.1, seed: 11, timing: 'after' } });
    const record = await generateBoard(board, decisionTree, { clock });
    const connectors = board.inspect.items().filter((item) => item.type === 'connector');
    expectBoardMatchesPlan(decisionTree, await readMiroBoard(board, { clock }), connectors, record);
    expect(board.inspect.items()).toHaveLength(decisionTree.items.length + decisionTree.connectors.length);
  });

  it.each(spread(failing.length).map((i) => failing[i - 1] ?? 0))(
    'leaves nothing behind after a permanent failure on write %i',
    async (n) => {
      const { clock, board } = setup({ faults: { onCall: { [n]: 'permanent' }, ...faults } });
      await expect(generateBoard(board, decisionTree, { clock })).rejects.toMatchObject({
        code: 'permanent',
      });
      expect(board.inspect.items()).toEqual([]);
      await expect(listGeneratedBoards(board, { clock })).resolves.toEqual([]);
    },
  );

  it.each(spread(treeSteps - 1).slice(0, 3))(
    'leaves nothing behind when cancelled after %i items',
    async (after) => {
      const { clock, board } = setup();
      const controller = new AbortController();
      const onProgress = (done: number) => done >= after && controller.abort();
      const run = generateBoard(board, decisionTree, { clock, signal: controller.signal, onProgress });
      await expect(run).rejects.toMatchObject({ code: 'cancelled' });
      expect(board.inspect.items()).toEqual([]);
      await expect(listGeneratedBoards(board, { clock })).resolves.toEqual([]);
    },
  );

  it('never meets the rate limit with the defaults: the whole pack in every language at once', async () => {
    const { clock, board } = setup();
    const plans = builtInTemplates.flatMap((template) =>
      (['da', 'sv', 'en'] as const).map((locale) => layoutTemplate(template, { ...layoutOptions, locale })),
    );
    const records = await Promise.all(plans.map((plan) => generateBoard(board, plan, { clock })));
    const stats = board.inspect.stats();
    expect(stats.rateLimitErrors).toBe(0);
    expect(stats.credits).toBeGreaterThan(100_000);
    expect(stats.maxInFlight).toBeLessThanOrEqual(24);
    await expect(listGeneratedBoards(board, { clock })).resolves.toHaveLength(records.length);
    const items = plans.reduce((sum, plan) => sum + plan.items.length + plan.connectors.length, 0);
    expect(board.inspect.items()).toHaveLength(items);
    // Placed one after another: no two boards share space.
    const frames = records.map((record) => board.inspect.absoluteBox(record.frameId));
    const overlap = (a: (typeof frames)[number], b: (typeof frames)[number]) =>
      a.left < b.left + b.width &&
      b.left < a.left + a.width &&
      a.top < b.top + b.height &&
      b.top < a.top + a.height;
    expect(frames.flatMap((a, i) => frames.slice(i + 1).filter((b) => overlap(a, b)))).toEqual([]);
  });
});

describe('long waits and failures explained', () => {
  it('a rolled-back generation says it left nothing behind', async () => {
    const midway = failing[Math.floor(failing.length / 2)] ?? 0;
    const { clock, board } = setup({ faults: { onCall: { [midway]: 'permanent' }, ...faults } });
    await expect(generateBoard(board, decisionTree, { clock })).rejects.toMatchObject({
      code: 'permanent',
      rolledBack: true,
    });
    expect(board.inspect.items()).toEqual([]);
  });

  it('tells the panel when Miro’s rate limit pauses the job, and when it goes on', async () => {
    // A budget the app does not know of (another app spent it): Miro answers with its rate-limit error.
    const { clock, board } = setup({ creditWindows: [{ windowMs: 60_000, credits: 2_000 }] });
    const pauses: number[] = [];
    const record = await generateBoard(board, decisionTree, {
      clock,
      onPause: (waitMs) => pauses.push(waitMs),
    });
    expect(record.templateId).toBe(decisionTree.templateId);
    expect(board.inspect.stats().rateLimitErrors).toBeGreaterThan(0);
    expect(pauses.filter((ms) => ms > 0).length).toBeGreaterThan(0);
    // Every pause ends: a 0 follows each wait.
    expect(pauses.filter((ms) => ms === 0).length).toBe(pauses.filter((ms) => ms > 0).length);
  });
});
