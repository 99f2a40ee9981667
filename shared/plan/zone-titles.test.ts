import { describe, expect, it } from 'vitest';
import { builtInZoneTitle } from './zone-title.ts';

describe('builtInZoneTitle', () => {
  it.each([
    ['theme-canvas', 'theme', 'da', 'Temaet i dag'],
    ['theme-canvas', 'next', 'en', 'Next steps'],
    ['seven-characteristics', 'citizen-value.clear', 'en', expect.stringMatching(/ · Clear/)],
    ['perfect-group', expect.anything(), 'sv', 'Deltagare 3: Mina viktigaste punkter'],
  ])('%s %s (%s)', (templateId, zoneId, locale, title) => {
    const id = typeof zoneId === 'string' ? zoneId : perParticipantZoneId(3);
    expect(builtInZoneTitle(templateId, id, locale as 'da')).toEqual(title);
  });

  it.each([
    ['theme-canvas', 'nope'],
    ['no-such-template', 'theme'],
    ['seven-characteristics', 'citizen-value.nope'],
  ])('%s %s is unknown', (templateId, zoneId) => {
    expect(builtInZoneTitle(templateId, zoneId, 'en')).toBeUndefined();
  });
});

function perParticipantZoneId(n: number): string {
  return `my-points-${n}`;
}
