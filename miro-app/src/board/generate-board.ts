import type {
  BoardPlan,
  GeneratedBoard,
  GeneratedSessionRecord,
  PlanConnector,
  PlanItem,
} from '../../../shared/index.ts';
import { BoardError, toBoardError } from './board-error.ts';
import { cancelledError } from './board-lane.ts';
import type { BoardPort, PortItem } from './board-port.ts';
import { recordOf, saveStoredBoard } from './board-records.ts';
import { callBoard } from './call-board.ts';
import { checkPlan } from './check-plan.ts';
import { type Checkpoints, createCheckpoints } from './checkpoint-record.ts';
import { callCredits } from './credit-ledger.ts';
import { type BoardJobOptions, type GenerationRun, startRun } from './generation-run.ts';
import { lockPlacement, type Placement, placementOffset } from './place-plan.ts';
import { connectorProps, createPlanItem, type Point, planCentre } from './plan-to-miro.ts';
import { removeTwins } from './remove-twins.ts';
import { rollBack } from './roll-back.ts';

export interface GenerateOptions extends BoardJobOptions {
  onProgress?: (done: number, total: number) => void;
  /** Cancels the generation; what was created is removed again. */
  signal?: AbortSignal;
  /** Default `viewport`: free space near the viewport's centre, then zoom to the new board. */
  placement?: Placement;
  /** Id of the generated board (default: 12 random hex digits). */
  createId?: () => string;
  now?: () => Date;
  /** The plan is a whole session (`layoutSession`): the record keeps these inputs and each block's frame. */
  session?: Omit<GeneratedSessionRecord, 'frames'>;
}

const cost = callCredits.call;

async function createItem(
  run: GenerationRun,
  checkpoints: Checkpoints,
  item: PlanItem,
  offset: Point,
): Promise<PortItem> {
  // Frames go first: their children wait on them, and the next board waits to be placed.
  const made = await callBoard(
    run.createCtx,
    cost,
    () => createPlanItem(run.board, item, planCentre(item, offset)),
    item.parentId === null,
  );
  run.track(made, item.meta.role, item.meta.zoneId);
  checkpoints.note(item.parentId === null);
  return made;
}

/** `frame.add` for a created child: membership itself is in the board record, not on the item. */
async function finishItem(run: GenerationRun, made: PortItem, frame?: PortItem) {
  if (frame?.type === 'frame') await callBoard(run.ctx, cost, () => frame.add(made));
  run.step();
}

async function createConnector(
  run: GenerationRun,
  checkpoints: Checkpoints,
  connector: PlanConnector,
  ends: PortItem[],
) {
  const [start, end] = ends;
  if (!start || !end) throw new BoardError('permanent', `Connector ${connector.id} lost an end`);
  // Before the queued `frame.add`s: the complete record waits for the last connector, not for them.
  const made = await callBoard(
    run.createCtx,
    cost,
    () => run.board.createConnector(connectorProps(connector, start.id, end.id)),
    true,
  );
  run.track(made, 'connector');
  checkpoints.note(false);
  run.step();
}

/** The run's calls under way: every create, and every create with its `frame.add`. */
interface Started {
  made: Map<string, Promise<PortItem>>;
  /** Every item and connector exists (their ids are known); rejects with the run's error. */
  created: Promise<void>;
  /** Everything is done, `frame.add` included; rejects with the run's error. */
  finished: Promise<void>;
}

/**
 * Every create at once (the lane runs 24 at a time, frames first): a child needs its frame only for
 * its `frame.add`, a connector both its ends. Every item is listed in the write-ahead record already.
 */
function startAll(
  run: GenerationRun,
  checkpoints: Checkpoints,
  plan: BoardPlan,
  offset: Point,
  framesMade: () => void,
): Started {
  const made = new Map<string, Promise<PortItem>>();
  const creations: Promise<unknown>[] = [];
  const tasks: Promise<unknown>[] = [];
  for (const item of plan.items) {
    const frame = item.parentId === null ? undefined : made.get(item.parentId);
    const creation = createItem(run, checkpoints, item, offset);
    made.set(item.id, creation);
    creations.push(creation);
    tasks.push(Promise.all([creation, frame]).then(([child, parent]) => finishItem(run, child, parent)));
  }
  // Top-level items (frames) now occupy their space: the next board may look for its own.
  const topLevel = plan.items.filter((item) => item.parentId === null).map((item) => made.get(item.id));
  void Promise.allSettled(topLevel).then(framesMade);
  for (const connector of plan.connectors) {
    const ends = [made.get(connector.fromId), made.get(connector.toId)];
    const creation = Promise.all(ends).then((items) =>
      createConnector(
        run,
        checkpoints,
        connector,
        items.filter((i) => i !== undefined),
      ),
    );
    creations.push(creation);
    tasks.push(creation);
  }
  const settle = async (all: Promise<unknown>[]) => {
    await Promise.allSettled(all.map((task) => task.catch((raw: unknown) => run.fail(raw))));
    if (run.error) throw run.error;
  };
  return { made, created: settle(creations), finished: settle(tasks) };
}

/** Miro's id of each block frame, in plan order (the running order), for the Run view. */
async function sessionFrames(
  plan: BoardPlan,
  made: Map<string, Promise<PortItem>>,
): Promise<GeneratedSessionRecord['frames']> {
  const frames: GeneratedSessionRecord['frames'] = [];
  for (const item of plan.items) {
    const created = made.get(item.id);
    if (item.kind !== 'frame' || item.meta.blockId === undefined || !created) continue;
    frames.push({ blockId: item.meta.blockId, frameId: (await created).id });
  }
  return frames;
}

/** The complete record: every item's id, the board's first frame, a session's block frames. */
async function saveFinalRecord(
  run: GenerationRun,
  plan: BoardPlan,
  made: Map<string, Promise<PortItem>>,
  now: () => Date,
  sessionInputs: GenerateOptions['session'],
): Promise<GeneratedBoard> {
  const frames = run.created.filter((entry) => entry.item.type === 'frame').map((entry) => entry.item);
  // The plan's first frame (a session's agenda) is the board's own: the Boards tab zooms to it.
  const first = plan.items[0]?.kind === 'frame' ? await made.get(plan.items[0].id) : undefined;
  const frameId = (first ?? frames[0] ?? run.created[0]?.item)?.id ?? run.boardId;
  const session = sessionInputs ? { ...sessionInputs, frames: await sessionFrames(plan, made) } : undefined;
  const record = recordOf(plan, run.boardId, frameId, now, session);
  // Queued after every checkpoint, so it is the entry that stays.
  await saveStoredBoard(run.ctx, run.board, { record, items: run.refs(), complete: true });
  return record;
}

function defaultBoardId(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 12);
}

/** Zooms to the new board's frames as soon as they exist: the facilitator watches it being built. */
function zoomToFrames(run: GenerationRun): Promise<void> {
  const frames = run.created.filter((entry) => entry.item.type === 'frame').map((entry) => entry.item);
  if (frames.length === 0 || run.error) return Promise.resolve();
  return callBoard(run.ctx, cost, () => run.board.viewport.zoomTo(frames)).catch(() => undefined);
}

/**
 * Generates a board plan (`netverk plan --format json`) on the board: about two calls per item
 * (create, `frame.add`) under the lane's concurrency cap and credit budget, retried with back-off.
 * The board record (the one source of which items are Netverk's) comes first: written while the board
 * is placed, it lists what is about to be made (`checkpoint-record.ts`), so a tab closed at any moment
 * leaves a board the Boards tab can remove whole. Any failure or cancel removes everything created.
 */
export async function generateBoard(
  board: BoardPort,
  plan: BoardPlan,
  options: GenerateOptions = {},
): Promise<GeneratedBoard> {
  const id = (options.createId ?? defaultBoardId)();
  checkPlan(plan, id);
  const run = startRun(id, board, plan, options);
  const now = options.now ?? (() => new Date());
  const checkpoints = createCheckpoints(run, plan, now, options.session);
  const placement = options.placement ?? 'viewport';
  let placed = () => {};
  let zoomed: Promise<void> = Promise.resolve();
  let final: Promise<unknown> = Promise.resolve();
  try {
    if (options.signal?.aborted) throw cancelledError();
    // The write-ahead record goes while the board is placed; nothing is created before it is written.
    const ahead = checkpoints.begin();
    ahead.catch(() => undefined);
    // Boards generated at once must not all find the same empty space: one places at a time.
    if (placement !== 'plan') placed = await lockPlacement(board);
    const offset = await placementOffset(run.ctx, board, plan, placement);
    checkpoints.placed(offset);
    await ahead;
    const framesMade = () => {
      placed();
      if (placement !== 'plan') zoomed = zoomToFrames(run);
    };
    const started = startAll(run, checkpoints, plan, offset, framesMade);
    // Once every item exists the record lists them all and is final; the last `frame.add`s go on meanwhile.
    const recorded = started.created.then(() =>
      saveFinalRecord(run, plan, started.made, now, options.session),
    );
    final = recorded.catch(() => undefined);
    await started.finished;
    const record = await recorded;
    // A cancel that came after the last call started still means: leave nothing.
    if (options.signal?.aborted) throw cancelledError();
    if (run.createFailed) await removeTwins(run);
    await Promise.all([checkpoints.settled(), zoomed]);
    return record;
  } catch (raw) {
    run.fail(raw);
    // The rollback's drop of the record must come after a final record already on its way.
    await Promise.all([checkpoints.settled(), final]);
    const cause = run.error ?? toBoardError(raw);
    throw await rollBack(run, plan, options, cause, checkpoints.written, checkpoints.expected);
  } finally {
    placed();
    run.dispose();
  }
}
