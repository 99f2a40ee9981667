import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { createTranslator, type Locale } from '../../../shared/index.ts';
import type { StandInBoard } from '../board/stand-in/index.ts';
import { AddNoteDialog } from './add-note-dialog.tsx';
import { addSampleNotes } from './add-sample-notes.ts';
import { cameraLimits, fitCamera, reveal, screenBox } from './board-camera.ts';
import { BoardTimerView } from './board-timer-view.tsx';
import { previewMessages } from './preview-messages.ts';
import { addDotToZone, addNoteToZone, type PreviewZone } from './preview-zones.ts';
import { useBoardCamera } from './use-board-camera.ts';
import { useStandInSvg } from './use-stand-in-svg.ts';

/** Keys of the board view, as in Miro: + and − zoom, 0 fits, arrows move the board. */
const arrowPan: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * The stand-in board, drawn live beside the panel: zoom and pan by buttons, keys, wheel and drag; every
 * zone of a generated board is a button that opens a dialog to add a participant's note to it.
 */
export function StandInBoardView({ standIn, locale }: { standIn: StandInBoard; locale: Locale }) {
  const t = createTranslator(previewMessages, locale);
  const picture = useStandInSvg(standIn);
  const view = useRef<HTMLDivElement>(null);
  const bounds = picture.bounds;
  const camera = useBoardCamera(view, bounds);
  const [zone, setZone] = useState<PreviewZone | null>(null);
  const [openRequest, setOpenRequest] = useState(0);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const zoneButtons = useRef(new Map<string, HTMLButtonElement>());
  // The zone whose dialog was open last: focus goes back to its button when the dialog closes.
  const lastZone = useRef<string | null>(null);
  const helpId = 'netverk-board-help';

  // The app's `viewport.zoomTo` (generation, the Run view's steps) moves the picture as Miro does. The
  // camera is absolute, so the zones drawn over the picture move with it and stay clickable.
  const { left, top, width, height } = picture.viewport;
  const { moveTo, viewSize } = camera;
  const shown = useRef(`${left},${top},${width},${height}`);
  useEffect(() => {
    const key = `${left},${top},${width},${height}`;
    if (key === shown.current) return;
    shown.current = key;
    moveTo(fitCamera({ left, top, width, height }, viewSize()));
  }, [left, top, width, height, moveTo, viewSize]);

  const onKeyDown = (event: KeyboardEvent) => {
    const pan = arrowPan[event.key];
    if (pan) camera.panBy(pan[0] * cameraLimits.panPx, pan[1] * cameraLimits.panPx);
    else if (event.key === '+' || event.key === '=') camera.zoomIn();
    else if (event.key === '-' || event.key === '−') camera.zoomOut();
    else if (event.key === '0') camera.fit();
    else return;
    event.preventDefault();
  };
  const addNote = (text: string): string | undefined => {
    if (!zone) return undefined;
    try {
      addNoteToZone(standIn, zone, text);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    setDrafts((current) => new Map([...current].filter(([id]) => id !== zone.id)));
    setAnnouncement(t('noteAdded', { zone: zone.title }));
    setZone(null);
    return undefined;
  };
  const addDot = (): string | undefined => {
    if (!zone) return undefined;
    try {
      addDotToZone(standIn, zone);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    // The typed draft stays: a dot is a vote, not the note.
    setAnnouncement(t('dotAdded', { zone: zone.title }));
    setZone(null);
    return undefined;
  };
  const openDialog = (target: PreviewZone) => {
    lastZone.current = target.id;
    setZone(target);
    setOpenRequest((count) => count + 1);
  };
  const closeDialog = () => setZone(null);
  // Focus goes back to the zone once the dialog has closed (the dialog's own effect closes it first):
  // while the modal dialog is open, everything outside it is inert and cannot take focus.
  const dialogWasOpen = useRef(false);
  useEffect(() => {
    if (zone) {
      dialogWasOpen.current = true;
      return;
    }
    if (!dialogWasOpen.current) return;
    dialogWasOpen.current = false;
    zoneButtons.current.get(lastZone.current ?? '')?.focus();
  }, [zone]);
  const addSamples = () => {
    const count = picture.zones.length > 0 ? addSampleNotes(standIn) : 0;
    setAnnouncement(count > 0 ? t('sampleNotesAdded', { count }) : t('sampleNotesNone'));
  };
  const percent = Math.round(camera.camera.scale * 100);
  const image = screenBox(bounds, camera.camera);

  return (
    <div className="netverk-board-view">
      <div className="netverk-board-toolbar">
        <button type="button" className="button button-secondary netverk-board-tool" onClick={camera.zoomOut}>
          <span aria-hidden="true">−</span>
          <span className="netverk-visually-hidden">{t('zoomOut')}</span>
        </button>
        <span className="netverk-board-zoom">{t('zoomLevel', { percent })}</span>
        <button type="button" className="button button-secondary netverk-board-tool" onClick={camera.zoomIn}>
          <span aria-hidden="true">+</span>
          <span className="netverk-visually-hidden">{t('zoomIn')}</span>
        </button>
        <button type="button" className="button button-secondary" onClick={camera.fit}>
          {t('zoomFit')}
        </button>
        <button type="button" className="button button-secondary" onClick={addSamples}>
          {t('sampleNotes')}
        </button>
        <BoardTimerView standIn={standIn} locale={locale} />
      </div>
      <p id={helpId} className="netverk-board-help">
        {t('boardViewHelp')}
      </p>
      <div className="netverk-visually-hidden" role="status">
        {announcement}
      </div>
      {/* The canvas handles its own keys (+ − 0 and the arrows), as Miro's does: an application region. */}
      <div
        ref={view}
        className="netverk-board-viewport"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes focus so its keys work, as in Miro
        tabIndex={0}
        aria-label={t('boardViewLabel')}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onClickCapture={(event) => {
          if (camera.consumeDrag()) event.stopPropagation();
        }}
      >
        {picture.itemCount === 0 ? (
          <p className="netverk-preview-empty">{t('previewBoardEmpty')}</p>
        ) : (
          <img
            className="netverk-preview-svg"
            src={picture.url}
            alt={t('previewBoardAlt', { count: picture.itemCount })}
            data-item-count={picture.itemCount}
            draggable={false}
            style={{ left: image.left, top: image.top, width: image.width, height: image.height }}
          />
        )}
        {picture.focus.map((frame) => {
          const box = screenBox(frame, camera.camera);
          // The current block's frame, marked as Miro's selection would: a picture detail, not a control.
          return (
            <div
              key={`${frame.left},${frame.top}`}
              className="netverk-current-block"
              aria-hidden="true"
              style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
            />
          );
        })}
        {picture.zones.map((z) => {
          const box = screenBox(z.box, camera.camera);
          return (
            <button
              key={z.id}
              ref={(element) => {
                if (element) zoneButtons.current.set(z.id, element);
                else zoneButtons.current.delete(z.id);
              }}
              type="button"
              className="netverk-zone-button"
              style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
              aria-label={t('addNoteTo', { zone: z.title })}
              title={t('addNoteTo', { zone: z.title })}
              onFocus={(event) => {
                // Only keyboard focus moves the board: a click's focus must not pan the zone away from
                // under the pointer between press and release, which would lose the click.
                if (!event.currentTarget.matches(':focus-visible')) return;
                const moved = reveal(camera.camera, box, camera.viewSize());
                if (moved !== camera.camera) camera.moveTo(moved);
              }}
              onClick={() => openDialog(z)}
            />
          );
        })}
      </div>
      <AddNoteDialog
        zone={zone}
        openRequest={openRequest}
        locale={locale}
        draft={zone ? (drafts.get(zone.id) ?? '') : ''}
        onDraft={(text) => zone && setDrafts((current) => new Map(current).set(zone.id, text))}
        onAdd={addNote}
        onAddDot={addDot}
        onClose={closeDialog}
      />
    </div>
  );
}
