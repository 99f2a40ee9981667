import { describe, expect, it } from 'vitest';
import { checkCatalogParity, locales } from '../../../shared/index.ts';
import { addinMessages } from './addin-messages.ts';

describe('the Outlook add-in messages', () => {
  it('exist in da, sv and en with the same placeholders', () => {
    expect(checkCatalogParity('addinMessages', addinMessages)).toEqual([]);
  });

  it("fit Outlook's limits: a send alert holds 500 characters, the notification bar 150", () => {
    for (const locale of locales) {
      const m = addinMessages[locale];
      for (const key of [
        'sendNoAgenda',
        'sendNoRunningOrder',
        'sendAgendaMisfit',
        'sendRunningOrderMisfit',
      ] as const)
        expect(m[key].length, `${locale}.${key}`).toBeLessThanOrEqual(500);
      expect(m.noticeMisfit.length, `${locale}.noticeMisfit`).toBeLessThanOrEqual(150);
      expect(m.noticeAction.length).toBeLessThanOrEqual(30);
    }
  });

  it("name Outlook's own buttons as Outlook does in each language", () => {
    expect(addinMessages.da.sendNoAgenda).toContain('Send ikke');
    expect(addinMessages.sv.sendNoAgenda).toContain('Skicka inte');
    expect(addinMessages.en.sendNoAgenda).toContain("Don't Send");
  });
});
