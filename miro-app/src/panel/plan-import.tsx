import { useId, useRef, useState } from 'react';
import { type BoardPlan, parseBoardPlanJson } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';

interface PlanImportProps {
  disabled: boolean;
  /** Builds the imported plan on the board (the Generate tab's generator, progress and Cancel). */
  onGenerate: (plan: BoardPlan) => void;
  onProblem: (text: string) => void;
  onInfo: (text: string) => void;
}

/** How many of a file's errors the panel lists; the first ones say where to look. */
const shownErrors = 5;

/**
 * A board plan file the extension's popup exports (or `netverk plan --format json`), read in the
 * browser and checked by the core: errors name the JSON path in the user's language.
 */
export function PlanImport({ disabled, onGenerate, onProblem, onInfo }: PlanImportProps) {
  const { locale, t } = usePanelI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [plan, setPlan] = useState<BoardPlan | null>(null);

  async function read(file: File | undefined) {
    setPlan(null);
    if (!file) return;
    const outcome = parseBoardPlanJson(await file.text(), locale);
    if (!outcome.ok) {
      const lines = outcome.errors.slice(0, shownErrors).map((error) => `${error.path}: ${error.message}`);
      return onProblem(t('importFailed', { message: lines.join(' · ') }));
    }
    setPlan(outcome.plan);
    const notes = outcome.plan.items.filter((item) => item.meta.role === 'note').length;
    onInfo(t('importReady', { title: outcome.plan.title, count: notes }));
  }

  function clear() {
    setPlan(null);
    if (input.current) input.current.value = '';
  }

  return (
    <fieldset className="netverk-fieldset" disabled={disabled}>
      <legend className="netverk-legend">{t('importLegend')}</legend>
      <div className="form-group form-group-small netverk-field">
        <label htmlFor={id}>{t('importLabel')}</label>
        <input
          ref={input}
          id={id}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-help`}
          onChange={(event) => void read(event.target.files?.[0])}
        />
        <p id={`${id}-help`} className="netverk-help">
          {t('importHelp')}
        </p>
      </div>
      {plan ? (
        <div className="netverk-actions">
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => onGenerate(plan)}
          >
            {t('importGenerateButton')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={clear}>
            {t('importClear')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
