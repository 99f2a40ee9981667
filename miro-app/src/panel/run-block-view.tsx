import type { RunningOrderEntry } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';

interface RunBlockViewProps {
  entry: RunningOrderEntry;
  next: RunningOrderEntry | undefined;
  total: number;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

/** One block as the facilitator needs it: time, groups, notes, materials, and what comes next. */
export function RunBlockView({ entry, next, total, headingRef }: RunBlockViewProps) {
  const { t } = usePanelI18n();
  const minutes = t('runBlockMinutes', { count: entry.minutes });
  const time =
    entry.clock && entry.endClock
      ? `${t('runBlockTime', { start: entry.clock, end: entry.endClock })} · `
      : '';
  const { min, max } = entry.groupSize;
  const groups =
    entry.groups <= 1
      ? t('runGroupsWhole')
      : min === max
        ? t('runGroupsEven', { count: entry.groups, size: min })
        : t('runGroups', { count: entry.groups, min, max });
  // Timing's groups line leads the notes when the group splits; the line above already says the split.
  const groupsLine = entry.groups > 1 ? entry.timingNotes[0] : undefined;
  const notes = entry.notes.filter((note) => note !== groupsLine);
  return (
    <section className="netverk-card netverk-run-block" aria-labelledby={`run-block-${entry.blockId}`}>
      <h2 id={`run-block-${entry.blockId}`} className="netverk-card-title" ref={headingRef} tabIndex={-1}>
        {t('runBlockHeading', { index: entry.index + 1, total, title: entry.title })}
      </h2>
      <p className="netverk-run-time">
        {time}
        {minutes}
      </p>
      <p>{groups}</p>
      {notes.length > 0 ? (
        <>
          <h3 className="netverk-zone-title">{t('runNotesHeading')}</h3>
          <ul className="netverk-notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      {entry.materials.length > 0 ? (
        <>
          <h3 className="netverk-zone-title">{t('runMaterialsHeading')}</h3>
          <ul className="netverk-notes">
            {entry.materials.map((material) => (
              <li key={material}>{material}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="netverk-zone-title">{t('runNextHeading')}</h3>
      <p>
        {next
          ? next.clock
            ? t('runNextAt', {
                clock: next.clock,
                title: next.title,
                minutes: t('runBlockMinutes', { count: next.minutes }),
              })
            : t('runNextBlock', { title: next.title, minutes: t('runBlockMinutes', { count: next.minutes }) })
          : t('runLastBlock')}
      </p>
    </section>
  );
}
