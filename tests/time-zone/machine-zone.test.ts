import { describe, expect, it } from 'vitest';

/**
 * Runs only in the projects named after a zone (see vite.config.ts): they really run in it, so a
 * date test that passes there passes on a machine set to UTC and on one twelve hours away.
 */
describe('the machine zone the zone projects run in', () => {
  it('is UTC or Pacific/Auckland, as the project says', () => {
    const offsets: Record<string, number> = { UTC: 0, 'Pacific/Auckland': -13 * 60 };
    const zone = process.env.TZ ?? '';
    expect(Object.keys(offsets)).toContain(zone);
    expect(new Date(Date.UTC(2027, 0, 15, 12)).getTimezoneOffset()).toBe(offsets[zone]);
  });
});
