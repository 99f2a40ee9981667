import type { SaveStatus as Status } from './create-autosaver.ts';
import type { PagesTranslate } from './pages-translator.ts';

/** The save state, announced politely to screen readers ("Saved"). */
export function SaveStatus(props: { status: Status; error: string | undefined; t: PagesTranslate }) {
  const { status, t } = props;
  const text =
    status === 'saving'
      ? t('saving')
      : status === 'saved'
        ? t('saved')
        : status === 'error'
          ? t('saveFailed', { error: props.error ?? '' })
          : '';
  return (
    <p
      className={`save-status save-status--${status}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </p>
  );
}
