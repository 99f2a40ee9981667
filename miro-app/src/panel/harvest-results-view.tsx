import type { HarvestNote, HarvestResult } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';

/** The harvested notes per board and zone, in reading order; notes outside every zone last. */
export function HarvestResultsView({ result }: { result: HarvestResult }) {
  const { t } = usePanelI18n();
  return (
    <div className="netverk-harvest">
      {result.boards.map((board) => (
        <section key={board.boardId} className="netverk-card" aria-label={board.title}>
          <h2 className="netverk-card-title">{board.title}</h2>
          {board.zones.map((zone) => (
            <ZoneNotes key={zone.zoneId} title={zone.title || zone.zoneId} notes={zone.notes} />
          ))}
        </section>
      ))}
      {result.unplaced.length > 0 ? (
        <section className="netverk-card" aria-label={t('harvestUnplaced')}>
          <ZoneNotes title={t('harvestUnplaced')} notes={result.unplaced} />
        </section>
      ) : null}
      {result.skipped.length > 0 ? (
        <p className="netverk-help">{t('harvestSkipped', { count: result.skipped.length })}</p>
      ) : null}
    </div>
  );
}

function ZoneNotes({ title, notes }: { title: string; notes: readonly HarvestNote[] }) {
  const { t } = usePanelI18n();
  return (
    <div className="netverk-zone">
      <h3 className="netverk-zone-title">
        {title} <span className="netverk-count">{t('harvestNoteCount', { count: notes.length })}</span>
      </h3>
      {notes.length > 0 ? (
        <ul className="netverk-notes">
          {notes.map((note) => (
            <li key={note.id} className="netverk-note">
              {note.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
