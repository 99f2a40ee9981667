import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locale.ts';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import { layoutTemplate } from './layout-template.ts';

/** The title the layout gives a zone shape: it travels into the board record for the harvest. */
function zoneTitle(templateId: string, zoneId: string, locale: Locale): string | undefined {
  const template = findTemplate(templateId);
  if (!template) return undefined;
  const plan = layoutTemplate(template, { locale, participants: 4 });
  return plan.items.find((item) => item.meta.role === 'zone' && item.meta.zoneId === zoneId)?.meta.title;
}

describe('zone titles in the plan', () => {
  it.each([
    ['theme-canvas', 'theme', 'da', 'Temaet i dag'],
    ['theme-canvas', 'next', 'en', 'Next steps'],
    ['seven-characteristics', 'citizen-value.clear', 'en', expect.stringMatching(/ · Clear/)],
    ['perfect-group', expect.anything(), 'sv', 'Deltagare 3: Mina viktigaste punkter'],
  ])('%s %s (%s)', (templateId, zoneId, locale, title) => {
    const id = typeof zoneId === 'string' ? zoneId : perParticipantZoneId(3);
    expect(zoneTitle(templateId, id, locale as 'da')).toEqual(title);
  });

  it.each([
    ['theme-canvas', 'nope'],
    ['no-such-template', 'theme'],
    ['seven-characteristics', 'citizen-value.nope'],
  ])('%s %s is unknown', (templateId, zoneId) => {
    expect(zoneTitle(templateId, zoneId, 'en')).toBeUndefined();
  });

  it('names every zone shape of every language', () => {
    const template = findTemplate('theme-canvas');
    if (!template) throw new Error('no theme-canvas');
    const zones = layoutTemplate(template, { locale: 'sv' }).items.filter((i) => i.meta.role === 'zone');
    expect(zones.length).toBeGreaterThan(0);
    for (const zone of zones) expect(zone.meta.title?.trim()).not.toBe('');
  });
});

function perParticipantZoneId(n: number): string {
  return `my-points-${n}`;
}
