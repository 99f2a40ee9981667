import { type DecisionCandidate, networkTypeFieldLabels, networkTypeFields } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';

/** One network type as a result card: purpose, expected results, anchoring and duration. */
export function NetworkTypeCard({ candidate }: { candidate: DecisionCandidate }) {
  const { locale } = usePanelI18n();
  return (
    <article className="netverk-card netverk-type-card">
      <h3 className="netverk-card-title">{candidate.title}</h3>
      <dl className="netverk-type-fields">
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
