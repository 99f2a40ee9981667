import { useEffect, useRef, useState } from 'react';
import type { GeneratedBoard } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { boardLabel } from './session-label.ts';

interface BoardListItemProps {
  record: GeneratedBoard;
  templateTitle: string;
  onRemove: (record: GeneratedBoard) => Promise<void>;
  busy: boolean;
}

/** One generated board with Remove; removing asks first, inline, with focus on the question. */
export function BoardListItem({ record, templateTitle, onRemove, busy }: BoardListItemProps) {
  const { locale, t } = usePanelI18n();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  // A session board's name carries its network, theme and time: two runs of one session differ.
  const name = record.session ? boardLabel(record, locale) : record.title;
  const created = new Date(record.createdAt);
  const date = Number.isNaN(created.getTime())
    ? record.createdAt
    : created.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className="netverk-card netverk-board-item">
      <h2 className="netverk-card-title">{name}</h2>
      <p className="netverk-help">{t('boardMeta', { template: templateTitle, date })}</p>
      {confirming ? (
        <div className="netverk-confirm">
          <p ref={question} tabIndex={-1}>
            {t('removeQuestion', { title: name })}
          </p>
          <div className="netverk-button-row">
            <button
              type="button"
              className="button button-danger button-small"
              disabled={busy}
              onClick={() => void onRemove(record).finally(() => setConfirming(false))}
            >
              {t('removeConfirmButton')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setConfirming(false);
                removeButton.current?.focus();
              }}
            >
              {t('removeKeepButton')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={removeButton}
          type="button"
          className="button button-secondary button-small"
          aria-label={t('removeButtonLabel', { title: name })}
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {t('removeButton')}
        </button>
      )}
    </li>
  );
}
