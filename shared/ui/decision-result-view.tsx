import { type ReactNode, type Ref, useId } from 'react';
import { createTranslator, type DecisionResult, decideNetworkType, type Locale } from '../index.ts';
import { decisionTitle } from './decision-title.ts';
import { NetworkTypeCard } from './network-type-card.tsx';
import { classNames, useUiLook } from './ui-look.tsx';
import { uiMessages } from './ui-messages.ts';

interface DecisionResultViewProps {
  answers: Readonly<Record<string, string>>;
  locale: Locale;
  /** The heading, which the wizard focuses so a screen reader announces the result. */
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
  onRestart: () => void;
  actions?: ((result: DecisionResult) => ReactNode) | undefined;
}

/** The wizard's last step: one type, or the two closest side by side, and why; then the app's actions. */
export function DecisionResultView(props: DecisionResultViewProps) {
  const { answers, locale, headingRef, onBack, onRestart, actions } = props;
  const look = useUiLook();
  const headingId = useId();
  const t = createTranslator(uiMessages, locale);
  const outcome = decideNetworkType(answers, locale);
  const result = outcome.ok ? outcome.result : undefined;
  return (
    <section className={classNames(look.wizard, look.result)} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={classNames(look.resultHeading)}>
        {result ? decisionTitle(result, locale) : t('resultNone')}
      </h2>
      {result ? (
        <>
          <div className={classNames(look.candidates, result.candidates.length > 1 && look.candidatesTwo)}>
            {result.candidates.map((candidate) => (
              <NetworkTypeCard key={candidate.type} candidate={candidate} locale={locale} />
            ))}
          </div>
          <h3 className={classNames(look.whyHeading)}>{t('why')}</h3>
          <ul className={classNames(look.why)}>
            {result.why.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {actions?.(result)}
        </>
      ) : (
        <div className={classNames(look.error)} role="alert">
          {outcome.ok ? null : outcome.errors.map((error) => <p key={error}>{error}</p>)}
        </div>
      )}
      <div className={classNames(look.buttonRow)}>
        <button type="button" className={classNames(look.secondaryButton)} onClick={onBack}>
          {t('back')}
        </button>
        <button type="button" className={classNames(look.secondaryButton)} onClick={onRestart}>
          {t('restart')}
        </button>
      </div>
    </section>
  );
}
