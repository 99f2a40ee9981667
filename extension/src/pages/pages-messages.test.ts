import { describe, expect, it } from 'vitest';
import { checkCatalogParity, checkMeeting } from '../../../shared/index.ts';
import { pagesMessages, promptRuleIds } from './pages-messages.ts';

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

describe('pages messages', () => {
  it('exist in all three languages with the same placeholders', () => {
    expect(checkCatalogParity('pages', pagesMessages)).toEqual([]);
  });

  it('has a label for every rule that can be switched off', () => {
    for (const id of promptRuleIds) expect(pagesMessages.en).toHaveProperty(`prompt.${id}`);
  });

  it.each(drafts)('names the rule of every prompt the core gives (%o)', (draft) => {
    const prompts = checkMeeting(draft, { locale: 'en', now });
    expect(prompts.length).toBeGreaterThan(2);
    for (const prompt of prompts) {
      const rule = promptRuleIds.find((id) => prompt.id === id || prompt.id.startsWith(`${id}-`));
      expect(rule, prompt.id).toBeDefined();
    }
    // Switching every rule off hides every prompt: the ids are the core's rule ids.
    expect(checkMeeting(draft, { locale: 'en', now, dismissed: promptRuleIds })).toEqual([]);
  });
});
