import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type Locale, listDecisionQuestions } from '../../../shared/index.ts';
import { DecisionResult, type DecisionResultActions } from './decision-result.tsx';
import type { PagesTranslate } from './pages-translator.ts';

/** The network-type decision as a wizard: one question at a time, then the result. Keyboard first. */
export function DecideWizard(props: { locale: Locale; t: PagesTranslate } & DecisionResultActions) {
  const { locale, t } = props;
  const questions = listDecisionQuestions(locale);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [step, setStep] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const moved = useRef(false);
  const question = questions[step];

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the step changes.
  useEffect(() => {
    // Focus follows the wizard only after the user moved it, never on first open.
    if (!moved.current) return;
    const target = form.current?.querySelector<HTMLElement>('input:checked, input[type=radio], button');
    target?.focus();
  }, [step]);

  function go(to: number) {
    moved.current = true;
    setStep(to);
  }
  function restart() {
    setAnswers({});
    go(0);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    if (question && answers[question.id] !== undefined) go(step + 1);
  }

  if (!question)
    return (
      <DecisionResult
        {...props}
        answers={answers}
        onBack={() => go(questions.length - 1)}
        onRestart={restart}
      />
    );
  const checked = answers[question.id];
  return (
    <form className="wizard" onSubmit={submit} ref={form}>
      <p className="hint">{t('decideIntro')}</p>
      <fieldset>
        <legend>
          <span className="wizard__step">{t('questionOf', { n: step + 1, total: questions.length })}</span>
          <span className="wizard__question">{question.text}</span>
        </legend>
        {question.options.map((option) => (
          <label className="choice" key={option.id}>
            <input
              type="radio"
              name={question.id}
              value={option.id}
              checked={checked === option.id}
              onChange={() => setAnswers({ ...answers, [question.id]: option.id })}
            />
            <span>{option.text}</span>
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => go(step - 1)} disabled={step === 0}>
          {t('back')}
        </button>
        <button type="submit" disabled={checked === undefined}>
          {step === questions.length - 1 ? t('showResult') : t('next')}
        </button>
      </div>
    </form>
  );
}
