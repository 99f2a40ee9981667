import type { Locale } from '../../../shared/index.ts';
import { storageLimits } from '../storage/record-schemas.ts';
import { DraftExport } from './draft-export.tsx';
import type { PagesTranslate } from './pages-translator.ts';
import { SaveStatus } from './save-status.tsx';
import { themeCanvasFields } from './theme-canvas-fields.ts';
import type { DraftSession } from './use-draft-session.ts';

/** The theme canvas's twelve fields as a form; every keystroke is kept (see useDraftSession). */
export function ThemeCanvasForm(props: { session: DraftSession; locale: Locale; t: PagesTranslate }) {
  const { session, locale, t } = props;
  const { draft } = session;
  const disabled = draft === null;
  return (
    <form className="canvas-form" onSubmit={(event) => event.preventDefault()} aria-busy={disabled}>
      <div className="canvas-form__bar">
        <p className="hint">{t('canvasIntro')}</p>
        <button type="button" className="secondary" onClick={() => void session.create()} disabled={disabled}>
          {t('newDraft')}
        </button>
      </div>
      <SaveStatus status={session.status} error={session.error} t={t} />
      <label className="field">
        <span className="field__label">{t('themeTitle')}</span>
        <input
          name="themeTitle"
          value={draft?.themeTitle ?? ''}
          maxLength={storageLimits.shortText}
          disabled={disabled}
          onChange={(event) => session.update({ themeTitle: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('networkName')}</span>
        <input
          name="networkName"
          value={draft?.networkName ?? ''}
          maxLength={storageLimits.shortText}
          disabled={disabled}
          onChange={(event) => session.update({ networkName: event.target.value })}
        />
      </label>
      {themeCanvasFields(locale).map((field) => (
        <div className="field" key={field.id}>
          <label className="field__label" htmlFor={`field-${field.id}`}>
            {field.title}
          </label>
          <p className="field__hint" id={`hint-${field.id}`}>
            {field.prompt}
          </p>
          <textarea
            id={`field-${field.id}`}
            name={field.id}
            rows={3}
            aria-describedby={`hint-${field.id}`}
            value={draft?.fields[field.id] ?? ''}
            maxLength={storageLimits.fieldText}
            disabled={disabled}
            onChange={(event) => session.update({ fields: { [field.id]: event.target.value } })}
          />
        </div>
      ))}
      {draft && <DraftExport draft={draft} locale={locale} t={t} />}
    </form>
  );
}
