import { useEffect, useRef, useState } from 'react';
import {
  type DecisionCandidate,
  decideNetworkType,
  type Locale,
  type NetworkType,
  networkTypeFieldLabels,
  networkTypeFields,
} from '../../../shared/index.ts';
import type { PagesTranslate } from './pages-translator.ts';

export interface DecisionResultActions {
  /** The network name to save the result under (from the open draft). */
  networkName: string;
  onUseInCanvas(text: string): void;
  onSaveNetwork(name: string, type: NetworkType, answers: Record<string, string>): Promise<void>;
}

/** The wizard's result: the type, or the two closest side by side, with why, anchoring and duration. */
export function DecisionResult(
  props: {
    locale: Locale;
    t: PagesTranslate;
    answers: Record<string, string>;
    onBack(): void;
    onRestart(): void;
  } & DecisionResultActions,
) {
  const { locale, t, answers } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(props.networkName);
  const [notice, setNotice] = useState('');
  const outcome = decideNetworkType(answers, locale);
  useEffect(() => heading.current?.focus(), []);

  if (!outcome.ok)
    return (
      <section className="result" aria-labelledby="result-heading">
        <h2 id="result-heading" tabIndex={-1} ref={heading}>
          {t('resultHeading')}
        </h2>
        <ul className="error">
          {outcome.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
        <Navigation {...props} />
      </section>
    );
  const { result } = outcome;
  const useText = [result.candidates.map((c) => c.title).join(' / '), ...result.why].join('\n');
  return (
    <section className="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} ref={heading}>
        {result.ambiguous ? t('ambiguousHeading') : t('resultHeading')}
      </h2>
      <div className={result.candidates.length > 1 ? 'candidates candidates--two' : 'candidates'}>
        {result.candidates.map((candidate) => (
          <CandidateCard key={candidate.type} candidate={candidate} locale={locale} />
        ))}
      </div>
      <h3>{t('whyHeading')}</h3>
      <ul className="why">
        {result.why.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            props.onUseInCanvas(useText);
            setNotice(t('usedInCanvas'));
          }}
        >
          {t('useInCanvas')}
        </button>
      </div>
      <div className="inline-form">
        <label className="field">
          <span className="field__label">{t('networkName')}</span>
          <input value={name} maxLength={500} onChange={(event) => setName(event.target.value)} />
        </label>
        <button
          type="button"
          className="secondary"
          disabled={name.trim() === ''}
          onClick={() =>
            void props
              .onSaveNetwork(name.trim(), result.type, answers)
              .then(() => setNotice(t('networkSaved')))
          }
        >
          {t('saveNetwork')}
        </button>
      </div>
      <p role="status" className="notice">
        {notice}
      </p>
      <Navigation {...props} />
    </section>
  );
}

function CandidateCard(props: { candidate: DecisionCandidate; locale: Locale }) {
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

function Navigation(props: { t: PagesTranslate; onBack(): void; onRestart(): void }) {
  return (
    <div className="button-row">
      <button type="button" className="secondary" onClick={props.onBack}>
        {props.t('back')}
      </button>
      <button type="button" className="secondary" onClick={props.onRestart}>
        {props.t('startAgain')}
      </button>
    </div>
  );
}
