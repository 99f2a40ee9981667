import type { Localized } from '../i18n/localized.ts';
import { type Template, templateLimits } from '../templates/template-schema.ts';

export interface TemplateRestriction {
  /** The block's title, shown as the frame's heading in every language slot (the plan has one locale). */
  title: string;
  sections?: readonly string[];
  zones?: readonly string[];
  /** Lines put before the template's own instructions (group split, copies, the block's own words). */
  lead?: readonly string[];
  /** The block says in its own words what to do: its lines replace the template's instructions. */
  replaceInstructions?: boolean;
}

/**
 * The part of a template a session block uses: only the chosen sections (and zones), under the
 * block's title, with the block's lines first. A section left without zones is dropped.
 */
export function restrictTemplate(template: Template, restriction: TemplateRestriction): Template {
  const sections = template.sections
    .filter((section) => restriction.sections?.includes(section.id) ?? true)
    .flatMap((section) => {
      if (section.kind !== 'zones' || !restriction.zones) return [section];
      const zones = section.zones.filter((zone) => restriction.zones?.includes(zone.id));
      return zones.length > 0 ? [{ ...section, zones }] : [];
    });
  const lead = (restriction.lead ?? []).map(same);
  return {
    ...template,
    title: same(restriction.title),
    instructions: [...lead, ...(restriction.replaceInstructions ? [] : template.instructions)].slice(
      0,
      templateLimits.instructions,
    ),
    sections: sections.length > 0 ? sections : template.sections,
  };
}

function same(text: string): Localized {
  return { da: text, sv: text, en: text };
}
