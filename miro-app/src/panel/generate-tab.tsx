import { useMemo, useRef, useState } from 'react';
import {
  type BoardPlan,
  builtInSessions,
  builtInTemplates,
  defaultMeetingMinutes,
  layoutLimits,
  layoutTemplate,
  pickText,
  type RunningOrder,
  sessionLimits,
} from '../../../shared/index.ts';
import { type GenerateOptions, generateBoard, generationConcurrency } from '../board/index.ts';
import { useBoardFiles } from './board-file-context.tsx';
import { useBoardPort } from './board-port-context.tsx';
import { GenerateFields, type GenerateInput, overLongField } from './generate-fields.tsx';
import { type GenerateKind, GenerateKindSelect } from './generate-kind-select.tsx';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { JobProgressView } from './job-progress-view.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import { parseParticipants } from './parse-participants.ts';
import { PlanImport } from './plan-import.tsx';
import { defaultParticipants, planSession } from './plan-session.ts';
import { sessionFormInput } from './session-form-input.ts';
import { SessionPicker } from './session-picker.tsx';
import { StatusMessage } from './status-message.tsx';
import { TemplatePicker } from './template-picker.tsx';
import { useBoardJob } from './use-board-job.ts';
import { useFocusAfterJob } from './use-focus-after-job.ts';
import { useReport } from './use-report.ts';

/** Calls in flight at once: the benchmark's number (about 24 is the most a board renders smoothly). */
const concurrency = generationConcurrency;

/** Pick a session or a template, fill in the network's details, and generate the board with progress and Cancel. */
export function GenerateTab() {
  const board = useBoardPort();
  const { locale, t } = usePanelI18n();
  const { refresh } = useGeneratedBoards();
  const { status, reportError, reportInfo, reportProblem } = useReport();
  const job = useBoardJob();
  const boardFiles = useBoardFiles();
  const generateButton = useRef<HTMLButtonElement>(null);
  useFocusAfterJob(job.running, generateButton);
  const [kind, setKind] = useState<GenerateKind>('session');
  const [templateId, setTemplateId] = useState(builtInTemplates[0]?.id ?? '');
  const [sessionId, setSessionId] = useState(builtInSessions[0]?.id ?? '');
  const [input, setInput] = useState<GenerateInput>({
    network: '',
    theme: '',
    participants: '',
    meetingMinutes: '',
    startTime: '',
  });
  const selected = builtInTemplates.find((candidate) => candidate.id === templateId);
  const hasAgenda = selected?.sections.some((section) => section.kind === 'agenda') ?? false;
  const session = builtInSessions.find((candidate) => candidate.id === sessionId);
  // The running order as the inputs stand: shown under the sessions, before anything is built.
  const order = useMemo((): RunningOrder | null => {
    if (!session) return null;
    const form = sessionFormInput(session, input, locale);
    if (!form.ok) return null;
    try {
      return planSession(session, form.inputs).order;
    } catch {
      return null;
    }
  }, [session, input, locale]);

  async function build(plan: BoardPlan, title: string, extra: Pick<GenerateOptions, 'session'> = {}) {
    reportInfo(t('generateStarted', { title }));
    try {
      const record = await job.run((signal, onProgress, onPause) =>
        generateBoard(board, plan, { concurrency, onProgress, onPause, signal, ...extra }),
      );
      reportInfo(t(extra.session ? 'generateSessionDone' : 'generateDone', { title: record.title }));
      boardFiles?.onGenerated({ plan, record });
    } catch (error) {
      reportError(error);
    }
    await refresh();
  }

  async function generateSession() {
    if (!session) return reportProblem(t('pickSessionFirst'));
    const form = sessionFormInput(session, input, locale);
    if (!form.ok) return reportProblem(t(form.key, form.values));
    let outcome: ReturnType<typeof planSession>;
    try {
      outcome = planSession(session, form.inputs);
    } catch (error) {
      return reportError(error);
    }
    if (!outcome.ok) return reportProblem(t('sessionCannotFit', { message: outcome.message }));
    await build(outcome.plan, outcome.order.title, { session: outcome.record });
  }

  async function generate() {
    // A text too long for the board is refused with its length, never cut.
    const tooLong = overLongField(input);
    if (tooLong)
      return reportProblem(
        t('textTooLong', { count: tooLong.count, max: tooLong.max, label: t(tooLong.label) }),
      );
    if (kind === 'session') return generateSession();
    const template = builtInTemplates.find((candidate) => candidate.id === templateId);
    const participants = parseParticipants(input.participants);
    if (!template) return reportProblem(t('pickTemplateFirst'));
    if (participants === 'invalid') return reportProblem(t('participantsInvalid', layoutLimits.participants));
    const meetingMinutes = hasAgenda ? parseMeetingMinutes(input.meetingMinutes) : undefined;
    if (meetingMinutes === 'invalid')
      return reportProblem(t('meetingMinutesInvalid', layoutLimits.meetingMinutes));
    let plan: BoardPlan;
    try {
      plan = layoutTemplate(template, {
        locale,
        ...(input.network.trim() ? { network: input.network.trim() } : {}),
        ...(input.theme.trim() ? { theme: input.theme.trim() } : {}),
        ...(participants === undefined ? {} : { participants }),
        ...(meetingMinutes === undefined ? {} : { meetingMinutes }),
      });
    } catch (error) {
      return reportError(error);
    }
    await build(plan, pickText(template.title, locale));
  }

  return (
    <form
      className="netverk-tab-body"
      // The panel's own localized messages, with advice, replace the browser's bubbles.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void generate();
      }}
    >
      <GenerateKindSelect value={kind} onChange={setKind} disabled={job.running} />
      {kind === 'session' ? (
        <>
          <SessionPicker
            sessions={builtInSessions}
            selected={sessionId}
            onSelect={setSessionId}
            disabled={job.running}
            order={order}
          />
          <GenerateFields
            value={input}
            onChange={setInput}
            disabled={job.running}
            showStart
            participantsHelp={t('sessionParticipantsHelp', {
              ...sessionLimits.participants,
              fallback: session ? defaultParticipants(session) : sessionLimits.participants.min,
            })}
            {...(session?.minutes === 'from-user'
              ? {
                  lengthField: {
                    label: t('sessionMinutesLabel'),
                    help: t('sessionMinutesHelp', {
                      ...sessionLimits.minutes,
                      fallback: session.defaultMinutes ?? defaultMeetingMinutes,
                    }),
                    ...sessionLimits.minutes,
                  },
                }
              : {})}
          />
        </>
      ) : (
        <>
          <TemplatePicker
            templates={builtInTemplates}
            selected={templateId}
            onSelect={setTemplateId}
            disabled={job.running}
          />
          <GenerateFields value={input} onChange={setInput} disabled={job.running} hasAgenda={hasAgenda} />
        </>
      )}
      {job.progress ? (
        <JobProgressView progress={job.progress} onCancel={job.cancel} />
      ) : (
        <button ref={generateButton} type="submit" className="button button-primary netverk-wide">
          {t('generateButton')}
        </button>
      )}
      <StatusMessage status={status} />
      <PlanImport
        disabled={job.running}
        onGenerate={(plan) => void build(plan, plan.title)}
        onProblem={reportProblem}
        onInfo={reportInfo}
      />
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
