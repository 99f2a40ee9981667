import { DraftExport } from '../pages/draft-export.tsx';
import type { IslandProps } from './island-props.ts';
import { useDraftState } from './mount-island.tsx';

/** The canvas tab's export buttons (Markdown, JSON, board plan, Excalidraw), loaded after the form. */
export default function ExportIsland({ locale, t, session }: IslandProps) {
  const { draft } = useDraftState(session);
  return draft ? <DraftExport draft={draft} locale={locale} t={t} /> : null;
}
