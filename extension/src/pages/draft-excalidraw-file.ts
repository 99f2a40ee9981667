import { encodeExcalidrawScene, type Locale } from '../../../shared/index.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { createDraftPlan } from './create-draft-plan.ts';

/**
 * The theme-canvas draft as an Excalidraw file (for excalidraw.com or Nextcloud Whiteboard), its
 * texts as notes in their zones. Loaded on demand by the export buttons, so the popup opens without
 * the encoder.
 */
export function draftExcalidrawFile(
  draft: DraftRecord,
  locale: Locale,
  now: () => Date = () => new Date(),
): string {
  return `${JSON.stringify(encodeExcalidrawScene(createDraftPlan(draft, locale), { now }), null, 2)}\n`;
}
