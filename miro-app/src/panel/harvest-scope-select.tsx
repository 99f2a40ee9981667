import { useId } from 'react';
import type { GeneratedBoard } from '../../../shared/index.ts';
import type { HarvestScope } from './filter-harvest.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { boardLabel } from './session-label.ts';
import { isSummaryBoard } from './summary-plan.ts';

interface HarvestScopeSelectProps {
  boards: readonly GeneratedBoard[];
  value: HarvestScope;
  onChange: (scope: HarvestScope) => void;
}

/** All generated boards, or one of them; the panel's own summaries have no zones and are not offered. */
export function HarvestScopeSelect({ boards, value, onChange }: HarvestScopeSelectProps) {
  const { locale, t } = usePanelI18n();
  const id = useId();
  return (
    <div className="form-group form-group-small">
      <label htmlFor={id}>{t('harvestScopeLabel')}</label>
      <select
        id={id}
        className="select select-small"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="all">{t('harvestScopeAll')}</option>
        {boards
          .filter((record) => !isSummaryBoard(record))
          .map((record) => (
            <option key={record.id} value={record.id}>
              {record.session ? boardLabel(record, locale) : record.title}
            </option>
          ))}
      </select>
    </div>
  );
}
