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

/** The catalogue as a radio group: one card per template with its preview (arrow keys move). */
export function TemplatePicker({ templates, selected, onSelect, disabled }: TemplatePickerProps) {
  const { locale, t } = usePanelI18n();
  const name = useId();
  return (
    <fieldset className="netverk-fieldset" disabled={disabled}>
      <legend className="netverk-legend">{t('templateLegend')}</legend>
      <div className="netverk-template-list">
        {templates.map((template) => {
          const title = pickText(template.title, locale);
          return (
            <label
              key={template.id}
              className={`netverk-template-card${template.id === selected ? ' netverk-template-card-selected' : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={template.id}
                checked={template.id === selected}
                onChange={() => onSelect(template.id)}
                className="netverk-visually-hidden-radio"
              />
              <img
                className="netverk-template-preview"
                src={templatePreviewUrl(template, locale)}
                alt={t('templatePreviewAlt', { title })}
                width={96}
                height={72}
              />
              <span className="netverk-template-text">
                <span className="netverk-template-title">{title}</span>
                <span className="netverk-template-summary">{pickText(template.summary, locale)}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
