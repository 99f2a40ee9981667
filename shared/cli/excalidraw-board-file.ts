import { decodeExcalidrawScene } from '../excalidraw/decode-excalidraw-scene.ts';
import {
  type EncodeExcalidrawOptions,
  encodeExcalidrawScene,
} from '../excalidraw/encode-excalidraw-scene.ts';
import { isExcalidrawScene } from '../excalidraw/is-excalidraw-scene.ts';
import type { BoardPlan } from '../plan/board-plan.ts';
import { type CommandContext, InputError } from './cli-command.ts';

/** A board plan as the text of an `.excalidraw` file (Nextcloud Whiteboard opens it as `.whiteboard`). */
export function excalidrawFileText(
  ctx: CommandContext,
  plan: BoardPlan,
  session?: EncodeExcalidrawOptions['session'],
): string {
  const now = ctx.io.now();
  return `${JSON.stringify(encodeExcalidrawScene(plan, { now: () => now, ...(session ? { session } : {}) }), null, 2)}\n`;
}

/**
 * What `harvest` reads, told by content rather than by the file's name: an Excalidraw or Nextcloud
 * Whiteboard drawing is decoded into a board reading (a file that is no drawing is one error naming
 * what is wrong); anything else is taken as a board reading and checked as one.
 */
export function boardReadingOf(ctx: CommandContext, file: string, value: unknown): unknown {
  if (!isExcalidrawScene(value)) return value;
  const decoded = decodeExcalidrawScene(value, ctx.locale);
  if (!decoded.ok)
    throw new InputError(ctx.t('invalidFile', { file }), [`${decoded.error.path}: ${decoded.error.message}`]);
  return decoded.reading;
}
