import { useRef, useState } from 'react';
import { builtInTemplates, layoutLimits, layoutTemplate, pickText } from '../../../shared/index.ts';
import { generateBoard } from '../board/index.ts';
import { useBoardPort } from './board-port-context.tsx';
import { GenerateFields, type GenerateInput } from './generate-fields.tsx';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { JobProgressView } from './job-progress-view.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import { parseParticipants } from './parse-participants.ts';
import { StatusMessage } from './status-message.tsx';
import { TemplatePicker } from './template-picker.tsx';
import { useBoardJob } from './use-board-job.ts';
import { useFocusAfterJob } from './use-focus-after-job.ts';
import { useReport } from './use-report.ts';

/** Calls in flight at once: public apps found about 24 the most a board renders smoothly. */
const concurrency = 16;

/** Pick a template, fill in the network's details, and generate the board with progress and Cancel. */
export function GenerateTab() {
  const board = useBoardPort();
  const { locale, t } = usePanelI18n();
  const { refresh } = useGeneratedBoards();
  const { status, reportError, reportInfo, reportProblem } = useReport();
  const job = useBoardJob();
  const generateButton = useRef<HTMLButtonElement>(null);
  useFocusAfterJob(job.running, generateButton);
  const [templateId, setTemplateId] = useState(builtInTemplates[0]?.id ?? '');
  const [input, setInput] = useState<GenerateInput>({
    network: '',
    theme: '',
    participants: '',
    meetingMinutes: '',
  });
  const selected = builtInTemplates.find((candidate) => candidate.id === templateId);
  const hasAgenda = selected?.sections.some((section) => section.kind === 'agenda') ?? false;

  async function generate() {
    const template = builtInTemplates.find((candidate) => candidate.id === templateId);
    const participants = parseParticipants(input.participants);
    if (!template) return reportProblem(t('pickTemplateFirst'));
    if (participants === 'invalid') return reportProblem(t('participantsInvalid', layoutLimits.participants));
    const meetingMinutes = hasAgenda ? parseMeetingMinutes(input.meetingMinutes) : undefined;
    if (meetingMinutes === 'invalid')
      return reportProblem(t('meetingMinutesInvalid', layoutLimits.meetingMinutes));
    reportInfo(t('generateStarted', { title: pickText(template.title, locale) }));
    try {
      const plan = layoutTemplate(template, {
        locale,
        ...(input.network.trim() ? { network: input.network.trim() } : {}),
        ...(input.theme.trim() ? { theme: input.theme.trim() } : {}),
        ...(participants === undefined ? {} : { participants }),
        ...(meetingMinutes === undefined ? {} : { meetingMinutes }),
      });
      const record = await job.run((signal, onProgress) =>
        generateBoard(board, plan, { concurrency, onProgress, signal }),
      );
      reportInfo(t('generateDone', { title: record.title }));
    } catch (error) {
      reportError(error);
    }
    await refresh();
  }

  return (
    <form
      className="netverk-tab-body"
      onSubmit={(event) => {
        event.preventDefault();
        void generate();
      }}
    >
      <TemplatePicker
        templates={builtInTemplates}
        selected={templateId}
        onSelect={setTemplateId}
        disabled={job.running}
      />
      <GenerateFields value={input} onChange={setInput} disabled={job.running} hasAgenda={hasAgenda} />
      {job.progress ? (
        <JobProgressView progress={job.progress} onCancel={job.cancel} />
      ) : (
        <button ref={generateButton} type="submit" className="button button-primary netverk-wide">
          {t('generateButton')}
        </button>
      )}
      <StatusMessage status={status} />
    </form>
  );
}

/** Minutes as typed: a whole number within the layout's limits; undefined when left empty (the default). */
function parseMeetingMinutes(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  const { min, max } = layoutLimits.meetingMinutes;
  return Number.isInteger(value) && value >= min && value <= max ? value : 'invalid';
}
