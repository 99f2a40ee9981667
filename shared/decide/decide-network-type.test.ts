import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, type Params } from '../i18n/define-messages.ts';
import { type Locale, locales } from '../i18n/locale.ts';
import { decideMessages } from './decide-messages.ts';
import {
  ambiguityMargin,
  type DecisionResult,
  decideNetworkType,
  listDecisionQuestions,
} from './decide-network-type.ts';
import { decisionQuestions } from './decision-questions.ts';
import { networkTypes } from './network-types.ts';

function decide(answers: Record<string, string>, locale: Locale = 'en'): DecisionResult {
  const outcome = decideNetworkType(answers, locale);
  if (!outcome.ok) throw new Error(`expected a result, got ${outcome.errors.join(' | ')}`);
  return outcome.result;
}

describe('decideNetworkType: decisions', () => {
  it.each([
    {
      name: 'clear innovation',
      answers: {
        'starting-point': 'political-vision',
        ambition: 'far-reaching',
        'main-gap': 'future-solutions',
        outcome: 'new-direction',
        'time-frame': 'open-ended',
      },
      type: 'innovation',
      scores: { innovation: 9, welfare: 0, learning: 0 },
      candidates: ['innovation'],
    },
    {
      name: 'clear welfare',
      answers: {
        'starting-point': 'existing-services',
        ambition: 'improve-existing',
        'main-gap': 'coordination',
        outcome: 'better-services',
        'time-frame': 'half-year',
      },
      type: 'welfare',
      scores: { innovation: 0, welfare: 9, learning: 0 },
      candidates: ['welfare'],
    },
    {
      name: 'clear learning',
      answers: {
        'starting-point': 'new-area',
        ambition: 'understand-first',
        'main-gap': 'knowledge',
        outcome: 'knowledge-in-units',
        'time-frame': 'few-months',
      },
      type: 'learning',
      scores: { innovation: 0, welfare: 0, learning: 9 },
      candidates: ['learning'],
    },
    {
      name: 'mixed but clear welfare',
      answers: {
        'starting-point': 'existing-services',
        ambition: 'improve-existing',
        'main-gap': 'knowledge',
        'time-frame': 'half-year',
      },
      type: 'welfare',
      scores: { innovation: 0, welfare: 5, learning: 2 },
      candidates: ['welfare'],
    },
    {
      name: 'tie: broken towards welfare, both side by side',
      answers: { 'starting-point': 'political-vision', 'main-gap': 'coordination' },
      type: 'welfare',
      scores: { innovation: 2, welfare: 2, learning: 0 },
      candidates: ['welfare', 'innovation'],
    },
    {
      name: 'within the margin: leader first, runner-up beside it',
      answers: { 'starting-point': 'new-area', ambition: 'improve-existing', 'time-frame': 'half-year' },
      type: 'welfare',
      scores: { innovation: 0, welfare: 3, learning: 2 },
      candidates: ['welfare', 'learning'],
    },
    {
      name: 'partial: one clear answer is enough',
      answers: { 'main-gap': 'knowledge' },
      type: 'learning',
      scores: { innovation: 0, welfare: 0, learning: 2 },
      candidates: ['learning'],
    },
    {
      name: 'partial: only the time frame is a close call',
      answers: { 'time-frame': 'open-ended' },
      type: 'innovation',
      scores: { innovation: 1, welfare: 0, learning: 0 },
      candidates: ['innovation', 'learning'],
    },
    {
      name: 'partial with unsure answers',
      answers: { 'starting-point': 'unsure', ambition: 'unsure', outcome: 'better-services' },
      type: 'welfare',
      scores: { innovation: 0, welfare: 2, learning: 0 },
      candidates: ['welfare'],
    },
  ])('$name', ({ answers, type, scores, candidates }) => {
    const result = decide(answers);
    expect(result.type).toBe(type);
    expect(result.scores).toEqual(scores);
    expect(result.ambiguous).toBe(candidates.length === 2);
    expect(result.candidates.map((c) => c.type)).toEqual(candidates);
    expect(result.path.map((step) => step.questionId)).toEqual(
      decisionQuestions.map((q) => q.id).filter((id) => id in answers),
    );
  });

  it('describes every candidate with purpose, expected results, anchoring and duration', () => {
    const [welfare, innovation] = decide({
      'starting-point': 'political-vision',
      'main-gap': 'coordination',
    }).candidates;
    expect(welfare).toEqual({
      type: 'welfare',
      title: 'Welfare network',
      purpose: networkTypes.welfare.purpose.en,
      expectedResults: networkTypes.welfare.expectedResults.en,
      anchoring: networkTypes.welfare.anchoring.en,
      duration: 'About six months, then a test phase.',
    });
    expect(innovation?.duration).toBe(
      'No fixed length: the management forum reviews the network as it goes.',
    );
  });

  it('counts unsure answers in the path but gives them no points', () => {
    const result = decide({ 'starting-point': 'unsure', outcome: 'better-services' });
    expect(result.path.map((s) => s.optionId)).toEqual(['unsure', 'better-services']);
    expect(result.why[0]).toBe('You were unsure where the theme starts, so that answer counts for no type.');
  });
});

describe('decideNetworkType: language', () => {
  const answers = {
    'starting-point': 'existing-services',
    'main-gap': 'knowledge',
    outcome: 'better-services',
    'time-frame': 'half-year',
  };

  it.each([
    { locale: 'da', title: 'Velfærdsnetværk', question: 'Hvor tager temaet sit udgangspunkt?' },
    { locale: 'sv', title: 'Välfärdsnätverk', question: 'Var har temat sin utgångspunkt?' },
    { locale: 'en', title: 'Welfare network', question: 'Where does the theme start?' },
  ] as const)('path, why and candidates in $locale', ({ locale, title, question }) => {
    const result = decide(answers, locale);
    expect(result.candidates[0]?.title).toBe(title);
    expect(result.path[0]).toEqual({
      questionId: 'starting-point',
      question,
      optionId: 'existing-services',
      answer: decisionQuestions[0]?.options[1]?.text[locale],
    });
    expect(result.why).toEqual([
      decisionQuestions[0]?.options[1]?.why[locale],
      decisionQuestions[2]?.options[0]?.why[locale],
      decisionQuestions[3]?.options[1]?.why[locale],
      decisionQuestions[4]?.options[1]?.why[locale],
    ]);
  });

  it.each([
    { locale: 'da', note: 'Svarene skelner ikke tydeligt mellem velfærdsnetværk og innovationsnetværk' },
    { locale: 'sv', note: 'Svaren skiljer inte tydligt mellan välfärdsnätverk och innovationsnätverk' },
    { locale: 'en', note: 'The answers do not clearly tell a welfare network from an innovation network' },
  ] as const)('a close call ends its why with a note in $locale', ({ locale, note }) => {
    const result = decide({ 'starting-point': 'political-vision', 'main-gap': 'coordination' }, locale);
    expect(result.why).toHaveLength(3);
    expect(result.why.at(-1)).toContain(note);
  });
});

describe('decideNetworkType: failures', () => {
  const questionIds = 'starting-point, ambition, main-gap, outcome, time-frame';
  const cases: { name: string; answers: Record<string, string>; errors: [string, Params][] }[] = [
    {
      name: 'unknown question',
      answers: { 'who-leads': 'director', 'starting-point': 'political-vision' },
      errors: [['unknownQuestion', { questionId: 'who-leads', questionIds }]],
    },
    {
      name: 'unknown option, and so nothing weighted',
      answers: { ambition: 'huge' },
      errors: [
        [
          'unknownOption',
          {
            questionId: 'ambition',
            optionId: 'huge',
            optionIds: 'far-reaching, improve-existing, understand-first, unsure',
          },
        ],
        ['noWeightedAnswer', {}],
      ],
    },
    { name: 'no answers', answers: {}, errors: [['noWeightedAnswer', {}]] },
    {
      name: 'only unsure answers',
      answers: { 'starting-point': 'unsure', 'time-frame': 'unsure' },
      errors: [['noWeightedAnswer', {}]],
    },
    {
      name: 'several errors, in input order',
      answers: { outcome: 'money', x: 'y', 'main-gap': 'knowledge' },
      errors: [
        [
          'unknownOption',
          {
            questionId: 'outcome',
            optionId: 'money',
            optionIds: 'knowledge-in-units, better-services, new-direction, unsure',
          },
        ],
        ['unknownQuestion', { questionId: 'x', questionIds }],
      ],
    },
  ];

  for (const locale of locales) {
    it.each(cases)(`$name (${locale})`, ({ answers, errors }) => {
      const expected = errors.map(([key, params]) =>
        formatMessage(decideMessages[locale][key as keyof (typeof decideMessages)['en']], params),
      );
      expect(decideNetworkType(answers, locale)).toEqual({ ok: false, errors: expected });
      for (const message of expected) expect(message).not.toMatch(/\{\w+\}/);
    });
  }

  it.each([
    { locale: 'da', text: 'Der er intet spørgsmål "nope".' },
    { locale: 'sv', text: 'Det finns ingen fråga "nope".' },
    { locale: 'en', text: 'There is no question "nope".' },
  ] as const)('says it in $locale', ({ locale, text }) => {
    const outcome = decideNetworkType({ nope: 'x', outcome: 'new-direction' }, locale);
    expect(outcome.ok ? [] : outcome.errors[0]).toContain(text);
  });
});

describe('decideNetworkType: properties', () => {
  const answersArb = fc.record(
    Object.fromEntries(decisionQuestions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])),
    { requiredKeys: [] },
  );

  it('leads with the top score and shows two candidates exactly on a close call', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...locales), (answers, locale) => {
        const outcome = decideNetworkType(answers as Record<string, string>, locale);
        const weighted = Object.values(answers).some((id) => id !== 'unsure');
        expect(outcome.ok).toBe(weighted);
        if (!outcome.ok) return;
        const { scores, type, ambiguous, candidates } = outcome.result;
        const sorted = Object.values(scores).sort((a, b) => b - a);
        expect(scores[type]).toBe(sorted[0]);
        expect(ambiguous).toBe((sorted[0] ?? 0) - (sorted[1] ?? 0) <= ambiguityMargin);
        expect(candidates).toHaveLength(ambiguous ? 2 : 1);
        expect(candidates[0]?.type).toBe(type);
      }),
    );
  });
});

describe('listDecisionQuestions', () => {
  it('lists ids and texts in the chosen language, nothing else', () => {
    expect(listDecisionQuestions('en')[0]).toEqual({
      id: 'starting-point',
      text: 'Where does the theme start?',
      options: [
        { id: 'political-vision', text: 'In a political vision or strategy' },
        { id: 'existing-services', text: 'In services or workflows we run today' },
        { id: 'new-area', text: 'In an area we want on the agenda but know too little about' },
        { id: 'unsure', text: 'We are not sure' },
      ],
    });
    expect(listDecisionQuestions('da')[4]?.text).toBe('Hvor lang tid kræver temaet?');
    expect(listDecisionQuestions('sv').map((q) => q.id)).toEqual(decisionQuestions.map((q) => q.id));
  });
});
