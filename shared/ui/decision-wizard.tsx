import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { createTranslator, type DecisionResult, type Locale, listDecisionQuestions } from '../index.ts';
import { DecisionQuestionStep } from './decision-question-step.tsx';
import { DecisionResultView } from './decision-result-view.tsx';
import { classNames, useUiLook } from './ui-look.tsx';
import { uiMessages } from './ui-messages.ts';

type Answers = Readonly<Record<string, string>>;

interface DecisionWizardProps {
  locale: Locale;
  /** What the app offers to do with a result: place it on the board, save it as a network… */
  renderActions?: (result: DecisionResult, answers: Answers) => ReactNode;
}

/**
 * The network-type decision as a wizard: one question per step, then the result. Focus never moves on
 * first open; after each step it lands on the next question's legend, or on the result's heading.
 */
export function DecisionWizard({ locale, renderActions }: DecisionWizardProps) {
  const look = useUiLook();
  const t = createTranslator(uiMessages, locale);
  const questions = listDecisionQuestions(locale);
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const name = useId();
  const legend = useRef<HTMLLegendElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const question = questions[step];

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the step, and only the step.
  useEffect(() => {
    if (moved.current) (heading.current ?? legend.current)?.focus();
  }, [step]);

  function go(to: number) {
    moved.current = true;
    setStep(Math.max(0, Math.min(to, questions.length)));
  }
  function restart() {
    setAnswers({});
    go(0);
  }

  if (!question)
    return (
      <DecisionResultView
        answers={answers}
        locale={locale}
        headingRef={heading}
        onBack={() => go(questions.length - 1)}
        onRestart={restart}
        actions={renderActions && ((result) => renderActions(result, answers))}
      />
    );

  const answer = answers[question.id];
  function submit(event: FormEvent) {
    event.preventDefault();
    if (answer !== undefined) go(step + 1);
  }
  return (
    <form className={classNames(look.wizard)} onSubmit={submit}>
      <p className={classNames(look.intro)}>{t('decideIntro')}</p>
      <DecisionQuestionStep
        key={question.id}
        question={question}
        step={step + 1}
        count={questions.length}
        answer={answer}
        onAnswer={(optionId) => setAnswers({ ...answers, [question.id]: optionId })}
        name={`${name}-${question.id}`}
        locale={locale}
        legendRef={legend}
      />
      <div className={classNames(look.buttonRow)}>
        <button
          type="button"
          className={classNames(look.secondaryButton)}
          disabled={step === 0}
          onClick={() => go(step - 1)}
        >
          {t('back')}
        </button>
        <button type="submit" className={classNames(look.primaryButton)} disabled={answer === undefined}>
          {step === questions.length - 1 ? t('showResult') : t('next')}
        </button>
      </div>
    </form>
  );
}
