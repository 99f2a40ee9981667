import { useId } from 'react';
import type { RunningOrder, Session } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';

interface SessionPickerProps {
  sessions: readonly Session[];
  selected: string;
  onSelect: (id: string) => void;
  disabled: boolean;
  /** The chosen session timed for the current inputs: its blocks and minutes are listed. */
  order: RunningOrder | null;
}

/** The sessions as a radio group, each with its length and number of blocks; the chosen one's running order below. */
export function SessionPicker({ sessions, selected, onSelect, disabled, order }: SessionPickerProps) {
  const { locale, t } = usePanelI18n();
  const name = useId();
  const orderId = useId();
  return (
    <fieldset className="netverk-fieldset" disabled={disabled} aria-describedby={orderId}>
      <legend className="netverk-legend">{t('sessionLegend')}</legend>
      <div className="netverk-session-list">
        {sessions.map((session) => {
          const length =
            session.minutes === 'from-user'
              ? t('sessionLengthFromUser')
              : t('sessionLength', { count: session.minutes });
          return (
            <label key={session.id} className="netverk-session-option">
              <input
                type="radio"
                name={name}
                value={session.id}
                checked={session.id === selected}
                onChange={() => onSelect(session.id)}
              />
              <span>
                <span className="netverk-session-title">{session.title[locale]}</span>
                <span className="netverk-help">
                  {length} · {t('sessionBlockCount', { count: session.blocks.length })}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <div id={orderId} className="netverk-session-order">
        {order ? (
          <>
            <p className="netverk-template-summary">{order.summary}</p>
            <p className="netverk-help">{t('sessionOrderHeading', { participants: order.participants })}</p>
            <ol className="netverk-order-list">
              {order.entries.map((entry) => (
                <li key={entry.blockId}>
                  {entry.clock ? `${entry.clock} ` : ''}
                  {entry.title} · {t('blockMinutes', { count: entry.minutes })}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
