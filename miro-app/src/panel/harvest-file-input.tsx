import { useId } from 'react';
import {
  type BoardReading,
  createTranslator,
  type HarvestResult,
  harvestReading,
  maxBoardFileChars,
  parseBoardFileText,
} from '../../../shared/index.ts';
import { boardFileMessages } from './board-file-messages.ts';
import { usePanelI18n } from './panel-i18n.tsx';

interface HarvestFileInputProps {
  onRead: (result: HarvestResult, reading: BoardReading, text: string) => void;
  onProblem: (text: string) => void;
}

/**
 * "Harvest a board file": an Excalidraw or Nextcloud Whiteboard file saved after the workshop (or a
 * board reading), read in the browser, told apart by content, harvested as a Miro board is.
 */
export function HarvestFileInput({ onRead, onProblem }: HarvestFileInputProps) {
  const { locale } = usePanelI18n();
  const t = createTranslator(boardFileMessages, locale);
  const id = useId();

  async function read(file: File | undefined) {
    if (!file) return;
    // At most 4 bytes a character: a longer file is read only far enough to be refused as too large.
    const text = await file.slice(0, maxBoardFileChars * 4 + 1).text();
    const decoded = parseBoardFileText(text, locale);
    const outcome = decoded.ok ? harvestReading(decoded.reading) : decoded;
    if (!outcome.ok) {
      const message = `${outcome.error.path}: ${outcome.error.message}`;
      return onProblem(t('harvestFileUnreadable', { file: file.name, message }));
    }
    if (!decoded.ok) return;
    const count = outcome.result.boards.reduce(
      (sum, board) => sum + board.zones.reduce((n, zone) => n + zone.notes.length, 0),
      outcome.result.unplaced.length,
    );
    onRead(outcome.result, decoded.reading, t('harvestFileRead', { file: file.name, count }));
  }

  return (
    <div className="form-group form-group-small netverk-field">
      <label htmlFor={id}>{t('harvestFileLabel')}</label>
      <input
        id={id}
        type="file"
        accept=".excalidraw,.whiteboard,.json,application/json,application/vnd.excalidraw+json"
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
