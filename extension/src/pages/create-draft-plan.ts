import { type BoardPlan, type Locale, layoutTemplate } from '../../../shared/index.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { splitNotes } from './split-notes.ts';
import { themeCanvasTemplate } from './theme-canvas-fields.ts';

/**
 * The theme canvas as a board plan for the Miro app, with the draft's texts as sticky notes in their
 * zones: the core's layout places and sizes them (seeded notes), the extension only splits the lines.
 */
export function createDraftPlan(draft: DraftRecord, locale: Locale): BoardPlan {
  const network = draft.networkName.trim();
  const theme = draft.themeTitle.trim();
  const notes = Object.fromEntries(
    Object.entries(draft.fields).map(([zoneId, text]) => [zoneId, splitNotes(text)]),
  );
  return layoutTemplate(themeCanvasTemplate(), {
    locale,
    ...(network ? { network } : {}),
    ...(theme ? { theme } : {}),
    notes,
  });
}
