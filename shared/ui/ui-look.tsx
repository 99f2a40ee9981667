import { createContext, type ReactNode, useContext } from 'react';

/**
 * The class names the shared UI puts on its elements, slot by slot: each app keeps its own look
 * (mirotone in the panel, the pages' CSS in the extension) by giving its own look, never a fork.
 */
export interface UiLook {
  tabs: string;
  tabList: string;
  tab: string;
  tabSelected: string;
  tabLabel: string;
  wizard: string;
  intro: string;
  question: string;
  legend: string;
  stepCount: string;
  questionText: string;
  choice: string;
  buttonRow: string;
  primaryButton: string;
  secondaryButton: string;
  result: string;
  resultHeading: string;
  candidates: string;
  candidatesTwo: string;
  card: string;
  cardTitle: string;
  cardFields: string;
  whyHeading: string;
  why: string;
  error: string;
}

/** Plain, stable class names, used when an app gives no look of its own. */
export const defaultUiLook: UiLook = {
  tabs: 'netverk-ui-tabs',
  tabList: 'netverk-ui-tab-list',
  tab: 'netverk-ui-tab',
  tabSelected: 'netverk-ui-tab--selected',
  tabLabel: 'netverk-ui-tab__label',
  wizard: 'netverk-ui-wizard',
  intro: 'netverk-ui-wizard__intro',
  question: 'netverk-ui-question',
  legend: 'netverk-ui-question__legend',
  stepCount: 'netverk-ui-question__step',
  questionText: 'netverk-ui-question__text',
  choice: 'netverk-ui-choice',
  buttonRow: 'netverk-ui-button-row',
  primaryButton: 'netverk-ui-button',
  secondaryButton: 'netverk-ui-button netverk-ui-button--secondary',
  result: 'netverk-ui-result',
  resultHeading: 'netverk-ui-result__heading',
  candidates: 'netverk-ui-candidates',
  candidatesTwo: 'netverk-ui-candidates--two',
  card: 'netverk-ui-card',
  cardTitle: 'netverk-ui-card__title',
  cardFields: 'netverk-ui-card__fields',
  whyHeading: 'netverk-ui-why-heading',
  why: 'netverk-ui-why',
  error: 'netverk-ui-error',
};

const UiLookContext = createContext<UiLook>(defaultUiLook);

/** Gives every shared component below it the app's class names. */
export function UiLookProvider({ look, children }: { look: UiLook; children: ReactNode }) {
  return <UiLookContext value={look}>{children}</UiLookContext>;
}

export function useUiLook(): UiLook {
  return useContext(UiLookContext);
}

/** Joins class names, leaving out empty ones; no attribute at all when nothing is left. */
export function classNames(...names: readonly (string | false | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
