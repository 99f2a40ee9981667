import { decideNetworkType } from '../../../shared/index.ts';
import { DecisionResultView } from './decision-result-view.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import { PlaceDecisionButton } from './place-decision-button.tsx';

interface DecisionOutcomeProps {
  answers: Readonly<Record<string, string>>;
  onBack: () => void;
  onRestart: () => void;
}

/** The wizard's last step: the result (or why there is none), Back, Start over and Place on board. */
export function DecisionOutcome({ answers, onBack, onRestart }: DecisionOutcomeProps) {
  const { locale, t } = usePanelI18n();
  const outcome = decideNetworkType(answers, locale);
  return (
    <div className="netverk-tab-body">
      {outcome.ok ? (
        <DecisionResultView result={outcome.result} />
      ) : (
        <div className="netverk-notice" role="alert">
          {outcome.errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
      <div className="netverk-button-row">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('backButton')}
        </button>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t('restartButton')}
        </button>
      </div>
      {outcome.ok ? <PlaceDecisionButton result={outcome.result} /> : null}
    </div>
  );
}
