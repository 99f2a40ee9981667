import { createStandInBoard, type StandInBoard, type StandInFaults } from '../board/stand-in/index.ts';

declare global {
  interface Window {
    /** The preview's stand-in board, for browser tests (seeding participants' notes). Preview page only. */
    __netverkStandIn?: StandInBoard;
  }
}

/** A little latency per call, so the progress bar and Cancel can be seen and used in the preview. */
const previewLatencyMs = 20;

/**
 * The stand-in board behind the local preview, exposed on `window.__netverkStandIn` for tests.
 * `?fail=7:permanent` (or `:transient`) makes the 7th board write fail, to try the error paths;
 * `?latency=300` slows every call to 300 ms, to try progress and Cancel.
 */
export function createPreviewBoard(search: string = window.location.search): StandInBoard {
  const params = new URLSearchParams(search);
  const faults = parseFailParam(params.get('fail'));
  const latencyMs = parseLatencyParam(params.get('latency')) ?? previewLatencyMs;
  const standIn = createStandInBoard({ latencyMs, ...(faults ? { faults } : {}) });
  window.__netverkStandIn = standIn;
  return standIn;
}

/** `7:permanent` → fail the 7th write permanently; anything malformed → no faults. */
export function parseFailParam(value: string | null): StandInFaults | undefined {
  const match = /^(\d{1,6}):(permanent|transient)$/.exec(value ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  const kind = match[2] === 'permanent' ? 'permanent' : 'transient';
  return { onCall: { [Number(match[1])]: kind } };
}

/** Milliseconds per call, 0 to 5,000; anything else → undefined (the default applies). */
export function parseLatencyParam(value: string | null): number | undefined {
  if (!value || !/^\d{1,4}$/.test(value)) return undefined;
  const ms = Number(value);
  return ms <= 5_000 ? ms : undefined;
}
