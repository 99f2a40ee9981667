import { type AgendaItemDefinition, type AgendaItemId, agendaItems } from '../../meeting/agenda-items.ts';
import type { Session } from '../session-schema.ts';
import { checkIn, checkOut, roles } from './closing-blocks.ts';

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
const guest = item('guest-speaker');

/**
 * The open network meeting (content.md §5) as a session: as long as the meeting in the calendar.
 * Its blocks follow the meeting guide's running order, and the presentation round is timed by the
 * one agenda rule, so this session, the calendar agenda and the open-meeting board agree.
 */
export const openNetworkMeeting: Session = {
  schemaVersion: 1,
  id: 'open-network-meeting',
  version: 2,
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
  beforehand: [
    {
      da: 'Send indbydelsen i god tid, og sæt den op, hvor medlemmerne ser den.',
      sv: 'Skicka inbjudan i god tid och sätt upp den där medlemmarna ser den.',
      en: 'Send the invitation in good time, and post it where the members look.',
    },
    {
      da: 'Stil ét bord op, hvor alle kan se hinanden.',
      sv: 'Ställ i ordning ett bord där alla kan se varandra.',
      en: 'Set up one table where everyone can see each other.',
    },
  ],
  blocks: [
    {
      kind: 'activity',
      id: 'welcome',
      activity: 'welcome',
      title: welcome.title,
      minutes: welcome.minutes ?? 5,
      notes: [
        welcome.prompt,
        checkIn({
          da: 'Hvad fylder mest i dit arbejde lige nu?',
          sv: 'Vad tar mest plats i ditt arbete just nu?',
          en: 'What takes up most of your work right now?',
        }),
        roles,
      ],
      output: {
        da: 'Alle er budt velkommen, og der er en referent.',
        sv: 'Alla är välkomnade, och någon skriver minnesanteckningar.',
        en: 'Everyone is welcomed, and someone takes the notes.',
      },
      materials: [
        { da: 'Noget at drikke og spise', sv: 'Något att dricka och äta', en: 'Something to drink and eat' },
      ],
    },
    {
      kind: 'activity',
      id: 'presentation-round',
      activity: 'presentation-round',
      title: round.title,
      notes: [round.prompt],
      participantNotes: [round.prompt],
      output: {
        da: 'Alle ved, hvem der er her, og hvad de har brug for.',
        sv: 'Alla vet vilka som är här och vad de behöver.',
        en: 'Everyone knows who is here and what they need.',
      },
    },
    {
      kind: 'template',
      id: 'current-matters',
      template: 'open-meeting',
      sections: ['bring'],
      title: matters.title,
      minutes: matters.minutes ?? 15,
      minMinutes: 10,
      notes: [matters.prompt],
      participantNotes: [matters.prompt],
      output: {
        da: 'De sager, vi tager op i dag.',
        sv: 'De ärenden vi tar upp i dag.',
        en: 'The matters we take up today.',
      },
    },
    {
      kind: 'activity',
      id: 'guest-speaker',
      activity: 'guest-speaker',
      title: guest.title,
      minutes: guest.minutes ?? 20,
      minMinutes: 15,
      whenGuest: true,
      notes: [guest.prompt],
      participantNotes: [guest.prompt],
      output: {
        da: 'Det, gæsten gav os, skrevet ned som spørgsmål eller idéer.',
        sv: 'Det gästen gav oss, nedskrivet som frågor eller idéer.',
        en: 'What the guest gave us, written down as questions or ideas.',
      },
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
      minMinutes: 10,
      stretch: true,
      notes: [
        {
          da: 'Vælg to eller tre sager fra runden; spørg for hver: hvad ved vi, og hvad aftaler vi?',
          sv: 'Välj två eller tre ärenden från rundan; fråga för varje: vad vet vi, och vad kommer vi överens om?',
          en: 'Pick two or three matters from the round; for each ask: what do we know, and what do we agree?',
        },
        {
          da: 'Skriv undervejs, hvad I aftaler, og hvem der gør hvad hvornår: det bliver referatet.',
          sv: 'Skriv under tiden vad ni kommer överens om och vem som gör vad och när: det blir minnesanteckningarna.',
          en: 'Write down as you go what you agree and who does what by when: it becomes the notes.',
        },
      ],
      participantNotes: [discussion.prompt],
      output: {
        da: 'Det aftalte, hvem der gør hvad og hvornår, og hvad vi tager op næste gang.',
        sv: 'Det vi kom överens om, vem som gör vad och när, och vad vi tar upp nästa gång.',
        en: 'What we agreed, who does what by when, and what we take up next time.',
      },
    },
    {
      kind: 'activity',
      id: 'thanks',
      activity: 'round-up',
      title: thanks.title,
      minutes: thanks.minutes ?? 5,
      notes: [
        thanks.prompt,
        {
          da: 'Sig, hvor og hvornår referatet kommer ud.',
          sv: 'Säg var och när minnesanteckningarna kommer ut.',
          en: 'Say where and when the notes will go out.',
        },
        checkOut,
      ],
      output: {
        da: 'Datoen for næste møde, og hvornår referatet kommer.',
        sv: 'Datum för nästa träff, och när minnesanteckningarna kommer.',
        en: 'The date of the next meeting, and when the notes will come.',
      },
    },
  ],
};
