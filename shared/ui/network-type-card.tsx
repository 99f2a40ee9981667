import { useId } from 'react';
import { type DecisionCandidate, type Locale, networkTypeFieldLabels, networkTypeFields } from '../index.ts';
import { classNames, useUiLook } from './ui-look.tsx';

/** One network type as a result card, named by its title: purpose, expected results, anchoring, duration. */
export function NetworkTypeCard({ candidate, locale }: { candidate: DecisionCandidate; locale: Locale }) {
  const look = useUiLook();
  const titleId = useId();
  return (
    <article className={classNames(look.card)} aria-labelledby={titleId}>
      <h3 id={titleId} className={classNames(look.cardTitle)}>
        {candidate.title}
      </h3>
      <dl className={classNames(look.cardFields)}>
        {networkTypeFields.map((field) => (
          <div key={field}>
            <dt>{networkTypeFieldLabels[field][locale]}</dt>
            <dd>{candidate[field]}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
