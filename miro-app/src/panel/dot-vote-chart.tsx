import { createTranslator, type DotAssessment, sharePercent } from '../../../shared/index.ts';
import { dotVoteMessages } from './dot-vote-messages.ts';
import { usePanelI18n } from './panel-i18n.tsx';

/**
 * A board's dot vote as a bar chart in HTML: one bar per assessed zone, its length the zone's dots
 * (the most dots fill the row), the count and share written beside it; strongest and weakest named in
 * words too, so the chart reads the same to a screen reader.
 */
export function DotVoteChart({ assessment }: { assessment: DotAssessment }) {
  const { locale } = usePanelI18n();
  const t = createTranslator(dotVoteMessages, locale);
  const most = Math.max(1, ...assessment.scores.map((score) => score.count));
  const headingId = `dots-${assessment.boardId}`;
  return (
    <section className="netverk-card netverk-dot-chart" aria-labelledby={headingId}>
      <h2 id={headingId} className="netverk-card-title">
        {t('dotChartHeading', { board: assessment.title })}
      </h2>
      <p className="netverk-help">
        {assessment.total > 0 ? t('dotChartTotal', { count: assessment.total }) : t('dotChartNone')}
      </p>
      <ul className="netverk-dot-bars">
        {assessment.scores.map((score) => {
          const strong = assessment.strongest.includes(score.zoneId);
          const weak = assessment.weakest.includes(score.zoneId);
          const mark = strong ? t('dotChartStrongest') : weak ? t('dotChartWeakest') : '';
          return (
            <li
              key={score.zoneId}
              className="netverk-dot-row"
              data-zone={score.zoneId}
              data-dots={score.count}
            >
              <span className="netverk-dot-label">{score.label}</span>
              <span className="netverk-dot-track" aria-hidden="true">
                <span
                  className={`netverk-dot-bar${strong ? ' netverk-dot-strong' : weak ? ' netverk-dot-weak' : ''}`}
                  style={{ width: `${(score.count / most) * 100}%` }}
                />
              </span>
              <span className="netverk-dot-value">
                {t('dotChartValue', { count: score.count, percent: sharePercent(score.share) })}
                {mark ? ` · ${mark}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
