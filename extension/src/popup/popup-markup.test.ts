import { describe, expect, it } from 'vitest';
import { escapeHtmlText as escapeHtml, locales } from '../../../shared/index.ts';
import { themeCanvasFields } from '../pages/theme-canvas-fields.ts';
import { popupTabLabels, renderPopupMarkup } from './popup-markup.ts';

describe("the popup's first view as markup", () => {
  it.each(locales)('labels the header, the tabs and every canvas field in %s', (locale) => {
    const html = renderPopupMarkup(locale);
    expect(html).toContain(`data-locale="${locale}"`);
    for (const { label } of popupTabLabels(locale)) expect(html).toContain(`>${escapeHtml(label)}</span>`);
    for (const field of themeCanvasFields(locale)) {
      expect(html).toContain(`>${escapeHtml(field.title)}</label>`);
      expect(html).toContain(`name="${field.id}"`);
    }
    // The canvas tab is selected and its panel alone shown; the fields are empty and enabled.
    expect(html).toMatch(/aria-selected="true" tabindex="0" data-tab="canvas"/);
    expect(html.match(/class="panel" data-tab-panel="\w+" hidden/g)).toHaveLength(3);
    expect(html).not.toMatch(/disabled|value=/);
  });

  it('differs by language', () => {
    expect(renderPopupMarkup('da')).not.toBe(renderPopupMarkup('sv'));
    expect(renderPopupMarkup('da')).toContain('Temaskema');
  });

  it('escapes text and attribute values', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
    expect(renderPopupMarkup('en')).not.toMatch(/<(script|img)\b/);
  });
});
