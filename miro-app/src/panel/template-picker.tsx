import { useId } from 'react';
import { pickText, type Template } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { templatePreviewUrl } from './template-preview-url.ts';

interface TemplatePickerProps {
  templates: readonly Template[];
  selected: string;
  onSelect: (id: string) => void;
  disabled: boolean;
}

/**
 * The catalogue as a radio group of cards, each with its preview (arrow keys move between them);
 * the chosen template's summary shows under the grid.
 */
export function TemplatePicker({ templates, selected, onSelect, disabled }: TemplatePickerProps) {
  const { locale, t } = usePanelI18n();
  const name = useId();
  const summaryId = useId();
  const chosen = templates.find((template) => template.id === selected);
  return (
    <fieldset className="netverk-fieldset" disabled={disabled} aria-describedby={summaryId}>
      <legend className="netverk-legend">{t('templateLegend')}</legend>
      <div className="netverk-template-grid">
        {templates.map((template) => {
          const title = pickText(template.title, locale);
          const isChosen = template.id === selected;
          return (
            <label
              key={template.id}
              className={`netverk-template-card${isChosen ? ' netverk-template-card-selected' : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={template.id}
                checked={isChosen}
                onChange={() => onSelect(template.id)}
                className="netverk-visually-hidden-radio"
              />
              <img
                className="netverk-template-preview"
                src={templatePreviewUrl(template, locale)}
                alt={t('templatePreviewAlt', { title })}
              />
              <span className="netverk-template-title">{title}</span>
            </label>
          );
        })}
      </div>
      <p id={summaryId} className="netverk-template-summary">
        {chosen ? pickText(chosen.summary, locale) : null}
      </p>
    </fieldset>
  );
}
