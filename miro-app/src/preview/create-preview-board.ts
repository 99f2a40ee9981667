import { createStandInBoard, type StandInBoard, type StandInFaults } from '../board/stand-in/index.ts';

declare global {
  interface Window {
    /** The preview's stand-in board, for browser tests to inspect. Test builds only. */
    __netverkStandIn?: StandInBoard;
  }
  /** Set by the build: true only in the browser tests' build (`vite build --mode miro-app-test`). */
  const __NETVERK_TEST_HOOKS__: boolean | undefined;
}

/** A little latency per call, so the progress bar and Cancel can be seen and used in the preview. */
export const previewLatencyMs = 20;

/** The preview's speed and fault switches, as the page address carries them. */
export interface PreviewSettings {
  latencyMs: number;
  faults?: StandInFaults;
  /** Credits a minute; Miro's 100,000 when absent. */
  creditsPerMinute?: number;
  /** Whether the board's plan has Miro's timer (`canUse('timer')`). */
  timer: boolean;
}

/**
 * The preview's settings from the page address: `?latency=300` (ms a call), `?fail=7:permanent` (the 7th
 * board write fails; or `:transient`), `?credits=2000` (a tighter rate limit, credits a minute),
 * `?timer=off` (a free plan without Miro's timer). Anything malformed falls back to the default.
 */
export function readPreviewSettings(search: string): PreviewSettings {
  const params = new URLSearchParams(search);
  const faults = parseFailParam(params.get('fail'));
  const creditsPerMinute = parseCreditsParam(params.get('credits'));
  return {
    latencyMs: parseLatencyParam(params.get('latency')) ?? previewLatencyMs,
    ...(faults ? { faults } : {}),
    ...(creditsPerMinute ? { creditsPerMinute } : {}),
    timer: params.get('timer') !== 'off',
  };
}

/** The stand-in board behind the local preview, set up from the page address. */
export function createPreviewBoard(search: string = window.location.search): StandInBoard {
  const settings = readPreviewSettings(search);
  const standIn = createStandInBoard({
    latencyMs: settings.latencyMs,
    ...(settings.faults ? { faults: settings.faults } : {}),
    ...(settings.creditsPerMinute
      ? {
          creditWindows: [
            { windowMs: 60_000, credits: settings.creditsPerMinute },
            { windowMs: 3_600_000, credits: 1_000_000 },
          ],
        }
      : {}),
    features: { timer: settings.timer },
  });
  // Tests inspect the board through this; a build for people has no such door.
  if (typeof __NETVERK_TEST_HOOKS__ !== 'undefined' && __NETVERK_TEST_HOOKS__)
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

/** Credits a minute, 100 to 100,000 (Miro's own limit); anything else → undefined (Miro's limit). */
export function parseCreditsParam(value: string | null): number | undefined {
  if (!value || !/^\d{3,6}$/.test(value)) return undefined;
  const credits = Number(value);
  return credits >= 100 && credits <= 100_000 ? credits : undefined;
}
