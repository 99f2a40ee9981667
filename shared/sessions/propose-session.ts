import { hasKeyword } from '../meeting/has-keyword.ts';

/**
 * Words in a workshop's title that point to one built-in session, da/sv/en mixed (people mix them),
 * checked in this order; they match inside compounds ("Opstartsworkshop", "Värdeworkshop").
 */
export const sessionTitleKeywords: readonly { sessionId: string; keywords: readonly string[] }[] = [
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
  for (const { sessionId, keywords } of sessionTitleKeywords)
    if (hasKeyword(title, keywords, { match: 'inside' })) return sessionId;
  return defaultWorkshopSessionId;
}
