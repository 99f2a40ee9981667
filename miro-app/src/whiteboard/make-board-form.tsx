import { useId, useState } from 'react';
import {
  type BoardPlan,
  builtInSessions,
  builtInTemplates,
  createTranslator,
  type EncodeExcalidrawOptions,
  encodeExcalidrawScene,
  type Locale,
  layoutLimits,
  layoutTemplate,
  pickText,
  safeFileName,
} from '../../../shared/index.ts';
import { downloadFile } from '../../../shared/ui/index.ts';
import { panelMessages } from '../panel/panel-messages.ts';
import { planSession } from '../panel/plan-session.ts';
import { sessionFormInput } from '../panel/session-form-input.ts';
import { whiteboardMessages } from './whiteboard-messages.ts';

type Kind = 'session' | 'template';
interface Fields {
  network: string;
  theme: string;
  participants: string;
  startTime: string;
  meetingMinutes: string;
}

type Made =
  | { ok: true; plan: BoardPlan; title: string; session?: EncodeExcalidrawOptions['session'] }
  | { ok: false; text: string };

/** The board for what was picked: a session timed as the Miro app times it, or one template. */
function makePlan(kind: Kind, id: string, fields: Fields, locale: Locale): Made {
  const t = createTranslator(whiteboardMessages, locale);
  const panel = createTranslator(panelMessages, locale);
  try {
    if (kind === 'session') {
      const session = builtInSessions.find((s) => s.id === id);
      if (!session) return { ok: false, text: panel('pickSessionFirst') };
      const form = sessionFormInput(session, fields, locale);
      if (!form.ok) return { ok: false, text: panel(form.key, form.values) };
      const outcome = planSession(session, form.inputs);
      if (!outcome.ok) return { ok: false, text: t('cannotFit', { message: outcome.message }) };
      return { ok: true, plan: outcome.plan, title: outcome.order.title, session: outcome.record };
    }
    const template = builtInTemplates.find((candidate) => candidate.id === id);
    if (!template) return { ok: false, text: panel('pickTemplateFirst') };
    const count = fields.participants.trim();
    const participants = count === '' ? undefined : Number(count);
    const { min, max } = layoutLimits.participants;
    if (
      participants !== undefined &&
      !(Number.isInteger(participants) && participants >= min && participants <= max)
    )
      return { ok: false, text: t('participantsInvalid', { min, max }) };
    const plan = layoutTemplate(template, {
      locale,
      ...(fields.network.trim() ? { network: fields.network.trim() } : {}),
      ...(fields.theme.trim() ? { theme: fields.theme.trim() } : {}),
      ...(participants === undefined ? {} : { participants }),
    });
    return { ok: true, plan, title: pickText(template.title, locale) };
  } catch (error) {
    return {
      ok: false,
      text: t('layoutFailed', { message: error instanceof Error ? error.message : String(error) }),
    };
  }
}

/** Step 1: pick a session or a template, fill in the details, download the board as an Excalidraw file. */
export function MakeBoardForm({ locale }: { locale: Locale }) {
  const t = createTranslator(whiteboardMessages, locale);
  const id = useId();
  const [kind, setKind] = useState<Kind>('session');
  const [sessionId, setSessionId] = useState(builtInSessions[0]?.id ?? '');
  const [templateId, setTemplateId] = useState(builtInTemplates[0]?.id ?? '');
  const [fields, setFields] = useState<Fields>({
    network: '',
    theme: '',
    participants: '',
    startTime: '',
    meetingMinutes: '',
  });
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const field = (name: keyof Fields, label: string, extra: Record<string, string> = {}) => (
    <div className="form-group">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        className="input"
        value={fields[name]}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
        {...extra}
      />
    </div>
  );

  function download() {
    const made = makePlan(kind, kind === 'session' ? sessionId : templateId, fields, locale);
    if (!made.ok) return setStatus({ error: true, text: made.text });
    const scene = encodeExcalidrawScene(made.plan, {
      now: () => new Date(),
      ...(made.session ? { session: made.session } : {}),
    });
    const fileName = safeFileName(made.title, 'excalidraw');
    downloadFile({
      fileName,
      type: 'application/vnd.excalidraw+json',
      text: `${JSON.stringify(scene, null, 2)}\n`,
    });
    setStatus({ error: false, text: t('downloaded', { file: fileName }) });
  }

  return (
    <form
      className="netverk-whiteboard-step"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        download();
      }}
    >
      <h2 id={`${id}-heading`}>{t('makeHeading')}</h2>
      <fieldset>
        <legend>{t('kindLabel')}</legend>
        {(['session', 'template'] as const).map((option) => (
          <label key={option} className="radiobutton">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            <span>{t(option === 'session' ? 'kindSession' : 'kindTemplate')}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-group">
        <label htmlFor={`${id}-pick`}>{t(kind === 'session' ? 'sessionLabel' : 'templateLabel')}</label>
        <select
          id={`${id}-pick`}
          className="select"
          value={kind === 'session' ? sessionId : templateId}
          onChange={(event) => (kind === 'session' ? setSessionId : setTemplateId)(event.target.value)}
        >
          {(kind === 'session' ? builtInSessions : builtInTemplates).map((entry) => (
            <option key={entry.id} value={entry.id}>
              {pickText(entry.title, locale)}
            </option>
          ))}
        </select>
      </div>
      {field('network', t('networkLabel'))}
      {field('theme', t('themeLabel'))}
      {field('participants', t('participantsLabel'), { inputMode: 'numeric' })}
      {kind === 'session' ? field('startTime', t('startLabel'), { placeholder: '09:00' }) : null}
      {kind === 'session' ? field('meetingMinutes', t('minutesLabel'), { inputMode: 'numeric' }) : null}
      <button type="submit" className="button button-primary">
        {t('download')}
      </button>
      <p
        role={status?.error ? 'alert' : 'status'}
        className={status?.error ? 'netverk-whiteboard-error' : ''}
      >
        {status?.text ?? ''}
      </p>
    </form>
  );
}
