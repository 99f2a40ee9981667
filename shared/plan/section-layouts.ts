import { layoutAgendaSection } from './layout-agenda-section.ts';
import type { SectionLayouts } from './layout-context.ts';
import { layoutMatrixSection } from './layout-matrix-section.ts';
import { layoutNotesSection } from './layout-notes-section.ts';
import { layoutTreeSection } from './layout-tree-section.ts';
import { layoutZonesSection } from './layout-zones-section.ts';

/** One layout per section kind: a new kind is one file and one line here. */
export const sectionLayouts: SectionLayouts = {
  zones: layoutZonesSection,
  matrix: layoutMatrixSection,
  tree: layoutTreeSection,
  agenda: layoutAgendaSection,
  notes: layoutNotesSection,
};
