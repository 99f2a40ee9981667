import { useState } from 'react';
import { listDecisionQuestions } from '../../../shared/index.ts';
import { DecisionOutcome } from './decision-outcome.tsx';
import { DecisionQuestionStep } from './decision-question-step.tsx';
import { usePanelI18n } from './panel-i18n.tsx';

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

  if (!question)
    return <DecisionOutcome answers={answers} onBack={() => setStep(step - 1)} onRestart={restart} />;

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
