import { useEffect, useRef } from 'react';
import type { DecisionResult } from '../../../shared/index.ts';
import { NetworkTypeCard } from './network-type-card.tsx';
import { usePanelI18n } from './panel-i18n.tsx';

/** The decision: one type, or the two closest side by side on a close call, and why. */
export function DecisionResultView({ result }: { result: DecisionResult }) {
  const { t } = usePanelI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const first = result.candidates[0];
  return (
    <div className="netverk-result">
      <h2 className="netverk-section-title" ref={heading} tabIndex={-1}>
        {result.ambiguous || !first ? t('decideResultTwo') : t('decideResultOne', { type: first.title })}
      </h2>
      <div className={result.candidates.length > 1 ? 'netverk-side-by-side' : undefined}>
        {result.candidates.map((candidate) => (
          <NetworkTypeCard key={candidate.type} candidate={candidate} />
        ))}
      </div>
      <h3 className="netverk-subtitle">{t('decideWhy')}</h3>
      <ul className="netverk-why">
        {result.why.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
