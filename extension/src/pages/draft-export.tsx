import { useState } from 'react';
import { type Locale, safeFileName } from '../../../shared/index.ts';
import { downloadFile } from '../../../shared/ui/index.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { createDraftPlan } from './create-draft-plan.ts';
import { draftToMarkdown } from './draft-to-markdown.ts';
import type { PagesTranslate } from './pages-translator.ts';

/** The file a draft is exported to as JSON: versioned, so a later Netverk can read it back. */
export const draftFileFormat = 'netverk-theme-draft';

const exporters = {
  markdown: (draft: DraftRecord, locale: Locale) => ({
    text: draftToMarkdown(draft, locale),
    extension: 'md',
    type: 'text/markdown',
  }),
  json: (draft: DraftRecord) => ({
    text: `${JSON.stringify({ format: draftFileFormat, version: 1, draft }, null, 2)}\n`,
    extension: 'json',
    type: 'application/json',
  }),
  plan: (draft: DraftRecord, locale: Locale) => ({
    text: `${JSON.stringify(createDraftPlan(draft, locale), null, 2)}\n`,
    extension: 'board-plan.json',
    type: 'application/json',
  }),
  // The Excalidraw encoder is loaded on demand: the popup opens without it.
  excalidraw: async (draft: DraftRecord, locale: Locale) => ({
    text: (await import('./draft-excalidraw-file.ts')).draftExcalidrawFile(draft, locale),
    extension: 'excalidraw',
    type: 'application/vnd.excalidraw+json',
  }),
} as const;

type ExportKind = keyof typeof exporters;
const labels = {
  markdown: 'exportMarkdown',
  json: 'exportJson',
  plan: 'exportPlan',
  excalidraw: 'exportExcalidraw',
} as const;

/** Download buttons: Markdown, JSON, the board plan the Miro app generates a board from, and an Excalidraw board. */
export function DraftExport(props: { draft: DraftRecord; locale: Locale; t: PagesTranslate }) {
  const { draft, locale, t } = props;
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  async function run(kind: ExportKind) {
    try {
      const file = await exporters[kind](draft, locale);
      const fileName = safeFileName(draft.themeTitle, file.extension, 'netverk-draft');
      downloadFile({ fileName, type: file.type, text: file.text });
      setError(null);
      // Said where a screen reader hears it: the download itself happens silently.
      setSaved(t('exportSaved', { file: fileName }));
    } catch (caught) {
      setSaved(null);
      setError(t('exportFailed', { error: caught instanceof Error ? caught.message : String(caught) }));
    }
  }
  return (
    <fieldset className="export">
      <legend>{t('exportHeading')}</legend>
      <div className="button-row">
        {(Object.keys(exporters) as ExportKind[]).map((kind) => (
          <button key={kind} type="button" className="secondary" onClick={() => void run(kind)}>
            {t(labels[kind])}
          </button>
        ))}
      </div>
      <p role="status" className="export-saved">
        {saved}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
