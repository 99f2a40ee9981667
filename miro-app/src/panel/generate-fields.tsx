import { layoutLimits } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { TextField } from './text-field.tsx';

/** The layout accepts theme and network texts up to 500 characters. */
const maxOptionText = 500;

export interface GenerateInput {
  network: string;
  theme: string;
  /** As typed; parsed when generating. */
  participants: string;
}

interface GenerateFieldsProps {
  value: GenerateInput;
  onChange: (value: GenerateInput) => void;
  disabled: boolean;
}

/** Network name, theme and group size: what the layout writes onto the board. */
export function GenerateFields({ value, onChange, disabled }: GenerateFieldsProps) {
  const { t } = usePanelI18n();
  const { min, max } = layoutLimits.participants;
  return (
    <fieldset className="netverk-fieldset" disabled={disabled}>
      <legend className="netverk-legend">{t('detailsLegend')}</legend>
      <TextField
        label={t('networkLabel')}
        value={value.network}
        onChange={(network) => onChange({ ...value, network })}
        maxLength={maxOptionText}
        autoComplete="off"
      />
      <TextField
        label={t('themeLabel')}
        value={value.theme}
        onChange={(theme) => onChange({ ...value, theme })}
        maxLength={maxOptionText}
        autoComplete="off"
      />
      <TextField
        label={t('participantsLabel')}
        value={value.participants}
        onChange={(participants) => onChange({ ...value, participants })}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        help={t('participantsHelp', { min, max })}
      />
    </fieldset>
  );
}
