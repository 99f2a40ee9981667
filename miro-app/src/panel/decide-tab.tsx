import { DecisionWizard } from '../../../shared/ui/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { PlaceDecisionButton } from './place-decision-button.tsx';

/** The network-type decision wizard (shared with the extension); its result can be placed on the board. */
export function DecideTab() {
  const { locale } = usePanelI18n();
  return (
    <DecisionWizard locale={locale} renderActions={(result) => <PlaceDecisionButton result={result} />} />
  );
}
