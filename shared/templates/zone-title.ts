import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { planMessages } from '../plan/plan-messages.ts';
import { findTemplate } from './catalogue/built-in-templates.ts';
import type { Template } from './template-schema.ts';

/**
 * The human title of a zone of a template, as the layout names it: a zone's title, a matrix cell's
 * "row · column", a participant's copy "Participant n: title". Undefined when the template has no such zone.
 */
export function zoneTitle(template: Template, zoneId: string, locale: Locale): string | undefined {
  for (const section of template.sections) {
    if (section.kind === 'zones') {
      for (const zone of section.zones) {
        if (zone.id === zoneId) return zone.title[locale];
        const copy = section.perParticipant ? new RegExp(`^${zone.id}-(\\d+)$`).exec(zoneId) : null;
        if (copy)
          return createTranslator(planMessages, locale)('participantZone', {
            n: copy[1] ?? '',
            title: zone.title[locale],
          });
      }
    }
    if (section.kind === 'matrix') {
      const [rowId, columnId] = zoneId.split('.');
      const row = section.rows.find((r) => r.id === rowId);
      const column = section.columns.find((c) => c.id === columnId);
      if (row && column) return `${row.title[locale]} · ${column.title[locale]}`;
    }
  }
  return undefined;
}

/** A zone's title from the built-in catalogue; harvest falls back to it when a zone shape carries no text. */
export function builtInZoneTitle(templateId: string, zoneId: string, locale: Locale): string | undefined {
  const template = findTemplate(templateId);
  return template ? zoneTitle(template, zoneId, locale) : undefined;
}
