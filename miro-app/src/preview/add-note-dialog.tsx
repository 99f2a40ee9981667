import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { createTranslator, type Locale } from '../../../shared/index.ts';
import { previewMessages } from './preview-messages.ts';
import type { PreviewZone } from './preview-zones.ts';

/** Longest note the dialog takes: Miro keeps a sticky's HTML under 6,000 characters, escaping included. */
export const maxNoteLength = 1_000;

export interface AddNoteDialogProps {
  zone: PreviewZone | null;
  /** Counts the requests to open: a zone asked again opens the dialog even when its state never left. */
  openRequest: number;
  locale: Locale;
  /** The draft typed so far for this zone: closing keeps it, so nothing typed is lost. */
  draft: string;
  onDraft(text: string): void;
  /** Adds the note; returns an error text when the board refused it. */
  onAdd(text: string): string | undefined;
  /** Places a dot (a dot vote) in the zone; returns an error text when the board refused it. */
  onAddDot(): string | undefined;
  onClose(): void;
}

/** A modal dialog to type a participant's note for one zone (Escape or Cancel closes, keeping the draft). */
export function AddNoteDialog({
  zone,
  openRequest,
  locale,
  draft,
  onDraft,
  onAdd,
  onAddDot,
  onClose,
}: AddNoteDialogProps) {
  const t = createTranslator(previewMessages, locale);
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState('');
  const id = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: each open request must rerun it, also for the same zone.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (zone && !element.open) {
      setError('');
      element.showModal?.();
    }
    if (!zone && element.open) element.close();
  }, [zone, openRequest]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A refused note keeps its text, and the cursor goes back to it.
    if (draft.trim() === '') {
      setError(t('noteEmpty'));
      field.current?.focus();
      return;
    }
    const refused = onAdd(draft.trim());
    if (refused) {
      setError(t('noteRefused', { reason: refused }));
      field.current?.focus();
    }
  };
  return (
    <dialog
      ref={dialog}
      className="netverk-note-dialog"
      aria-labelledby={`${id}-title`}
      // Escape asks the zone state to close the dialog. Chromium lets a page cancel the native close only
      // after a user activation; when it closes natively, its `close` event comes a task later.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Closed natively: tell the state, unless an Enter on the zone has opened it again in between (the
      // late event must not close the new dialog; `openRequest` reopens it while the state never left).
      onClose={() => {
        if (zone && !dialog.current?.open) onClose();
      }}
      lang={locale}
    >
      {zone ? (
        <form onSubmit={submit}>
          <h2 id={`${id}-title`} className="h4">
            {t('noteDialogTitle', { zone: zone.title })}
          </h2>
          <label htmlFor={`${id}-text`}>{t('noteLabel')}</label>
          <textarea
            ref={field}
            id={`${id}-text`}
            className="input netverk-note-text"
            value={draft}
            maxLength={maxNoteLength}
            rows={4}
            autoFocus
            aria-invalid={error !== ''}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              onDraft(event.target.value);
              if (error) setError('');
            }}
          />
          <p id={`${id}-error`} className="netverk-note-error" role="alert">
            {error}
          </p>
          <div className="netverk-note-actions">
            <button type="submit" className="button button-primary">
              {t('noteAdd')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                const refused = onAddDot();
                if (refused) setError(t('noteRefused', { reason: refused }));
              }}
            >
              {t('dotAdd')}
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('noteCancel')}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
