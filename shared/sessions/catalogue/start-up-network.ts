import type { Session } from '../session-schema.ts';
import { agreementsBlock, checkIn, roles } from './closing-blocks.ts';

/** The first meeting of a new network: who we are, the perfect group, and the success factors to hold on to. */
export const startUpNetwork: Session = {
  schemaVersion: 1,
  id: 'start-up-network',
  version: 2,
  title: {
    da: 'Opstart af et nyt netværk',
    sv: 'Uppstart av ett nytt nätverk',
    en: 'Start-up of a new network',
  },
  summary: {
    da: 'Det første møde: præsentationsrunde, den perfekte gruppe og de succesfaktorer, netværket vil holde fast i.',
    sv: 'Den första träffen: presentationsrunda, den perfekta gruppen och de framgångsfaktorer nätverket vill hålla fast vid.',
    en: 'The first meeting: a presentation round, the perfect group, and the success factors the network means to keep.',
  },
  about: {
    da: 'Efter Familjen Helsingborgs netværksprojekt og Myndighetsnätverket i Sundsvalls erfaringer; tidsplanen er vores egen.',
    sv: 'Efter Familjen Helsingborgs nätverksprojekt och Myndighetsnätverket i Sundsvalls erfarenheter; tidsplanen är vår egen.',
    en: "After Familjen Helsingborg's network project and the experience of Myndighetsnätverket in Sundsvall; the timings are our own.",
  },
  minutes: 120,
  participants: { min: 3, max: 30 },
  blocks: [
    {
      kind: 'activity',
      id: 'welcome',
      activity: 'welcome',
      minutes: 10,
      minMinutes: 5,
      notes: [
        {
          da: 'Fortæl, hvorfor netværket starter: hvilket behov det udspringer af, temaet, og typen, hvis den er valgt.',
          sv: 'Berätta varför nätverket startar: vilket behov det springer ur, temat och typen, om den är vald.',
          en: 'Say why the network starts: the need it grows from, the theme, and the type if it is chosen.',
        },
        checkIn({
          da: 'Hvad får dig til at sige ja til netværket?',
          sv: 'Vad får dig att säga ja till nätverket?',
          en: 'What makes you say yes to the network?',
        }),
        roles,
      ],
      output: {
        da: 'Alle kender behovet bag netværket.',
        sv: 'Alla känner till behovet bakom nätverket.',
        en: 'Everyone knows the need behind the network.',
      },
      materials: [{ da: 'Navneskilte', sv: 'Namnskyltar', en: 'Name tags' }],
    },
    {
      kind: 'activity',
      id: 'presentation-round',
      activity: 'presentation-round',
      notes: [
        {
          da: 'Hvem er jeg, hvor arbejder jeg, og hvad håber jeg, netværket giver?',
          sv: 'Vem är jag, var arbetar jag och vad hoppas jag att nätverket ger?',
          en: 'Who I am, where I work, and what I hope the network will give.',
        },
      ],
      participantNotes: [
        {
          da: 'Hvem er du, hvor arbejder du, og hvad håber du, netværket giver?',
          sv: 'Vem är du, var arbetar du och vad hoppas du att nätverket ger?',
          en: 'Who are you, where do you work, and what do you hope the network will give?',
        },
      ],
      output: {
        da: 'Alle kender hinandens navn, arbejdssted og forventninger.',
        sv: 'Alla känner till varandras namn, arbetsplats och förväntningar.',
        en: "Everyone knows each other's name, workplace and hopes.",
      },
    },
    {
      kind: 'template',
      id: 'perfect-group',
      template: 'perfect-group',
      minutes: 35,
      minMinutes: 30,
      groups: { above: 8, min: 4, max: 6, mode: 'whole' },
      notes: [
        {
          da: '5 minutter alene, 10 til at fremlægge i gruppen uden diskussion, 10 til at blive enige, og 10 til at samle gruppernes sæt i plenum med prikker.',
          sv: '5 minuter enskilt, 10 för att presentera i gruppen utan diskussion, 10 för att enas och 10 för att slå ihop gruppernas uppsättningar i helgrupp med prickar.',
          en: "5 minutes alone, 10 to present in the group without debate, 10 to agree, and 10 to merge the groups' sets in plenary with dots.",
        },
      ],
      participantNotes: [
        {
          da: 'Skriv alene, hvad der kendetegner den perfekte gruppe for dig. Fremlæg uden diskussion, og bliv så enige om et fælles sæt.',
          sv: 'Skriv själv vad som kännetecknar den perfekta gruppen för dig. Presentera utan diskussion och enas sedan om en gemensam uppsättning.',
          en: 'Write alone what makes the perfect group for you. Present without debate, then agree on a shared set.',
        },
      ],
      output: {
        da: 'Netværkets ene fælles sæt af spilleregler.',
        sv: 'Nätverkets gemensamma uppsättning spelregler.',
        en: "The network's one shared set of ground rules.",
      },
    },
    {
      kind: 'activity',
      id: 'break',
      activity: 'break',
      minutes: 10,
      minMinutes: 5,
      materials: [{ da: 'Kaffe og vand', sv: 'Kaffe och vatten', en: 'Coffee and water' }],
    },
    {
      kind: 'template',
      id: 'success-factors',
      template: 'success-factors',
      sections: ['purpose-social-structure'],
      minutes: 25,
      minMinutes: 20,
      groups: { above: 8, min: 4, max: 6, mode: 'parts' },
      notes: [
        {
          da: 'Formål, fællesskab og struktur: fordel rækkerne mellem grupperne.',
          sv: 'Syfte, gemenskap och struktur: fördela raderna mellan grupperna.',
          en: 'Purpose, community and structure: share the rows between the groups.',
        },
      ],
      participantNotes: [
        {
          da: 'Svar ærligt på jeres rækker: ja, ikke endnu eller nej – og hvad der skal til.',
          sv: 'Svara ärligt på era rader: ja, inte än eller nej – och vad som behövs.',
          en: 'Answer your rows honestly: yes, not yet or no – and what it would take.',
        },
      ],
      output: {
        da: 'Hvad netværket har på plads, og hvad der mangler.',
        sv: 'Vad nätverket har på plats och vad som saknas.',
        en: 'What the network has in place, and what is missing.',
      },
    },
    agreementsBlock({
      minutes: 20,
      minMinutes: 15,
      stretch: true,
      title: {
        da: 'Aftaler om netværket',
        sv: 'Överenskommelser om nätverket',
        en: 'Agreements on the network',
      },
      notes: [
        {
          da: 'En sætning om formålet, som kan offentliggøres; rytme og mødeform; næste mødedato; hvem der er koordinator.',
          sv: 'En mening om syftet som kan publiceras; rytm och mötesform; nästa träffdatum; vem som är samordnare.',
          en: 'A purpose sentence to publish; rhythm and set-up; the next date; who coordinates.',
        },
        {
          da: 'Et flertal skal ville være med: spørg til sidst "Vil I være med?" med fem fingre.',
          sv: 'En majoritet ska vilja vara med: fråga till sist "Vill ni vara med?" med fem fingrar.',
          en: 'A majority must want to take part: finally ask "Will you join?" as a fist-to-five.',
        },
      ],
      output: {
        da: 'Formålet i én sætning, rytmen, næste dato, koordinatoren – og et flertal, der vil være med.',
        sv: 'Syftet i en mening, rytmen, nästa datum, samordnaren – och en majoritet som vill vara med.',
        en: 'The purpose in one sentence, the rhythm, the next date, the coordinator – and a majority who want to join.',
      },
    }),
  ],
};
