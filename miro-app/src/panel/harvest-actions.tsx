import {
  assessDots,
  type BoardReading,
  catalogueTitle,
  createTranslator,
  type HarvestResult,
  renderDotChartsSvg,
  renderHarvestCsv,
  renderHarvestJson,
  renderHarvestMarkdown,
  renderMinutesHtml,
  renderMinutesText,
} from '../../../shared/index.ts';
import { downloadFile } from '../../../shared/ui/index.ts';
import { copyRichText } from './copy-rich-text.ts';
import { copyText } from './copy-text.ts';
import { dotVoteMessages } from './dot-vote-messages.ts';
import { harvestFileName } from './harvest-file-name.ts';
import { usePanelI18n } from './panel-i18n.tsx';

interface HarvestActionsProps {
  result: HarvestResult;
  /** The whole board as read (every board, every note): `netverk harvest` reads this file. */
  reading: BoardReading | null;
  onDone: (text: string) => void;
  onFail: (text: string) => void;
  onWriteSummary: () => void;
  busy: boolean;
}

/** Take the harvest away: minutes to paste into an e-mail, Markdown to the clipboard, CSV, JSON or the board reading as a file, or a summary onto the board. */
export function HarvestActions({
  result,
  reading,
  onDone,
  onFail,
  onWriteSummary,
  busy,
}: HarvestActionsProps) {
  const { locale, t } = usePanelI18n();
  const options = { templateTitle: catalogueTitle(locale) };
  async function copyMarkdown() {
    const copied = await copyText(renderHarvestMarkdown(result, locale, options));
    if (copied) onDone(t('copiedMarkdown'));
    else onFail(t('copyFailed'));
  }
  async function copyMinutes() {
    // HTML for Outlook and other mail programs, plain text (no Markdown, no escapes) for the rest.
    const copied = await copyRichText(renderMinutesHtml(result, locale), renderMinutesText(result, locale));
    if (copied) onDone(t('copiedMinutes'));
    else onFail(t('copyFailed'));
  }
  function download(kind: 'csv' | 'json') {
    const text = kind === 'csv' ? renderHarvestCsv(result, locale, options) : renderHarvestJson(result);
    const file = harvestFileName(result, t('summaryTitleAll'), kind);
    downloadFile({
      fileName: file,
      type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      text,
    });
    onDone(t(kind === 'csv' ? 'downloadedCsv' : 'downloadedJson', { file }));
  }
  const votes = assessDots(result);
  function downloadChart() {
    downloadFile({
      fileName: 'netverk-dot-vote.svg',
      type: 'image/svg+xml',
      text: renderDotChartsSvg(votes, locale),
    });
    onDone(createTranslator(dotVoteMessages, locale)('dotChartDownloaded'));
  }
  function downloadReading() {
    if (!reading) return;
    const file = harvestFileName(result, t('summaryTitleAll'), 'reading.json');
    downloadFile({ fileName: file, type: 'application/json', text: `${JSON.stringify(reading, null, 2)}\n` });
    onDone(t('downloadedReading', { file }));
  }
  return (
    <fieldset className="netverk-fieldset netverk-actions">
      <legend className="netverk-visually-hidden">{t('harvestActionsLabel')}</legend>
      <button type="button" className="button button-primary button-small" onClick={() => void copyMinutes()}>
        {t('copyMinutesButton')}
      </button>
      {votes.length > 0 ? (
        <button type="button" className="button button-secondary button-small" onClick={downloadChart}>
          {createTranslator(dotVoteMessages, locale)('dotChartDownload')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => void copyMarkdown()}
      >
        {t('copyMarkdownButton')}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => download('csv')}>
        {t('downloadCsvButton')}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => download('json')}>
        {t('downloadJsonButton')}
      </button>
      {reading ? (
        <button type="button" className="button button-secondary button-small" onClick={downloadReading}>
          {t('downloadReadingButton')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={busy ? undefined : onWriteSummary}
        aria-disabled={busy}
      >
        {t('writeSummaryButton')}
      </button>
    </fieldset>
  );
}
