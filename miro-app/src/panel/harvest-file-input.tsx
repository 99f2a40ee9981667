import { useId } from 'react';
import { type BoardReading, createTranslator, type HarvestResult } from '../../../shared/index.ts';
import { boardFileMessages } from './board-file-messages.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { harvestFileTypes, readHarvestFile } from './read-harvest-file.ts';

interface HarvestFileInputProps {
  onRead: (result: HarvestResult, reading: BoardReading, text: string) => void;
  onProblem: (text: string) => void;
}

/** "Harvest a board file": an Excalidraw or Nextcloud Whiteboard file saved after the workshop, or a board reading. */
export function HarvestFileInput({ onRead, onProblem }: HarvestFileInputProps) {
  const { locale } = usePanelI18n();
  const t = createTranslator(boardFileMessages, locale);
  const id = useId();

  async function read(file: File | undefined) {
    if (!file) return;
    const outcome = await readHarvestFile(file, locale);
    if (!outcome.ok) {
      const message = `${outcome.error.path}: ${outcome.error.message}`;
      return onProblem(t('harvestFileUnreadable', { file: file.name, message }));
    }
    onRead(outcome.result, outcome.reading, t('harvestFileRead', { file: file.name, count: outcome.count }));
  }

  return (
    <div className="form-group form-group-small netverk-field">
      <label htmlFor={id}>{t('harvestFileLabel')}</label>
      <input
        id={id}
        type="file"
        accept={harvestFileTypes}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so the same file saved again can be picked again.
          event.target.value = '';
          void read(file);
        }}
      />
      <p id={`${id}-help`} className="netverk-help">
        {t('harvestFileHelp')}
      </p>
    </div>
  );
}
