import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.ts';
import { isNetworkMeeting, networkMeetingKeywords } from './is-network-meeting.ts';

describe('isNetworkMeeting', () => {
  it.each<[string, string, boolean]>([
    ['Nätverksträff HR', '', true],
    ['Netværksmøde', '', true],
    ['network meeting', '', true],
    ['nätverk', '', true],
    ['netværk', '', true],
    ['network', '', true],
    ['NETVÆRKSMØDE FOR LEDERE', '', true],
    ['Ledernetværket mødes', '', true],
    ['Träff i HR-nätverket', '', true],
    ['Networking lunch', '', true],
    ['ERFA-gruppe for økonomi', '', true],
    ['Community of practice: data', '', true],
    ['Teammøde', 'Vi ses i netværket', true],
    ['Na\u0308tverksträff', '', true],
    ['Teammöte', '', false],
    ['Weekly team meeting', 'Agenda: budget', false],
    ['Netto-indkøb', '', false],
    ['', '', false],
  ])('%j / %j → %s', (title, description, expected) => {
    expect(isNetworkMeeting(title, description)).toBe(expected);
  });

  it.each<[string, readonly string[], boolean]>([
    ['Fagforum for ledere', ['fagforum'], true],
    ['Fagforum for ledere', [], false],
    // An organisation's own keyword is a whole word: "ERFA" is not "erfaring".
    ['God erfaring med data', ['erfa'], false],
    ['Fagforummet mødes', ['fagforum'], false],
    ['Fagforummet mødes', ['fagforum*'], true],
    ['Kulturfagforum', ['fagforum*'], false],
    ['C++ guild', ['c++'], true],
    ['Anything', ['', '  ', '*'], false],
  ])('%j with extra keywords %j → %s', (title, extra, expected) => {
    expect(isNetworkMeeting(title, '', extra)).toBe(expected);
  });

  it('has keywords for every language', () => {
    for (const locale of locales) expect(networkMeetingKeywords[locale].length).toBeGreaterThan(0);
  });

  it('reads a 100,000-character hostile description', () => {
    const hostile = `<script>alert(1)</script>😀${'a'.repeat(100_000)}`;
    expect(isNetworkMeeting('Møde', hostile)).toBe(false);
    expect(isNetworkMeeting('Møde', `${hostile} netværk`)).toBe(true);
  });
});
