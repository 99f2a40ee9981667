import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { decideMessages } from './decide-messages.ts';
import { type DecisionOption, type DecisionQuestion, decisionQuestions } from './decision-questions.ts';
import { type NetworkType, networkTypeIds, networkTypes } from './network-types.ts';

/**
 * The top two types are a close call when the leader is ahead by at most this many points:
 * less than one clear answer (2 points), e.g. only the time frame (1 point) between them.
 */
export const ambiguityMargin = 1;

/**
 * Ties go to the type that asks least of the line organisation: learning (management forum at start
 * and close, 4–5 months), then welfare, then innovation (director level, open-ended).
 */
export const tieBreakOrder = ['learning', 'welfare', 'innovation'] as const satisfies readonly NetworkType[];

/** A network type, described in one language. */
export interface DecisionCandidate {
  type: NetworkType;
  title: string;
  purpose: string;
  expectedResults: string;
  anchoring: string;
  duration: string;
}

/** One answered question, in the order of `decisionQuestions`. */
export interface DecisionStep {
  questionId: string;
  question: string;
  optionId: string;
  answer: string;
}

export interface DecisionResult {
  /** The leading type; on a close call still the leader, with ties broken by `tieBreakOrder`. */
  type: NetworkType;
  ambiguous: boolean;
  scores: Record<NetworkType, number>;
  /** The winner alone, or the leader and the runner-up side by side when `ambiguous`. */
  candidates: DecisionCandidate[];
  path: DecisionStep[];
  why: string[];
}

export type DecisionOutcome = { ok: true; result: DecisionResult } | { ok: false; errors: string[] };

/** The questions as `netverk decide` lists them, in one language. */
export interface QuestionListing {
  id: string;
  text: string;
  options: { id: string; text: string }[];
}

interface Chosen {
  question: DecisionQuestion;
  option: DecisionOption;
}

/** Scores answers (question id → option id; partial answers allowed) and picks a network type. */
export function decideNetworkType(
  answers: Readonly<Record<string, string>>,
  locale: Locale,
): DecisionOutcome {
  const t = createTranslator(decideMessages, locale);
  const errors = validateAnswers(answers, t);
  const chosen = chosenAnswers(answers);
  if (!chosen.some(({ option }) => Object.values(option.weights).some((w) => w > 0)))
    errors.push(t('noWeightedAnswer'));
  if (errors.length > 0) return { ok: false, errors };

  const scores = scoreAnswers(chosen);
  const [leader, runnerUp] = rankTypes(scores);
  const ambiguous = scores[leader] - scores[runnerUp] <= ambiguityMargin;
  const why = chosen.map(({ option }) => option.why[locale]);
  if (ambiguous)
    why.push(
      t('ambiguous', {
        first: networkTypes[leader].inText[locale],
        second: networkTypes[runnerUp].inText[locale],
      }),
    );
  return {
    ok: true,
    result: {
      type: leader,
      ambiguous,
      scores,
      candidates: (ambiguous ? [leader, runnerUp] : [leader]).map((type) => describeType(type, locale)),
      path: chosen.map(({ question, option }) => ({
        questionId: question.id,
        question: question.text[locale],
        optionId: option.id,
        answer: option.text[locale],
      })),
      why,
    },
  };
}

/** Every question with its answers, in one language: the shape `netverk decide` prints as JSON. */
export function listDecisionQuestions(locale: Locale): QuestionListing[] {
  return decisionQuestions.map((question) => ({
    id: question.id,
    text: question.text[locale],
    options: question.options.map((option) => ({ id: option.id, text: option.text[locale] })),
  }));
}

function validateAnswers(
  answers: Readonly<Record<string, string>>,
  t: Translate<keyof (typeof decideMessages)['en']>,
): string[] {
  const questionIds = decisionQuestions.map((q) => q.id).join(', ');
  return Object.entries(answers).flatMap(([questionId, optionId]) => {
    const question = decisionQuestions.find((q) => q.id === questionId);
    if (!question) return [t('unknownQuestion', { questionId, questionIds })];
    if (question.options.some((o) => o.id === optionId)) return [];
    const optionIds = question.options.map((o) => o.id).join(', ');
    return [t('unknownOption', { questionId, optionId, optionIds })];
  });
}

function chosenAnswers(answers: Readonly<Record<string, string>>): Chosen[] {
  return decisionQuestions.flatMap((question) => {
    if (!Object.hasOwn(answers, question.id)) return [];
    const option = question.options.find((o) => o.id === answers[question.id]);
    return option ? [{ question, option }] : [];
  });
}

function scoreAnswers(chosen: readonly Chosen[]): Record<NetworkType, number> {
  const scores: Record<NetworkType, number> = { innovation: 0, welfare: 0, learning: 0 };
  for (const { option } of chosen)
    for (const type of networkTypeIds) scores[type] += option.weights[type] ?? 0;
  return scores;
}

/** The leader and the runner-up; the sort is stable, so equal scores keep `tieBreakOrder`. */
function rankTypes(scores: Readonly<Record<NetworkType, number>>): [NetworkType, NetworkType] {
  const ranked = [...tieBreakOrder].sort((a, b) => scores[b] - scores[a]);
  return [ranked[0] ?? tieBreakOrder[0], ranked[1] ?? tieBreakOrder[1]];
}

function describeType(type: NetworkType, locale: Locale): DecisionCandidate {
  const info = networkTypes[type];
  return {
    type,
    title: info.title[locale],
    purpose: info.purpose[locale],
    expectedResults: info.expectedResults[locale],
    anchoring: info.anchoring[locale],
    duration: info.duration[locale],
  };
}
