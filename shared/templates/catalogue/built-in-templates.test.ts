import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locale.ts';
import type { Localized } from '../../i18n/localized.ts';
import { type Template, templateSchema } from '../template-schema.ts';
import { builtInTemplates, findTemplate } from './built-in-templates.ts';
import { themeCanvas } from './theme-canvas.ts';

const expectedIds = [
  'theme-canvas',
  'seven-characteristics',
  'network-type',
  'field-walk',
  'knowledge-scan',
  'who-to-talk-to',
  'open-meeting',
  'leader-competences',
  'success-factors',
  'perfect-group',
  'value-creation',
];

/** Board limits from the content brief: titles fit a frame heading, prompts fit a zone. */
const maxTitle = 60;
const maxPrompt = 160;

interface FoundText {
  path: string;
  text: Localized;
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.join(',') === 'da,en,sv';
}

/** Every `{ da, sv, en }` text in a template, with its JSON path. */
function collectTexts(value: unknown, path = ''): FoundText[] {
  if (isLocalized(value)) return [{ path, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => collectTexts(child, `${path}/${key}`));
}

const emailPattern = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
// Eight or more digits, optionally split by spaces, dots or hyphens: a phone number, not "1–2 days".
const phonePattern = /\+?\d(?:[\s.-]?\d){7,}/;

function looksLikePersonalData(text: string): boolean {
  return emailPattern.test(text) || phonePattern.test(text);
}

/** Zone ids as the layout and harvest see them: zone ids plus `row.column` for matrix cells. */
function zoneIdsOf(template: Template): string[] {
  return template.sections.flatMap((section) => {
    if (section.kind === 'zones') return section.zones.map((zone) => zone.id);
    if (section.kind === 'matrix')
      return section.rows.flatMap((row) => section.columns.map((column) => `${row.id}.${column.id}`));
    return [];
  });
}

function textsAt(template: Template, leaf: RegExp): FoundText[] {
  return collectTexts(template).filter((found) => leaf.test(found.path));
}

const cases = builtInTemplates.map((template) => [template.id, template] as const);

describe('built-in catalogue', () => {
  it('holds exactly the expected templates, in order', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual(expectedIds);
  });

  it('has unique template ids', () => {
    const ids = builtInTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['theme-canvas', 'theme-canvas'],
    ['value-creation', 'value-creation'],
    ['no-such-template', undefined],
    ['', undefined],
  ])('findTemplate(%j) finds %j', (id, expected) => {
    expect(findTemplate(id)?.id).toBe(expected);
  });
});

describe.each(cases)('built-in template %s', (_id, template) => {
  it('passes the template schema', () => {
    expect(templateSchema.safeParse(template).error?.issues).toBeUndefined();
  });

  it('has every text non-empty in all three languages', () => {
    const texts = collectTexts(template);
    expect(texts.length).toBeGreaterThan(0);
    for (const { path, text } of texts)
      for (const locale of locales) expect(text[locale].trim(), `${path}/${locale}`).not.toBe('');
  });

  it('has a title translated into each language, not copied', () => {
    const { da, sv, en } = template.title;
    expect(new Set([da, sv, en]).size).toBe(3);
  });

  it('names its source in a non-empty about text', () => {
    for (const locale of locales) expect(template.about[locale].trim().length).toBeGreaterThan(10);
  });

  it('contains no e-mail address or phone number', () => {
    for (const { path, text } of collectTexts(template))
      for (const locale of locales)
        expect(looksLikePersonalData(text[locale]), `${path}/${locale}`).toBe(false);
  });

  it('keeps titles and prompts short enough for a board', () => {
    for (const { path, text } of textsAt(template, /\/title$/))
      for (const locale of locales) expect(text[locale].length, `${path}/${locale}`).toBeLessThan(maxTitle);
    for (const { path, text } of textsAt(template, /\/(prompt|question)$/))
      for (const locale of locales) expect(text[locale].length, `${path}/${locale}`).toBeLessThan(maxPrompt);
  });

  it('has zone ids that are unique across all its sections', () => {
    const ids = zoneIdsOf(template);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it.each([
    ['an e-mail', 'Skriv til abc@kommune.dk', true],
    ['a phone number', 'Ring på 12 34 56 78', true],
    ['a phone number with a country code', 'Tlf. +4512345678', true],
    ['a hyphenated number', 'ring 1234-5678', true],
    ['a duration range', 'Brug 1–2 intensive dage', false],
    ['minutes', 'ca. 30 min. og 60 min.', false],
    ['a year', 'sedan 2014', false],
    ['an at sign alone', 'mød @ kl. 9', false],
  ])('flags %s: %j → %s', (_label, text, expected) => {
    expect(looksLikePersonalData(text)).toBe(expected);
  });

  it('collects texts from nested sections with their paths', () => {
    const paths = collectTexts(themeCanvas).map((found) => found.path);
    expect(paths).toContain('/title');
    expect(paths).toContain('/sections/0/zones/0/prompt');
  });

  it.each([
    ['an empty Danish title', { ...themeCanvas, title: { ...themeCanvas.title, da: ' ' } }],
    ['a missing Swedish summary', { ...themeCanvas, summary: { da: 'x', en: 'y' } }],
    ['an upper-case id', { ...themeCanvas, id: 'Theme-Canvas' }],
  ])('the schema rejects a template with %s', (_label, broken) => {
    expect(templateSchema.safeParse(broken).success).toBe(false);
  });

  it('finds clashing matrix cells across two sections', () => {
    const matrix = findTemplate('success-factors')?.sections.find((section) => section.kind === 'matrix');
    expect(matrix?.kind).toBe('matrix');
    if (matrix?.kind !== 'matrix') return;
    const doubled: Template = { ...themeCanvas, sections: [matrix, { ...matrix, id: 'again' }] };
    expect(new Set(zoneIdsOf(doubled)).size).toBe(zoneIdsOf(doubled).length / 2);
  });
});
