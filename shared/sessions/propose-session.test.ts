import { describe, expect, it } from 'vitest';
import { findSession } from './catalogue/built-in-sessions.ts';
import { defaultWorkshopSessionId, proposeSession, sessionTitleKeywords } from './propose-session.ts';

describe('proposeSession', () => {
  it.each<[string, string]>([
    ['Temaworkshop: ensomhed blandt ældre', 'unfold-the-theme'],
    ['Workshop om temaet', 'unfold-the-theme'],
    ['Workshop', 'unfold-the-theme'],
    ['Workshop: vælg netværkstypen', 'choose-the-network-type'],
    ['Workshop – vilken nätverkstyp?', 'choose-the-network-type'],
    ['Network type workshop', 'choose-the-network-type'],
    ['Opstartsworkshop for det nye netværk', 'start-up-network'],
    ['Uppstartsworkshop HR-nätverket', 'start-up-network'],
    ['Kick-off workshop', 'start-up-network'],
    ['Værdiworkshop 2026', 'yearly-value-review'],
    ['Årlig workshop: hvad gav netværket?', 'yearly-value-review'],
    ['Utvärdering – workshop', 'yearly-value-review'],
    ['Annual value workshop', 'yearly-value-review'],
    ['Netværksmøde med workshop', 'open-network-meeting'],
    ['Nätverksträff och workshop', 'open-network-meeting'],
    // Municipal workshops on dignity, core values or the budget are not the network's value review.
    ['Workshop om værdighedspolitikken', 'unfold-the-theme'],
    ['Workshop: værdigrundlag i ældreplejen', 'unfold-the-theme'],
    ['Workshop om värdegrunden', 'unfold-the-theme'],
    ['Värdegrundsworkshop', 'unfold-the-theme'],
    ['Workshop: årlig budgetopfølgning', 'unfold-the-theme'],
    ['Core values workshop', 'unfold-the-theme'],
    ['Værdighedsworkshop: opstart af nyt netværk', 'start-up-network'],
  ])('%j → %s', (title, expected) => {
    expect(proposeSession(title)).toBe(expected);
  });

  it('proposes only sessions that exist', () => {
    expect(findSession(defaultWorkshopSessionId)).toBeDefined();
    for (const { sessionId } of sessionTitleKeywords) expect(findSession(sessionId)).toBeDefined();
  });
});
