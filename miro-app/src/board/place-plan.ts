import type { BoardPlan } from '../../../shared/index.ts';
import type { BoardPort } from './board-port.ts';
import { type CallContext, callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';
import type { Point } from './plan-to-miro.ts';

/**
 * Where a generated board goes: `viewport` (default) finds empty space near the centre of what the
 * user sees; `plan` keeps the plan's own coordinates; `near` finds space to the right of an item.
 */
export type Placement = 'viewport' | 'plan' | { near: string };

/** Space kept free around a generated board. */
const margin = 100;

export function planBounds(plan: BoardPlan): { left: number; top: number; width: number; height: number } {
  const left = Math.min(...plan.items.map((item) => item.x));
  const top = Math.min(...plan.items.map((item) => item.y));
  const right = Math.max(...plan.items.map((item) => item.x + item.width));
  const bottom = Math.max(...plan.items.map((item) => item.y + item.height));
  return { left, top, width: right - left, height: bottom - top };
}

async function anchorOf(
  ctx: CallContext,
  board: BoardPort,
  placement: 'viewport' | { near: string },
  width: number,
) {
  if (placement === 'viewport') {
    const view = await callBoard(ctx, callCredits.call, () => board.viewport.get(), true);
    return { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  }
  const item = await callBoard(ctx, callCredits.call, () => board.getById(placement.near), true);
  const itemWidth = 'width' in item && typeof item.width === 'number' ? item.width : 0;
  const x = 'x' in item && typeof item.x === 'number' ? item.x : 0;
  const y = 'y' in item && typeof item.y === 'number' ? item.y : 0;
  return { x: x + itemWidth / 2 + margin + width / 2, y };
}

/** The whole-unit shift that moves the plan into free space; two urgent calls unless `plan`. */
export async function placementOffset(
  ctx: CallContext,
  board: BoardPort,
  plan: BoardPlan,
  placement: Placement,
): Promise<Point> {
  if (placement === 'plan') return { x: 0, y: 0 };
  const bounds = planBounds(plan);
  const anchor = await anchorOf(ctx, board, placement, bounds.width);
  const space = await callBoard(
    ctx,
    callCredits.call,
    () => board.findEmptySpace({ ...anchor, width: bounds.width, height: bounds.height, offset: margin }),
    true,
  );
  return {
    x: Math.round(space.x - (bounds.left + bounds.width / 2)),
    y: Math.round(space.y - (bounds.top + bounds.height / 2)),
  };
}

const placing = new WeakMap<object, Promise<void>>();

/**
 * Waits for the board's previous placement to finish; resolves to its own release (idempotent).
 * Held from finding space until the new board's frames exist.
 */
export function lockPlacement(board: object): Promise<() => void> {
  const previous = placing.get(board) ?? Promise.resolve();
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  placing.set(
    board,
    previous.then(() => held),
  );
  return previous.then(() => release);
}
