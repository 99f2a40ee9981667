import { type Locale, layoutTemplate, renderPlanSvg, type Template } from '../../../shared/index.ts';

const cache = new Map<string, string>();

/**
 * The template's layout as an SVG data URL for an <img>: the picture is drawn by the core and
 * never injected as markup, so template text cannot become live HTML in the panel.
 */
export function templatePreviewUrl(template: Template, locale: Locale): string {
  const key = `${template.id}@${template.version}:${locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const svg = renderPlanSvg(layoutTemplate(template, { locale }));
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  cache.set(key, url);
  return url;
}
