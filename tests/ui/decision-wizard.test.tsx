// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DecisionResult, listDecisionQuestions } from '../../shared/index.ts';
import { DecisionWizard, defaultUiLook, UiLookProvider } from '../../shared/ui/index.ts';
import { cleanupUi, click, one, renderUi } from './render-ui.tsx';

const questionCount = listDecisionQuestions('en').length;
afterEach(cleanupUi);

const legend = () => one(document, 'legend');
const buttonNamed = (name: string) =>
  [...document.querySelectorAll('button')].find((button) => button.textContent === name) as HTMLButtonElement;
const radios = () => [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

/** Picks option `index` of the shown question and submits the form, as Space then Enter would. */
function answer(index: number) {
  click(radios()[index] as HTMLInputElement);
  submit();
}
function submit() {
  act(() => {
    one<HTMLFormElement>(document, 'form').dispatchEvent(
      new Event('submit', { bubbles: true, cancelable: true }),
    );
  });
}

describe('DecisionWizard', () => {
  it('does not take focus when it first opens', () => {
    renderUi(<DecisionWizard locale="en" />);
    expect(legend().textContent).toMatch(/^Question 1 of 5 /);
    expect(document.activeElement).toBe(document.body);
  });

  it('waits for an answer: Next is disabled and submitting does nothing', () => {
    renderUi(<DecisionWizard locale="en" />);
    expect(buttonNamed('Next').disabled).toBe(true);
    expect(buttonNamed('Back').disabled).toBe(true);
    submit();
    expect(legend().textContent).toMatch(/^Question 1 of/);
  });

  it("moves focus to the next question's legend after each step, and back again", () => {
    renderUi(<DecisionWizard locale="en" />);
    answer(1);
    expect(legend().textContent).toMatch(/^Question 2 of 5 /);
    expect(document.activeElement).toBe(legend());
    expect(radios().some((radio) => radio.checked)).toBe(false);
    click(buttonNamed('Back'));
    expect(legend().textContent).toMatch(/^Question 1 of 5 /);
    expect(document.activeElement).toBe(legend());
    // The answer given is kept.
    expect(radios()[1]?.checked).toBe(true);
  });

  it('groups the radios by question and labels each by its text', () => {
    renderUi(<DecisionWizard locale="en" />);
    const names = new Set(radios().map((radio) => radio.name));
    expect(names.size).toBe(1);
    for (const radio of radios()) expect(radio.closest('label')?.textContent?.trim()).not.toBe('');
  });

  it('ends on the result, announced by focusing its heading, with the actions of the app', () => {
    const actions = vi.fn((result: DecisionResult) => <p className="app-action">{result.type}</p>);
    renderUi(<DecisionWizard locale="en" renderActions={actions} />);
    for (let step = 0; step < questionCount; step += 1) answer(1);
    const heading = one(document, 'h2');
    expect(heading.textContent).toBe('Suggested type: Welfare network');
    expect(document.activeElement).toBe(heading);
    const section = one(document, 'section');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(document.querySelectorAll('article')).toHaveLength(1);
    expect(one(document, '.app-action').textContent).toBe('welfare');
    expect(actions).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'welfare' }),
      expect.objectContaining({ 'starting-point': 'existing-services' }),
    );
  });

  it('shows two types side by side on a close call', () => {
    renderUi(<DecisionWizard locale="en" />);
    for (let step = 0; step < questionCount; step += 1) answer(0);
    expect(one(document, 'h2').textContent).toBe('Two types fit: compare them');
    expect([...document.querySelectorAll('article h3')].map((h) => h.textContent)).toEqual([
      'Innovation network',
      'Learning network',
    ]);
    expect(one(document, '.netverk-ui-candidates').className).toContain('netverk-ui-candidates--two');
  });

  it('says why there is no type when no answer points anywhere, and offers no actions', () => {
    const actions = vi.fn(() => <p>never</p>);
    renderUi(<DecisionWizard locale="en" renderActions={actions} />);
    for (let step = 0; step < questionCount; step += 1) answer(3);
    expect(one(document, 'h2').textContent).toBe('Network type');
    expect(one(document, '[role="alert"]').textContent).not.toBe('');
    expect(actions).not.toHaveBeenCalled();
  });

  it('goes back from the result to the last question, or starts over with nothing answered', () => {
    renderUi(<DecisionWizard locale="en" />);
    for (let step = 0; step < questionCount; step += 1) answer(0);
    click(buttonNamed('Back'));
    expect(legend().textContent).toMatch(/^Question 5 of 5 /);
    expect(document.activeElement).toBe(legend());
    expect(buttonNamed('Show result').disabled).toBe(false);
    submit();
    click(buttonNamed('Start over'));
    expect(legend().textContent).toMatch(/^Question 1 of 5 /);
    expect(document.activeElement).toBe(legend());
    expect(radios().some((radio) => radio.checked)).toBe(false);
  });

  it.each([
    ['da', 'Spørgsmål 1 af 5', 'Næste'],
    ['sv', 'Fråga 1 av 5', 'Nästa'],
  ] as const)('speaks %s', (locale, step, next) => {
    renderUi(<DecisionWizard locale={locale} />);
    expect(legend().textContent).toContain(step);
    expect(buttonNamed(next)).toBeDefined();
  });

  it("wears the app's look", () => {
    const look = {
      ...defaultUiLook,
      choice: 'radiobutton',
      primaryButton: 'button button-primary',
      legend: '',
    };
    renderUi(
      <UiLookProvider look={look}>
        <DecisionWizard locale="en" />
      </UiLookProvider>,
    );
    expect(document.querySelectorAll('label.radiobutton')).toHaveLength(4);
    expect(buttonNamed('Next').className).toBe('button button-primary');
    expect(legend().hasAttribute('class')).toBe(false);
  });
});
