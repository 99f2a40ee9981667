import type { Ref } from 'react';
import { createTranslator, type Locale, type QuestionListing } from '../index.ts';
import { classNames, useUiLook } from './ui-look.tsx';
import { uiMessages } from './ui-messages.ts';

interface DecisionQuestionStepProps {
  question: QuestionListing;
  step: number;
  count: number;
  answer: string | undefined;
  onAnswer: (optionId: string) => void;
  /** The radio group's name, unique on the page. */
  name: string;
  locale: Locale;
  /** The legend, which the wizard focuses when the user moves to this question. */
  legendRef: Ref<HTMLLegendElement>;
}

/** One question as a radio group whose legend says which question of how many it is. */
export function DecisionQuestionStep(props: DecisionQuestionStepProps) {
  const { question, step, count, answer, onAnswer, name, locale, legendRef } = props;
  const look = useUiLook();
  const t = createTranslator(uiMessages, locale);
  return (
    <fieldset className={classNames(look.question)}>
      <legend className={classNames(look.legend)} ref={legendRef} tabIndex={-1}>
        <span className={classNames(look.stepCount)}>{t('questionOf', { step, count })}</span>{' '}
        <span className={classNames(look.questionText)}>{question.text}</span>
      </legend>
      {question.options.map((option) => (
        <label key={option.id} className={classNames(look.choice)}>
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
