import { useEffect, useRef, useState } from 'react';
import type { PagesTranslate } from './pages-translator.ts';

/** A delete button that asks first, in place; focus moves to the question and back. */
export function ConfirmDelete(props: { name: string; t: PagesTranslate; onDelete(): void | Promise<void> }) {
  const { name, t } = props;
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button
        ref={trigger}
        type="button"
        className="danger"
        aria-label={t('deleteNamed', { name })}
        onClick={() => setAsking(true)}
      >
        {t('delete')}
      </button>
    );
  return (
    <div className="confirm">
      <p>{t('confirmDelete', { name })}</p>
      <button ref={yes} type="button" className="danger" onClick={() => void props.onDelete()}>
        {t('confirmYes')}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
