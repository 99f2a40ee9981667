import { useEffect, useRef } from 'react';
import { decideNetworkType, type Locale } from '../../../shared/index.ts';
import { CandidateCard } from './candidate-card.tsx';
import { DecisionActions, type DecisionResultActions } from './decision-actions.tsx';
import type { PagesTranslate } from './pages-translator.ts';

export type { DecisionResultActions } from './decision-actions.tsx';

type Props = {
  locale: Locale;
  t: PagesTranslate;
  answers: Record<string, string>;
  onBack(): void;
  onRestart(): void;
} & DecisionResultActions;

/** The wizard's result: the type, or the two closest side by side, with why; focus lands on its heading. */
export function DecisionResult(props: Props) {
  const { locale, t, answers } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const outcome = decideNetworkType(answers, locale);
  useEffect(() => heading.current?.focus(), []);
  const title = outcome.ok && outcome.result.ambiguous ? t('ambiguousHeading') : t('resultHeading');
  return (
    <section className="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {outcome.ok ? (
        <>
          <div className={outcome.result.ambiguous ? 'candidates candidates--two' : 'candidates'}>
            {outcome.result.candidates.map((candidate) => (
              <CandidateCard key={candidate.type} candidate={candidate} locale={locale} />
            ))}
          </div>
          <h3>{t('whyHeading')}</h3>
          <ul className="why">
            {outcome.result.why.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <DecisionActions {...props} result={outcome.result} />
        </>
      ) : (
        <ul className="error">
          {outcome.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="secondary" onClick={props.onBack}>
          {t('back')}
        </button>
        <button type="button" className="secondary" onClick={props.onRestart}>
          {t('startAgain')}
        </button>
      </div>
    </section>
  );
}
