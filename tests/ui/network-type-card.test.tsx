// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { decideNetworkType, listDecisionQuestions } from '../../shared/index.ts';
import { decisionTitle, NetworkTypeCard } from '../../shared/ui/index.ts';
import { cleanupUi, one, renderUi } from './render-ui.tsx';

afterEach(cleanupUi);

function resultFor(option: number, locale: 'da' | 'sv' | 'en') {
  const answers = Object.fromEntries(
    listDecisionQuestions(locale).map((q) => [q.id, q.options[option]?.id ?? '']),
  );
  const outcome = decideNetworkType(answers, locale);
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return outcome.result;
}

describe('NetworkTypeCard', () => {
  it('is an article named by its title, with every field in the language asked for', () => {
    const candidate = resultFor(1, 'da').candidates[0];
    if (!candidate) throw new Error('no candidate');
    renderUi(<NetworkTypeCard candidate={candidate} locale="da" />);
    const article = one(document, 'article');
    expect(one(document, `#${CSS.escape(article.getAttribute('aria-labelledby') ?? '')}`).textContent).toBe(
      candidate.title,
    );
    expect([...article.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Formål',
      'Forventede resultater',
      'Forankring',
      'Varighed',
    ]);
    expect(article.querySelector('dd')?.textContent).toBe(candidate.purpose);
  });

  it('shows hostile text as text', () => {
    const candidate = {
      ...(resultFor(1, 'en').candidates[0] as never as object),
      title: '<img src=x onerror=alert(1)>',
    };
    renderUi(<NetworkTypeCard candidate={candidate as never} locale="en" />);
    expect(document.querySelector('img')).toBeNull();
    expect(one(document, 'h3').textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('decisionTitle', () => {
  it.each([
    ['en', 1, 'Suggested type: Welfare network'],
    ['sv', 0, 'Två typer passar: jämför dem'],
    ['da', 0, 'To typer passer: sammenlign dem'],
  ] as const)('%s, option %i: %s', (locale, option, title) => {
    expect(decisionTitle(resultFor(option, locale), locale)).toBe(title);
  });
});
