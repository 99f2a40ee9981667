import { type BoardPlan, draftFieldNotes, type Locale, layoutTemplate } from '../../../shared/index.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { themeCanvasTemplate } from './theme-canvas-fields.ts';

/**
 * The theme canvas as a board plan for the Miro app, with the draft's texts as sticky notes in their
 * zones: the core's layout places and sizes them (seeded notes), lines split by the core's rule, the same the Miro app's import uses.
 */
export function createDraftPlan(draft: DraftRecord, locale: Locale): BoardPlan {
  const network = draft.networkName.trim();
  const theme = draft.themeTitle.trim();
  const notes = Object.fromEntries(
    Object.entries(draft.fields).map(([zoneId, text]) => [zoneId, draftFieldNotes(text)]),
  );
  return layoutTemplate(themeCanvasTemplate(), {
    locale,
    ...(network ? { network } : {}),
    ...(theme ? { theme } : {}),
    notes,
  });
}
