import { type AgendaItemDefinition, type AgendaItemId, agendaItems } from '../../meeting/agenda-items.ts';
import type { Session } from '../session-schema.ts';

/** The meeting guide's item: its minutes, title and prompt are this session's, so the two cannot drift. */
function item(id: AgendaItemId): AgendaItemDefinition {
  const found = agendaItems.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the meeting guide has no item ${id}`);
  return found;
}

const welcome = item('welcome');
const round = item('presentation-round');
const matters = item('current-matters');
const discussion = item('discussion');
const thanks = item('thanks');

/**
 * The open network meeting (content.md §5) as a session: as long as the meeting in the calendar.
 * Its blocks follow the meeting guide's running order, and the presentation round is timed by the
 * one agenda rule, so this session, the calendar agenda and the open-meeting board agree.
 */
export const openNetworkMeeting: Session = {
  schemaVersion: 1,
  id: 'open-network-meeting',
  version: 1,
  title: { da: 'Åbent netværksmøde', sv: 'Öppen nätverksträff', en: 'Open network meeting' },
  summary: {
    da: 'Velkomst, præsentationsrunde, aktuelle sager, drøftelse med aftaler, og tak – tilpasset mødets længde.',
    sv: 'Välkomnande, presentationsrunda, aktuella ärenden, diskussion med överenskommelser och tack – anpassat till träffens längd.',
    en: "Welcome, a presentation round, current matters, a discussion that ends in agreements, and thanks – fitted to the meeting's length.",
  },
  about: {
    da: 'Efter Produforums grundopskrift på åbne netværksmøder mellem kulturaktører.',
    sv: 'Efter Produforums grundrecept på öppna nätverksträffar mellan kulturaktörer.',
    en: "After Produforum's basic recipe for open network meetings among cultural actors.",
  },
  minutes: 'from-user',
  defaultMinutes: 90,
  participants: { min: 3, max: 40 },
  blocks: [
    {
      kind: 'activity',
      id: 'welcome',
      activity: 'welcome',
      title: welcome.title,
      minutes: welcome.minutes ?? 5,
      notes: [welcome.prompt],
    },
    {
      kind: 'activity',
      id: 'presentation-round',
      activity: 'presentation-round',
      title: round.title,
      notes: [round.prompt],
    },
    {
      kind: 'template',
      id: 'current-matters',
      template: 'open-meeting',
      sections: ['bring'],
      title: matters.title,
      minutes: matters.minutes ?? 15,
      notes: [matters.prompt],
    },
    {
      kind: 'template',
      id: 'discussion',
      template: 'open-meeting',
      sections: ['minutes'],
      title: {
        da: 'Drøftelse og aftaler',
        sv: 'Diskussion och överenskommelser',
        en: 'Discussion and agreements',
      },
      // The discussion takes the minutes left over, as in the agenda rule.
      minutes: discussion.minutes ?? 15,
      stretch: true,
      notes: [
        discussion.prompt,
        {
          da: 'Skriv undervejs, hvad I aftaler, og hvem der gør hvad hvornår: det bliver referatet.',
          sv: 'Skriv under tiden vad ni kommer överens om och vem som gör vad och när: det blir minnesanteckningarna.',
          en: 'Write down as you go what you agree and who does what by when: it becomes the notes.',
        },
      ],
    },
    {
      kind: 'activity',
      id: 'thanks',
      activity: 'round-up',
      title: thanks.title,
      minutes: thanks.minutes ?? 5,
      notes: [thanks.prompt],
    },
  ],
};
