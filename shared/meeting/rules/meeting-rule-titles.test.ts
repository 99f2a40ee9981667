import { describe, expect, it } from 'vitest';
import { checkCatalogParity } from '../../i18n/check-catalog-parity.ts';
import { locales } from '../../i18n/locale.ts';
import { checkMeeting } from '../check-meeting.ts';
import { meetingRuleTitles } from './meeting-rule-titles.ts';
import { meetingRuleIds, meetingRules, meetingRuleTitle } from './meeting-rules.ts';

const now = new Date('2026-05-04T09:00:00+02:00');
// A bare draft trips most rules; one with a short agenda trips the agenda-part rules.
const drafts = [
  { title: 'Netværksmøde', start: '2026-05-05T09:00:00+02:00' },
  {
    title: 'Netværksmøde',
    description: 'Dagsorden: velkomst',
    start: '2026-05-05T09:00:00+02:00',
    end: '2026-05-05T09:10:00+02:00',
    attendees: 30,
  },
];

describe('meeting rule ids and titles', () => {
  it('lists every rule once, in order, with a title in every language', () => {
    expect(meetingRuleIds).toEqual(meetingRules.map((rule) => rule.id));
    expect(new Set(meetingRuleIds).size).toBe(meetingRuleIds.length);
    expect(checkCatalogParity('meetingRuleTitles', meetingRuleTitles)).toEqual([]);
    expect(Object.keys(meetingRuleTitles.en).sort()).toEqual([...meetingRuleIds].sort());
    for (const locale of locales) {
      for (const id of meetingRuleIds) expect(meetingRuleTitle(id, locale)).not.toBe(id);
    }
    expect(meetingRuleTitle('agenda-current-matters', 'sv')).toBe('Aktuella ärenden på dagordningen');
    expect(meetingRuleTitle('no-such-rule', 'da')).toBe('no-such-rule');
    expect(meetingRuleTitle('toString', 'en')).toBe('toString');
  });

  it.each(drafts)('names the rule of every prompt the core gives (%o)', (draft) => {
    const prompts = checkMeeting(draft, { locale: 'en', now });
    expect(prompts.length).toBeGreaterThan(2);
    for (const prompt of prompts) {
      const rule = meetingRuleIds.find((id) => prompt.id === id || prompt.id.startsWith(`${id}-`));
      expect(rule, prompt.id).toBeDefined();
    }
    // Switching every rule off hides every prompt: the ids are the ones the check dismisses by.
    expect(checkMeeting(draft, { locale: 'en', now, dismissed: meetingRuleIds })).toEqual([]);
  });
});
