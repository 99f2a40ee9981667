import { hasKeyword } from '../meeting/has-keyword.ts';

/**
 * Words in a workshop's title that point to one built-in session, da/sv/en mixed (people mix them),
 * checked in this order; they match inside compounds ("Opstartsworkshop", "Värdeworkshop"). A title
 * with one of `unless` (also inside compounds) is about something else and never gets that session.
 */
export const sessionTitleKeywords: readonly {
  sessionId: string;
  keywords: readonly string[];
  unless?: readonly string[];
}[] = [
  {
    sessionId: 'choose-the-network-type',
    keywords: ['netværkstype', 'typen af netværk', 'nätverkstyp', 'network type', 'type of network'],
  },
  {
    sessionId: 'start-up-network',
    keywords: [
      'opstart',
      'igangsætning',
      'nyt netværk',
      'uppstart',
      'nytt nätverk',
      'kick-off',
      'kickoff',
      'start-up',
      'startup',
      'new network',
    ],
  },
  {
    sessionId: 'yearly-value-review',
    keywords: ['værdi', 'årlig', 'evaluering', 'värde', 'utvärdering', 'value', 'yearly', 'annual', 'review'],
    // Common municipal workshops that share the stems: dignity policy, core values, the yearly budget.
    unless: ['værdighed', 'værdigrund', 'värdegrund', 'värdighet', 'budget', 'core value'],
  },
  {
    sessionId: 'open-network-meeting',
    keywords: [
      'netværksmøde',
      'åbent møde',
      'nätverksträff',
      'nätverksmöte',
      'öppen träff',
      'network meeting',
    ],
  },
];

/** The session a workshop is proposed when its title names no other: a theme workshop. */
export const defaultWorkshopSessionId = 'unfold-the-theme';

/**
 * The built-in session to propose for a workshop event, from the words in its title: "Opstartsworkshop"
 * is the start-up of a new network, "Temaworkshop" (or anything else) unfolds the theme.
 */
export function proposeSession(title: string): string {
  for (const { sessionId, keywords, unless = [] } of sessionTitleKeywords)
    if (hasKeyword(title, keywords, { match: 'inside' }) && !hasKeyword(title, unless, { match: 'inside' }))
      return sessionId;
  return defaultWorkshopSessionId;
}
