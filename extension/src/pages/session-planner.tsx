import { useId, useState } from 'react';
import {
  builtInSessions,
  createTranslator,
  defaultSessionMinutes,
  type Locale,
  prepareSession,
  type RunningOrder,
  renderRunningOrderMarkdown,
  renderRunningOrderText,
  type Session,
  sessionLimits,
  sessionMessages,
  usualGroup,
} from '../../../shared/index.ts';
import type { PagesTranslate } from './pages-translator.ts';

/** The popup's group size to start from: the core's one participants rule, as the CLI's and the card's. */
const startParticipants = usualGroup;

function lengthOf(session: Session): number {
  return defaultSessionMinutes(session);
}

function wholeIn(text: string, range: { min: number; max: number }): number | undefined {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= range.min && value <= range.max
    ? value
    : undefined;
}

/**
 * A workshop planned in the popup: a built-in session, the group, the start and the length, timed by
 * the core (`timeSession`) into a running order with clock times, to copy as text or Markdown.
 */
export function SessionPlanner(props: { locale: Locale; t: PagesTranslate }) {
  const { locale, t } = props;
  const id = useId();
  const first = builtInSessions[0] as Session;
  const [sessionId, setSessionId] = useState(first.id);
  const [people, setPeople] = useState(String(startParticipants));
  const [start, setStart] = useState('09:00');
  const [length, setLength] = useState(String(lengthOf(first)));
  const [notice, setNotice] = useState('');
  const session = builtInSessions.find((s) => s.id === sessionId) ?? first;
  const participants = wholeIn(people, sessionLimits.participants);
  const minutes = wholeIn(length, sessionLimits.minutes);
  const clock = /^([01]\d|2[0-3]):[0-5]\d$/.test(start) ? start : undefined;
  // The core's one entry point: a running order that does not fit comes with its message, not as a plan.
  const order: RunningOrder | undefined =
    participants !== undefined && minutes !== undefined
      ? prepareSession({ session, locale, participants, minutes, ...(clock ? { start: clock } : {}) }).order
      : undefined;
  const ts = createTranslator(sessionMessages, locale);

  async function copy(kind: 'text' | 'markdown') {
    if (!order) return;
    const text = kind === 'text' ? renderRunningOrderText(order) : renderRunningOrderMarkdown(order);
    try {
      await navigator.clipboard.writeText(text);
      setNotice(t(kind === 'text' ? 'copiedText' : 'copiedMarkdown'));
    } catch {
      setNotice(t('copyFailed'));
    }
  }

  const lines = order ? renderRunningOrderText(order).split('\n').slice(1) : [];
  return (
    <section className="session-planner" aria-labelledby={`${id}-heading`}>
      <p className="hint">{t('workshopIntro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-session`}>
          {t('sessionLabel')}
        </label>
        <select
          id={`${id}-session`}
          value={sessionId}
          onChange={(event) => {
            const next = builtInSessions.find((s) => s.id === event.target.value) ?? first;
            setSessionId(next.id);
            setLength(String(lengthOf(next)));
            setNotice('');
          }}
        >
          {builtInSessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title[locale]}
            </option>
          ))}
        </select>
      </div>
      <div className="session-planner__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-people`}>
            {t('participantsLabel')}
          </label>
          <input
            id={`${id}-people`}
            type="number"
            inputMode="numeric"
            min={sessionLimits.participants.min}
            max={sessionLimits.participants.max}
            value={people}
            aria-invalid={participants === undefined}
            aria-describedby={participants === undefined ? `${id}-people-error` : undefined}
            onChange={(event) => setPeople(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-start`}>
            {t('startLabel')}
          </label>
          <input
            id={`${id}-start`}
            type="time"
            value={start}
            onChange={(event) => setStart(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-length`}>
            {t('lengthLabel')}
          </label>
          <input
            id={`${id}-length`}
            type="number"
            inputMode="numeric"
            min={sessionLimits.minutes.min}
            max={sessionLimits.minutes.max}
            step={5}
            value={length}
            aria-invalid={minutes === undefined}
            aria-describedby={minutes === undefined ? `${id}-length-error` : undefined}
            onChange={(event) => setLength(event.target.value)}
          />
        </div>
      </div>
      {participants === undefined && (
        <p id={`${id}-people-error`} className="error">
          {t('participantsRange', sessionLimits.participants)}
        </p>
      )}
      {minutes === undefined && (
        <p id={`${id}-length-error`} className="error">
          {t('lengthRange', sessionLimits.minutes)}
        </p>
      )}
      <h2 id={`${id}-heading`}>{t('runningOrderHeading', { title: session.title[locale] })}</h2>
      {order && (
        <>
          <p className="hint">
            {t('runningOrderCaption', { count: order.totalMinutes, people: order.participants })}
          </p>
          {order.warnings.length > 0 && (
            <ul className="session-planner__warnings">
              {order.warnings.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <ol className="running-order">
            {lines.map((line, i) => {
              const cut = line.indexOf('  ');
              return (
                <li key={order.entries[i]?.blockId ?? i}>
                  <span className="running-order__time">{cut < 0 ? '' : line.slice(0, cut)}</span>{' '}
                  {cut < 0 ? line : line.slice(cut + 2)}
                </li>
              );
            })}
          </ol>
          {order.beforehand.length > 0 && (
            <p className="hint">
              {ts('beforehandTitle')}: {order.beforehand.join(' ')}
            </p>
          )}
          <div className="button-row">
            <button type="button" disabled={!order.fits} onClick={() => void copy('text')}>
              {t('copyText')}
            </button>
            <button type="button" disabled={!order.fits} onClick={() => void copy('markdown')}>
              {t('copyMarkdown')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="notice">
        {notice}
      </p>
    </section>
  );
}
