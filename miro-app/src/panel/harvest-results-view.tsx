import { assessDots, type HarvestNote, type HarvestResult, type HarvestZone } from '../../../shared/index.ts';
import { DotVoteChart } from './dot-vote-chart.tsx';
import { usePanelI18n } from './panel-i18n.tsx';

/** The harvested notes per board and zone, in reading order; notes outside every zone last. */
export function HarvestResultsView({ result }: { result: HarvestResult }) {
  const { t } = usePanelI18n();
  const empty = result.boards.reduce(
    (sum, board) => sum + board.zones.filter((zone) => zone.notes.length === 0).length,
    0,
  );
  return (
    <div className="netverk-harvest">
      {assessDots(result).map((assessment) => (
        <DotVoteChart key={`dots-${assessment.boardId}`} assessment={assessment} />
      ))}
      {result.boards.map((board) => {
        const filled = sortForMinutes(board.zones.filter((zone) => zone.notes.length > 0));
        if (filled.length === 0) return null;
        return (
          <section key={board.boardId} className="netverk-card" aria-label={board.title}>
            <h2 className="netverk-card-title">{board.title}</h2>
            {filled.map((zone) => (
              <ZoneNotes
                key={zone.zoneId}
                title={zone.title || zone.zoneId}
                notes={zone.notes}
                {...(zone.minutes ? { tag: t(`harvestMinutesTag_${zone.minutes}`) } : {})}
              />
            ))}
          </section>
        );
      })}
      {empty > 0 ? <p className="netverk-help">{t('harvestEmptyLeftOut', { count: empty })}</p> : null}
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

const minutesRank = { decision: 0, action: 1, next: 2 } as const;

/** Decisions, actions and next time first (as in the minutes), the rest in reading order. */
function sortForMinutes(zones: readonly HarvestZone[]): HarvestZone[] {
  const rank = (zone: HarvestZone) => (zone.minutes ? minutesRank[zone.minutes] : 3);
  return [...zones].sort((a, b) => rank(a) - rank(b));
}

function ZoneNotes({ title, notes, tag }: { title: string; notes: readonly HarvestNote[]; tag?: string }) {
  const { t } = usePanelI18n();
  return (
    <div className="netverk-zone">
      <h3 className="netverk-zone-title">
        {tag ? <span className="netverk-minutes-tag">{tag}: </span> : null}
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
