import { type Locale, type Template, themeCanvas } from '../../../shared/index.ts';

/** One field of the theme-canvas form: a zone of the core's `theme-canvas` template. */
export interface CanvasField {
  id: string;
  title: string;
  prompt: string;
}

/** The core's theme-canvas template; the form, the exports and the board plan all follow it. */
export function themeCanvasTemplate(): Template {
  return themeCanvas;
}

/** The canvas's fields (its twelve zones) in one language, in template order. */
export function themeCanvasFields(locale: Locale, template: Template = themeCanvasTemplate()): CanvasField[] {
  return template.sections.flatMap((section) =>
    section.kind === 'zones'
      ? section.zones.map((zone) => ({
          id: zone.id,
          title: zone.title[locale],
          prompt: zone.prompt?.[locale] ?? '',
        }))
      : [],
  );
}
