export { createStandInBoard, type StandInBoard } from './create-stand-in-board.ts';
export { faultMessages, seededRandom } from './fault-plan.ts';
export type { ItemData } from './item-data.ts';
export { maxContentLength, type StandInItemType, shapeTypes } from './item-rules.ts';
export { renderStandInSvg, standInBounds } from './render-stand-in-svg.ts';
export { allowedContentTags, sanitizeContent } from './sanitize-content.ts';
export type { StandInInspector, StandInNotification } from './stand-in-inspector.ts';
export type { StandInStats } from './stand-in-meter.ts';
export {
  defaultSwitches,
  type FaultKind,
  readMethods,
  type StandInFaults,
  type StandInOptions,
  type StandInSwitches,
  writeMethods,
} from './stand-in-options.ts';
export type { Box } from './stand-in-store.ts';
export { boardFeatures, checkTimerDuration } from './stand-in-timer.ts';
