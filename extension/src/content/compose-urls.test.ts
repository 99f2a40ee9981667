import { describe, expect, it } from 'vitest';
import { googleComposeUrl, maxUrlText, outlookComposeUrl } from './compose-urls.ts';

const draft = {
  title: 'Nätverksträff HR & <co>',
  description: 'Welcome',
  start: '2026-12-01T09:00:00+01:00',
  end: '2026-12-01T11:00:00+01:00',
  location: 'Town hall',
  recurrence: 'RRULE:FREQ=MONTHLY;BYDAY=1TU',
};

describe('compose URLs', () => {
  it('pre-fill a Google event with UTC dates and the rule', () => {
    const url = new URL(googleComposeUrl(draft));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'Nätverksträff HR & <co>',
      details: 'Welcome',
      location: 'Town hall',
      dates: '20261201T080000Z/20261201T100000Z',
      recur: 'RRULE:FREQ=MONTHLY;BYDAY=1TU',
    });
  });

  it.each([
    ['https://outlook.office.com', 'https://outlook.office.com/calendar/deeplink/compose'],
    ['https://outlook.live.com', 'https://outlook.live.com/calendar/0/deeplink/compose'],
  ])('pre-fill an Outlook event on %s', (origin, base) => {
    const url = new URL(outlookComposeUrl(origin, draft));
    expect(url.origin + url.pathname).toBe(base);
    expect(url.searchParams.get('subject')).toBe(draft.title);
    expect(url.searchParams.get('startdt')).toBe(draft.start);
  });

  it('leave out what the draft lacks and cut a huge description', () => {
    const url = new URL(
      googleComposeUrl({ title: 'x', description: 'a'.repeat(100_000), start: 'not a date' }),
    );
    expect(url.searchParams.has('dates')).toBe(false);
    expect(url.searchParams.has('recur')).toBe(false);
    expect(url.searchParams.get('details')?.length).toBe(maxUrlText + 1);
  });
});
