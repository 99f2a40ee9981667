import { useState } from 'react';
import { createTranslator, encodeExcalidrawScene, type Locale, safeFileName } from '../../../shared/index.ts';
import { downloadFile } from '../../../shared/ui/index.ts';
import type { GeneratedPlan } from '../panel/board-file-context.tsx';
import { boardFileMessages } from '../panel/board-file-messages.ts';

function withoutFrames<T extends { frames: unknown }>({ frames: _frames, ...rest }: T): Omit<T, 'frames'> {
  return rest;
}

/** The generated plan as an Excalidraw file: the same board id and record the stand-in board keeps. */
export function excalidrawFileOf({ plan, record }: GeneratedPlan): { fileName: string; text: string } {
  const scene = encodeExcalidrawScene(plan, {
    boardId: record.id,
    now: () => new Date(record.createdAt),
    // The encoder names the block frames by the file's own ids.
    ...(record.session ? { session: withoutFrames(record.session) } : {}),
  });
  return { fileName: safeFileName(record.title, 'excalidraw'), text: `${JSON.stringify(scene, null, 2)}\n` };
}

/** "Download as Excalidraw" for each board the panel generated on the stand-in board. */
export function ExcalidrawDownloads({ generated, locale }: { generated: GeneratedPlan[]; locale: Locale }) {
  const t = createTranslator(boardFileMessages, locale);
  const [status, setStatus] = useState('');
  return (
    <section className="netverk-preview-downloads" aria-labelledby="netverk-excalidraw-downloads">
      <h2 id="netverk-excalidraw-downloads" className="h4">
        {t('downloadsTitle')}
      </h2>
      <p>{t('downloadsHelp')}</p>
      {generated.length === 0 ? <p>{t('downloadsEmpty')}</p> : null}
      <ul className="netverk-preview-download-list">
        {generated.map((entry) => (
          <li key={entry.record.id}>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                const file = excalidrawFileOf(entry);
                downloadFile({ ...file, type: 'application/vnd.excalidraw+json' });
                setStatus(t('downloadedExcalidraw', { file: file.fileName }));
              }}
            >
              {t('downloadExcalidraw', { title: entry.record.title })}
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{status}</p>
    </section>
  );
}
