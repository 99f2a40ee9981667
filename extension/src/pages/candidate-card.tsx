import {
  type DecisionCandidate,
  type Locale,
  networkTypeFieldLabels,
  networkTypeFields,
} from '../../../shared/index.ts';

/** One network type as a result shows it: purpose, expected results, anchoring and duration. */
export function CandidateCard(props: { candidate: DecisionCandidate; locale: Locale }) {
  const { candidate, locale } = props;
  return (
    <article className="candidate" aria-labelledby={`candidate-${candidate.type}`}>
      <h3 id={`candidate-${candidate.type}`}>{candidate.title}</h3>
      <dl>
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
