import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locale.ts';
import { createAgenda } from '../../meeting/create-agenda.ts';
import { checkSessionRefs } from '../../packs/check-session-refs.ts';
import { findTemplate } from '../../templates/catalogue/built-in-templates.ts';
import { prepareSession } from '../prepare-session.ts';
import { sessionSchema } from '../session-schema.ts';
import { timeSession } from '../time-session.ts';
import { builtInSessions, findSession } from './built-in-sessions.ts';

const groupSizes = [4, 14, 30] as const;
const cases = builtInSessions.flatMap((session) =>
  locales.flatMap((locale) => groupSizes.map((participants) => ({ session, locale, participants }))),
);

describe('built-in sessions', () => {
  it('are the five of issue 8, valid, and name only templates and sections that exist', () => {
    expect(builtInSessions.map((s) => s.id)).toEqual([
      'unfold-the-theme',
      'choose-the-network-type',
      'open-network-meeting',
      'start-up-network',
      'yearly-value-review',
    ]);
    for (const session of builtInSessions) {
      expect(sessionSchema.safeParse(session).success, session.id).toBe(true);
      expect(checkSessionRefs(session, findTemplate)).toEqual([]);
      expect(findSession(session.id)).toBe(session);
    }
    expect(findSession('nope')).toBeUndefined();
  });

  it('name their source in the about text, in every language', () => {
    for (const session of builtInSessions)
      for (const locale of locales)
        expect(session.about[locale]).toMatch(/Albertslund|Produforum|Helsingborg|Wenger/);
  });

  it.each(cases)(
    '$session.id, $locale, $participants people: blocks follow each other and sum to the length, or name the block to shorten',
    ({ session, locale, participants }) => {
      const order = timeSession(session, { locale, participants, start: '09:00' });
      let at = 0;
      for (const entry of order.entries) {
        expect(entry.startMinute).toBe(at);
        expect(entry.minutes).toBeGreaterThan(0);
        expect(entry.endMinute).toBe(at + entry.minutes);
        expect(entry.title.trim()).not.toBe('');
        at = entry.endMinute;
      }
      expect(order.totalMinutes).toBe(at);
      expect(order.entries[0]?.clock).toBe('09:00');
      if (order.fits) {
        expect(order.shorten).toBeUndefined();
        // Every built-in session has a block that takes time left over: it ends exactly on time.
        expect(order.spareMinutes).toBe(0);
        expect(order.totalMinutes).toBe(order.availableMinutes);
      } else {
        const advice = order.shorten;
        expect(advice).toBeDefined();
        expect(order.entries.map((e) => e.blockId)).toContain(advice?.blockId);
        expect(advice?.minutes).toBe(order.totalMinutes - order.availableMinutes);
        expect(order.warnings[0]).toContain(advice?.title);
      }
    },
  );

  it('unfold the theme is the 2-hour running order of the content review, groups of 4–6 above 8 people', () => {
    const session = findSession('unfold-the-theme');
    if (!session) throw new Error('missing');
    const groups = groupSizes.map((participants) => {
      const order = timeSession(session, { locale: 'en', participants });
      expect(order.entries.map((e) => e.minutes)).toEqual([10, 15, 15, 10, 35, 15, 10, 10]);
      expect(order.fits).toBe(true);
      const seven = order.entries.find((e) => e.blockId === 'seven-characteristics');
      if (seven && seven.groups > 1) {
        expect(seven.groupSize.min).toBeGreaterThanOrEqual(4);
        expect(seven.groupSize.max).toBeLessThanOrEqual(6);
        const { min, max } = seven.groupSize;
        expect(seven.notes[0]).toContain(
          `${seven.groups} groups of ${min === max ? min : `${min}–${max}`}, `,
        );
      }
      return seven?.groups;
    });
    expect(groups).toEqual([1, 3, 5]);
  });

  it('the open meeting takes every length from the one agenda rule (createAgenda)', () => {
    const session = findSession('open-network-meeting');
    if (!session) throw new Error('missing');
    for (const participants of groupSizes)
      for (const minutes of [45, 60, 90, 120, 150])
        for (const guest of [false, true]) {
          const order = prepareSession({ session, locale: 'sv', participants, minutes, guest }).order;
          if (!order) throw new Error('no order');
          const agenda = createAgenda({
            locale: 'sv',
            attendees: participants,
            meetingMinutes: minutes,
            guestSpeaker: guest,
          });
          expect(order.entries.map((e) => e.minutes)).toEqual(agenda.items.map((item) => item.minutes));
          expect(order.entries.map((e) => e.blockId)).toEqual(agenda.items.map((item) => item.id));
          expect(order.entries.map((e) => e.title)).toEqual(
            agenda.items.map((item) =>
              item.id === 'discussion' ? 'Diskussion och överenskommelser' : item.title,
            ),
          );
          expect(order.fits).toBe(agenda.fits);
          expect(order.entries[1]?.perPersonMinutes).toBe(agenda.perPersonMinutes);
        }
  });

  it('the open meeting has no length of its own: without one it takes its default', () => {
    const session = findSession('open-network-meeting');
    if (!session) throw new Error('missing');
    expect(session.minutes).toBe('from-user');
    expect(timeSession(session, { locale: 'da', participants: 6 }).availableMinutes).toBe(
      session.defaultMinutes,
    );
  });

  it('the yearly value review says what to bring beforehand', () => {
    const session = findSession('yearly-value-review');
    if (!session) throw new Error('missing');
    const order = timeSession(session, { locale: 'da', participants: 8 });
    expect(order.beforehand.join(' ')).toMatch(/evaluering/i);
    expect(order.beforehand.length).toBeGreaterThanOrEqual(2);
  });
});
