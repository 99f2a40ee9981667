import { useId } from 'react';
import { usePanelI18n } from './panel-i18n.tsx';

export type GenerateKind = 'session' | 'template';

/** A whole session or a single template: two radio buttons (arrow keys move between them). */
export function GenerateKindSelect(props: {
  value: GenerateKind;
  onChange: (kind: GenerateKind) => void;
  disabled: boolean;
}) {
  const { t } = usePanelI18n();
  const name = useId();
  const options: { kind: GenerateKind; label: string }[] = [
    { kind: 'session', label: t('generateKindSession') },
    { kind: 'template', label: t('generateKindTemplate') },
  ];
  return (
    <fieldset className="netverk-fieldset netverk-kind" disabled={props.disabled}>
      <legend className="netverk-legend">{t('generateKindLegend')}</legend>
      {options.map(({ kind, label }) => (
        <label key={kind} className="netverk-kind-option">
          <input
            type="radio"
            name={name}
            value={kind}
            checked={props.value === kind}
            onChange={() => props.onChange(kind)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
