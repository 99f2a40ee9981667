import { useId, useState } from 'react';
import {
  createTranslator,
  type HarvestResult,
  type Locale,
  renderHarvestCsv,
  renderHarvestJson,
  renderHarvestMarkdown,
  renderHarvestMinutes,
} from '../../../shared/index.ts';
import { downloadFile } from '../../../shared/ui/index.ts';
import { copyText } from '../panel/copy-text.ts';
import { harvestFileTypes, readHarvestFile } from '../panel/read-harvest-file.ts';
import { whiteboardMessages } from './whiteboard-messages.ts';

const downloads = {
  downloadMarkdown: { extension: 'md', type: 'text/markdown;charset=utf-8', render: renderHarvestMarkdown },
  downloadCsv: { extension: 'csv', type: 'text/csv;charset=utf-8', render: renderHarvestCsv },
  downloadJson: {
    extension: 'json',
    type: 'application/json',
    render: (result: HarvestResult) => renderHarvestJson(result),
  },
} as const;

/** Step 2: the saved board file, picked or dropped, as minutes to copy and files to download. */
export function HarvestBoardFile({ locale }: { locale: Locale }) {
  const t = createTranslator(whiteboardMessages, locale);
  const id = useId();
  const [result, setResult] = useState<HarvestResult | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);

  async function read(file: File | undefined) {
    if (!file) return;
    const outcome = await readHarvestFile(file, locale);
    if (!outcome.ok) {
      setResult(null);
      const message = `${outcome.error.path}: ${outcome.error.message}`;
      return setStatus({ error: true, text: t('unreadable', { file: file.name, message }) });
    }
    setResult(outcome.result);
    setStatus({ error: false, text: t('read', { file: file.name, count: outcome.count }) });
  }

  const minutes = result ? renderHarvestMinutes(result, locale) : '';
  return (
    <section className="netverk-whiteboard-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('harvestHeading')}</h2>
      <p id={`${id}-help`}>{t('harvestHelp')}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the keyboard way. */}
      <div
        className={`netverk-whiteboard-drop${dragging ? ' netverk-whiteboard-drop-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void read(event.dataTransfer.files[0]);
        }}
      >
        <p aria-hidden="true">{t('dropZone')}</p>
        <label htmlFor={`${id}-file`}>{t('dropLabel')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={harvestFileTypes}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            void read(file);
          }}
        />
      </div>
      <p
        role={status?.error ? 'alert' : 'status'}
        className={status?.error ? 'netverk-whiteboard-error' : ''}
      >
        {status?.text ?? ''}
      </p>
      {result ? (
        <>
          <div className="netverk-whiteboard-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                void copyText(minutes).then((copied) =>
                  setStatus({ error: !copied, text: t(copied ? 'copied' : 'copyFailed') }),
                )
              }
            >
              {t('copyMinutes')}
            </button>
            {(Object.keys(downloads) as (keyof typeof downloads)[]).map((key) => (
              <button
                key={key}
                type="button"
                className="button button-secondary"
                onClick={() => {
                  const { extension, type, render } = downloads[key];
                  downloadFile({
                    fileName: `netverk-minutes.${extension}`,
                    type,
                    text: render(result, locale),
                  });
                }}
              >
                {t(key)}
              </button>
            ))}
          </div>
          <label htmlFor={`${id}-minutes`}>{t('minutesLabel2')}</label>
          <textarea
            id={`${id}-minutes`}
            className="textarea netverk-whiteboard-minutes"
            readOnly
            value={minutes}
            rows={16}
          />
        </>
      ) : null}
    </section>
  );
}
