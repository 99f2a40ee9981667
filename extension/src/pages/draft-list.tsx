import type { Locale } from '../../../shared/index.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import type { PagesTranslate } from './pages-translator.ts';

/** The saved drafts, newest first: open one in the canvas, or delete it. */
export function DraftList(props: {
  drafts: readonly DraftRecord[];
  currentId: string | undefined;
  locale: Locale;
  t: PagesTranslate;
  onOpen(id: string): void;
  onDelete(draft: DraftRecord): Promise<void>;
}) {
  const { t } = props;
  if (props.drafts.length === 0) return <p className="hint">{t('noDrafts')}</p>;
  const date = new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="records">
      {props.drafts.map((draft) => {
        const name = draft.themeTitle.trim() || t('untitled');
        return (
          <li key={draft.id} aria-current={draft.id === props.currentId ? 'true' : undefined}>
            <div className="records__text">
              <strong>{name}</strong>
              {draft.networkName && <span>{draft.networkName}</span>}
              <span className="hint">{t('changedAt', { date: date.format(new Date(draft.updatedAt)) })}</span>
            </div>
            <button
              type="button"
              aria-label={t('openNamed', { name })}
              onClick={() => props.onOpen(draft.id)}
            >
              {t('open')}
            </button>
            <ConfirmDelete name={name} t={t} onDelete={() => props.onDelete(draft)} />
          </li>
        );
      })}
    </ul>
  );
}
