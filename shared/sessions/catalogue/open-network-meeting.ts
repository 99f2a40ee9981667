import type { Session } from '../session-schema.ts';

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
    { kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 5 },
    {
      kind: 'activity',
      id: 'presentation-round',
      activity: 'presentation-round',
      notes: [
        {
          da: 'Hvem er jeg, hvad laver jeg, og hvad har jeg brug for?',
          sv: 'Vem är jag, vad gör jag och vad behöver jag?',
          en: 'Who I am, what I do, what I need.',
        },
      ],
    },
    {
      kind: 'template',
      id: 'current-matters',
      template: 'open-meeting',
      sections: ['bring'],
      title: { da: 'Aktuelle sager', sv: 'Aktuella ärenden', en: 'Current matters' },
      minutes: 15,
      notes: [
        {
          da: 'Et forum for de spørgsmål, vi har til fælles: hvad rører sig lige nu?',
          sv: 'Ett forum för de frågor vi delar: vad är på gång just nu?',
          en: 'A forum for the questions we share: what is going on right now?',
        },
      ],
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
      minutes: 15,
      stretch: true,
      notes: [
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
      title: { da: 'Tak og næste møde', sv: 'Tack och nästa träff', en: 'Thanks and next meeting' },
      minutes: 5,
      notes: [
        {
          da: 'Slut til tiden, tak alle for at komme, og bekræft datoen for næste møde.',
          sv: 'Sluta i tid, tacka alla för att de kom och bekräfta datum för nästa träff.',
          en: 'End on time, thank everyone for coming and confirm the date of the next meeting.',
        },
      ],
    },
  ],
};
