import {
  type BoardPlan,
  type GeneratedBoard,
  netverkMetaKey,
  type PlanConnector,
  type PlanItem,
} from '../../../shared/index.ts';
import { BoardError, toBoardError } from './board-error.ts';
import { cancelledError } from './board-lane.ts';
import type { BoardPort, PortItem } from './board-port.ts';
import { saveStoredBoard } from './board-records.ts';
import { callBoard } from './call-board.ts';
import { checkPlan, itemMetaFor } from './check-plan.ts';
import { callCredits } from './credit-ledger.ts';
import { type BoardJobOptions, type GenerationRun, startRun } from './generation-run.ts';
import { lockPlacement, type Placement, placementOffset } from './place-plan.ts';
import { connectorProps, createPlanItem, type Point, planCentre } from './plan-to-miro.ts';
import { removeTwins } from './remove-twins.ts';
import { recordOf, rollBack } from './roll-back.ts';

export interface GenerateOptions extends BoardJobOptions {
  onProgress?: (done: number, total: number) => void;
  /** Cancels the generation; what was created is removed again. */
  signal?: AbortSignal;
  /** Default `viewport`: free space near the viewport's centre, then zoom to the new board. */
  placement?: Placement;
  /** Id of the generated board (default: 12 random hex digits). */
  createId?: () => string;
  now?: () => Date;
}

const cost = callCredits.call;
// Frames may refuse metadata [unverified]: the board record names the frame instead.
const metadataRefused = /metadata|not supported|unsupported/i;

async function writeMeta(run: GenerationRun, plan: BoardPlan, item: PortItem, role: string, zoneId?: string) {
  const meta = itemMetaFor(run.boardId, plan.templateId, role, zoneId);
  try {
    await callBoard(run.ctx, cost, () => item.setMetadata(netverkMetaKey, meta));
  } catch (raw) {
    const error = toBoardError(raw);
    if (item.type === 'frame' && error.code === 'permanent' && metadataRefused.test(error.message)) return;
    throw error;
  }
}

async function createItem(run: GenerationRun, item: PlanItem, offset: Point): Promise<PortItem> {
  // Frames go first: their children wait on them, and the next board waits to be placed.
  const made = await callBoard(
    run.createCtx,
    cost,
    () => createPlanItem(run.board, item, planCentre(item, offset)),
    item.parentId === null,
  );
  run.track(made, item.meta.role, item.meta.zoneId);
  return made;
}

/** Metadata and `frame.add` for a created item; both settle before a failure is passed on. */
async function finishItem(
  run: GenerationRun,
  plan: BoardPlan,
  item: PlanItem,
  made: PortItem,
  frame?: PortItem,
) {
  const writes: Promise<unknown>[] = [writeMeta(run, plan, made, item.meta.role, item.meta.zoneId)];
  if (frame?.type === 'frame') writes.push(callBoard(run.ctx, cost, () => frame.add(made)));
  const failed = (await Promise.allSettled(writes)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  run.step();
}

async function createConnector(
  run: GenerationRun,
  plan: BoardPlan,
  connector: PlanConnector,
  ends: PortItem[],
) {
  const [start, end] = ends;
  if (!start || !end) throw new BoardError('permanent', `Connector ${connector.id} lost an end`);
  const made = await callBoard(run.createCtx, cost, () =>
    run.board.createConnector(connectorProps(connector, start.id, end.id)),
  );
  run.track(made, 'connector');
  await writeMeta(run, plan, made, 'connector');
  run.step();
}

/** Frames first, children as soon as their frame exists, connectors as soon as both ends exist. */
async function createAll(
  run: GenerationRun,
  plan: BoardPlan,
  offset: Point,
  placed: () => void,
): Promise<void> {
  const made = new Map<string, Promise<PortItem>>();
  const tasks: Promise<unknown>[] = [];
  for (const item of plan.items) {
    const frame = item.parentId === null ? undefined : made.get(item.parentId);
    const creation = frame ? frame.then(() => createItem(run, item, offset)) : createItem(run, item, offset);
    made.set(item.id, creation);
    tasks.push(
      Promise.all([creation, frame]).then(([child, parent]) => finishItem(run, plan, item, child, parent)),
    );
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
          plan,
          connector,
          items.filter((i) => i !== undefined),
        ),
      ),
    );
  }
  await Promise.allSettled(tasks.map((task) => task.catch((raw: unknown) => run.fail(raw))));
  if (run.error) throw run.error;
}

function defaultBoardId(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 12);
}

/**
 * Generates a board plan (`netverk plan --format json`) on the board: about three calls per item
 * (create, metadata, `frame.add`) under the lane's concurrency cap and credit budget, retried with
 * back-off. Any failure or cancel removes everything created; the record is kept on the board.
 */
export async function generateBoard(
  board: BoardPort,
  plan: BoardPlan,
  options: GenerateOptions = {},
): Promise<GeneratedBoard> {
  const id = (options.createId ?? defaultBoardId)();
  checkPlan(plan, id);
  const run = startRun(id, board, plan, options);
  const placement = options.placement ?? 'viewport';
  let placed = () => {};
  try {
    if (options.signal?.aborted) throw cancelledError();
    // Boards generated at once must not all find the same empty space: one places at a time.
    if (placement !== 'plan') placed = await lockPlacement(board);
    const offset = await placementOffset(run.ctx, board, plan, placement);
    await createAll(run, plan, offset, placed);
    // A cancel that came after the last call started still means: leave nothing.
    if (options.signal?.aborted) throw cancelledError();
    if (run.createFailed) await removeTwins(run);
    const frames = run.created.filter((entry) => entry.item.type === 'frame').map((entry) => entry.item);
    const frameId = (frames[0] ?? run.created[0]?.item)?.id ?? id;
    const record = recordOf(plan, id, frameId, options.now ?? (() => new Date()));
    await saveStoredBoard(run.ctx, board, { record, items: run.refs(), complete: true });
    if (placement !== 'plan')
      await callBoard(run.ctx, cost, () => board.viewport.zoomTo(frames)).catch(() => undefined);
    return record;
  } catch (raw) {
    run.fail(raw);
    throw await rollBack(run, plan, options, run.error ?? toBoardError(raw));
  } finally {
    placed();
    run.dispose();
  }
}
