import type { Locale } from '../../../shared/index.ts';
import { DecisionWizard } from '../../../shared/ui/index.ts';
import { DecisionActions, type DecisionResultActions } from './decision-actions.tsx';
import type { PagesTranslate } from './pages-translator.ts';

/** The popup's Decide tab: the shared decision wizard, with the extension's own actions on the result. */
export function DecideWizard(props: { locale: Locale; t: PagesTranslate } & DecisionResultActions) {
  return (
    <DecisionWizard
      locale={props.locale}
      renderActions={(result, answers) => <DecisionActions {...props} result={result} answers={answers} />}
    />
  );
}
