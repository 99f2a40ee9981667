import { useEffect, useId, useRef } from 'react';
import type { QuestionListing } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';

interface DecisionQuestionStepProps {
  question: QuestionListing;
  step: number;
  count: number;
  answer: string | undefined;
  onAnswer: (optionId: string) => void;
}

/** One question of the wizard as a radio group; focus moves to the question when it is shown. */
export function DecisionQuestionStep({ question, step, count, answer, onAnswer }: DecisionQuestionStepProps) {
  const { t } = usePanelI18n();
  const name = useId();
  const heading = useRef<HTMLLegendElement>(null);
  // The wizard keys each step by its question, so this runs once per step shown.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <fieldset className="netverk-fieldset netverk-question">
      <legend className="netverk-legend netverk-question-text" ref={heading} tabIndex={-1}>
        <span className="netverk-step-count">{t('decideStep', { step, count })}</span>
        {question.text}
      </legend>
      {question.options.map((option) => (
        <label key={option.id} className="radiobutton netverk-radio">
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={answer === option.id}
            onChange={() => onAnswer(option.id)}
          />
          <span>{option.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
