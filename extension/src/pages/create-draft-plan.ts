import { type BoardPlan, type Locale, layoutTemplate, type StickyColor } from '../../../shared/index.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { seedDraftStickies } from './seed-draft-stickies.ts';
import { themeCanvasTemplate } from './theme-canvas-fields.ts';

/** The theme canvas as a board plan for the Miro app, with the draft's texts as sticky notes in their zones. */
export function createDraftPlan(draft: DraftRecord, locale: Locale): BoardPlan {
  const template = themeCanvasTemplate();
  const network = draft.networkName.trim();
  const theme = draft.themeTitle.trim();
  const plan = layoutTemplate(template, {
    locale,
    ...(network ? { network } : {}),
    ...(theme ? { theme } : {}),
  });
  const colors = new Map<string, StickyColor>();
  for (const section of template.sections)
    if (section.kind === 'zones')
      for (const zone of section.zones) if (zone.color) colors.set(zone.id, zone.color);
  return seedDraftStickies(plan, draft.fields, (zoneId) => colors.get(zoneId) ?? 'light_yellow');
}
