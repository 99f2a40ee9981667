import { useState } from 'react';
import { decideNetworkType, listDecisionQuestions } from '../../../shared/index.ts';
import { DecisionQuestionStep } from './decision-question-step.tsx';
import { DecisionResultView } from './decision-result-view.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import { PlaceDecisionButton } from './place-decision-button.tsx';

/** The network-type decision as a short wizard: one question per step, then the result card. */
export function DecideTab() {
  const { locale, t } = usePanelI18n();
  const questions = listDecisionQuestions(locale);
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Readonly<Record<string, string>>>({});
  const question = questions[step];
  const restart = () => {
    setAnswers({});
    setStep(0);
  };

  if (!question) {
    const outcome = decideNetworkType(answers, locale);
    return (
      <div className="netverk-tab-body">
        {outcome.ok ? (
          <DecisionResultView result={outcome.result} />
        ) : (
          <div className="netverk-notice" role="alert">
            {outcome.errors.map((error) => (
              <p key={error}>{error}</p>
            ))}
          </div>
        )}
        <div className="netverk-button-row">
          <button type="button" className="button button-secondary" onClick={() => setStep(step - 1)}>
            {t('backButton')}
          </button>
          <button type="button" className="button button-secondary" onClick={restart}>
            {t('restartButton')}
          </button>
        </div>
        {outcome.ok ? <PlaceDecisionButton result={outcome.result} /> : null}
      </div>
    );
  }

  const answer = answers[question.id];
  return (
    <form
      className="netverk-tab-body"
      onSubmit={(event) => {
        event.preventDefault();
        if (answer) setStep(step + 1);
      }}
    >
      <DecisionQuestionStep
        key={question.id}
        question={question}
        step={step + 1}
        count={questions.length}
        answer={answer}
        onAnswer={(optionId) => setAnswers({ ...answers, [question.id]: optionId })}
      />
      <div className="netverk-button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={step === 0}
          onClick={() => setStep(step - 1)}
        >
          {t('backButton')}
        </button>
        <button type="submit" className="button button-primary" disabled={!answer}>
          {step === questions.length - 1 ? t('showResultButton') : t('nextButton')}
        </button>
      </div>
    </form>
  );
}
