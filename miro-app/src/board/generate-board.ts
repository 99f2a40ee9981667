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
  const made = await callBoard(run.createCtx, cost, () =>
    run.board.createConnector(connectorProps(connector, start.id, end.id)),
  );
  run.track(made, 'connector');
  checkpoints.note(false);
  run.step();
}

/** Frames first, children as soon as their frame exists, connectors as soon as both ends exist. */
async function createAll(
  run: GenerationRun,
  checkpoints: Checkpoints,
  plan: BoardPlan,
  offset: Point,
  placed: () => void,
): Promise<Map<string, Promise<PortItem>>> {
  const made = new Map<string, Promise<PortItem>>();
  const tasks: Promise<unknown>[] = [];
  for (const item of plan.items) {
    const frame = item.parentId === null ? undefined : made.get(item.parentId);
    const create = () => createItem(run, checkpoints, item, offset);
    const creation = frame ? frame.then(create) : create();
    made.set(item.id, creation);
    tasks.push(Promise.all([creation, frame]).then(([child, parent]) => finishItem(run, child, parent)));
  }
  // Top-level items (frames) now occupy their space: the next board may look for its own.
  const topLevel = plan.items.filter((item) => item.parentId === null).map((item) => made.get(item.id));
  void Promise.allSettled(topLevel).then(placed);
  for (const connector of plan.connectors) {
    const ends = [made.get(connector.fromId), made.get(connector.toId)];
    tasks.push(
      Promise.all(ends).then((items) =>
        createConnector(
          run,
          checkpoints,
          connector,
          items.filter((i) => i !== undefined),
        ),
      ),
    );
  }
  await Promise.allSettled(tasks.map((task) => task.catch((raw: unknown) => run.fail(raw))));
  if (run.error) throw run.error;
  return made;
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
  const checkpoints = createCheckpoints(run, plan, now);
  const placement = options.placement ?? 'viewport';
  let placed = () => {};
  let zoomed: Promise<void> = Promise.resolve();
  try {
    if (options.signal?.aborted) throw cancelledError();
    // The write-ahead record goes while the board is placed; nothing is created before it is written.
    const recorded = checkpoints.begin();
    recorded.catch(() => undefined);
    // Boards generated at once must not all find the same empty space: one places at a time.
    if (placement !== 'plan') placed = await lockPlacement(board);
    const offset = await placementOffset(run.ctx, board, plan, placement);
    checkpoints.placed(offset);
    await recorded;
    const framesMade = () => {
      placed();
      if (placement !== 'plan') zoomed = zoomToFrames(run);
    };
    const made = await createAll(run, checkpoints, plan, offset, framesMade);
    // A cancel that came after the last call started still means: leave nothing.
    if (options.signal?.aborted) throw cancelledError();
    if (run.createFailed) await removeTwins(run);
    const frames = run.created.filter((entry) => entry.item.type === 'frame').map((entry) => entry.item);
    // The plan's first frame (a session's agenda) is the board's own: the Boards tab zooms to it.
    const first = plan.items[0]?.kind === 'frame' ? await made.get(plan.items[0].id) : undefined;
    const frameId = (first ?? frames[0] ?? run.created[0]?.item)?.id ?? id;
    const session = options.session
      ? { ...options.session, frames: await sessionFrames(plan, made) }
      : undefined;
    const record = recordOf(plan, id, frameId, now, session);
    // Queued after every checkpoint, so it is the entry that stays.
    await saveStoredBoard(run.ctx, board, { record, items: run.refs(), complete: true });
    await Promise.all([checkpoints.settled(), zoomed]);
    return record;
  } catch (raw) {
    run.fail(raw);
    await checkpoints.settled();
    throw await rollBack(run, plan, options, run.error ?? toBoardError(raw), checkpoints.written);
  } finally {
    placed();
    run.dispose();
  }
}
