import type { Session } from '../session-schema.ts';
import { agreementsBlock, checkIn, roles } from './closing-blocks.ts';

/** Once a year: what the network was worth (content.md §8), and whether purpose and set-up still hold (§7). */
export const yearlyValueReview: Session = {
  schemaVersion: 1,
  id: 'yearly-value-review',
  version: 2,
  title: { da: 'Årlig værdigennemgang', sv: 'Årlig värdegenomgång', en: 'Yearly value review' },
  summary: {
    da: 'Hvad har netværket skabt i år, og holder formål, mål og mødeform stadig? Med det, I tager med hjemmefra.',
    sv: 'Vad har nätverket skapat i år, och håller syfte, mål och mötesupplägg fortfarande? Med det ni tar med er.',
    en: 'What did the network create this year, and do its purpose, goals and set-up still hold? With what you bring along.',
  },
  about: {
    da: 'Med vores egne ord efter Wenger-Trayners værdiskabelsescyklusser, og efter Familjen Helsingborgs råd om årligt at forny formål og mål.',
    sv: 'Med våra egna ord efter Wenger-Trayners värdeskapandecykler, och efter Familjen Helsingborgs råd att förnya syfte och mål varje år.',
    en: "In our own words after Wenger-Trayner's value-creation cycles, and Familjen Helsingborg's advice to renew purpose and goals every year.",
  },
  minutes: 90,
  participants: { min: 3, max: 30 },
  beforehand: [
    {
      da: 'Koordinatoren: tag deltagertal, evalueringer og de timer, netværket har brugt, med fra årets møder.',
      sv: 'Samordnaren: ta med deltagarsiffror, utvärderingar och de timmar nätverket har lagt från årets träffar.',
      en: "The coordinator: bring the year's attendance, evaluations and the hours the network has spent.",
    },
    {
      da: 'Alle: tag to konkrete eksempler med på noget, netværket har gjort en forskel for.',
      sv: 'Alla: ta med två konkreta exempel på något som nätverket har gjort skillnad för.',
      en: 'Everyone: bring two concrete examples of something the network made a difference to.',
    },
  ],
  blocks: [
    {
      kind: 'activity',
      id: 'welcome',
      activity: 'welcome',
      minutes: 5,
      notes: [
        checkIn({
          da: 'Hvad har netværket betydet for dig i år?',
          sv: 'Vad har nätverket betytt för dig i år?',
          en: 'What has the network meant to you this year?',
        }),
        roles,
      ],
      output: {
        da: 'Alle ved, at vi gør året op og beslutter, hvordan netværket fortsætter.',
        sv: 'Alla vet att vi summerar året och bestämmer hur nätverket fortsätter.',
        en: 'Everyone knows we take stock of the year and decide how the network goes on.',
      },
    },
    {
      kind: 'template',
      id: 'value-cycles',
      template: 'value-creation',
      sections: ['cycles'],
      title: { da: 'Værdiskabelse i år', sv: 'Värdeskapande i år', en: 'Value created this year' },
      minutes: 30,
      minMinutes: 25,
      groups: { above: 8, min: 4, max: 6, mode: 'whole' },
      notes: [
        {
          da: 'Hver gruppe følger ét eller to af sine egne eksempler gennem alle fem cyklusser.',
          sv: 'Varje grupp följer ett eller två av sina egna exempel genom alla fem cykler.',
          en: 'Each group follows one or two of its own examples through all five cycles.',
        },
      ],
      participantNotes: [
        {
          da: 'Tag et af jeres eksempler, og følg det gennem cyklusserne: fra det, vi fik straks, til det, der ændrede sig.',
          sv: 'Ta ett av era exempel och följ det genom cyklerna: från det vi fick direkt till det som förändrades.',
          en: 'Take one of your examples and follow it through the cycles: from what we got at once to what changed.',
        },
      ],
      output: {
        da: 'Et eller to eksempler fulgt hele vejen, med det der viser forskellen.',
        sv: 'Ett eller två exempel följda hela vägen, med det som visar skillnaden.',
        en: 'One or two examples followed all the way, with what shows the difference.',
      },
    },
    {
      kind: 'template',
      id: 'value-story',
      template: 'value-creation',
      sections: ['value-story', 'cost-benefit'],
      title: {
        da: 'Værdifortællingen og hvad den koster',
        sv: 'Värdeberättelsen och vad den kostar',
        en: 'The value story and what it costs',
      },
      minutes: 20,
      minMinutes: 15,
      groups: { above: 12, min: 4, max: 6, mode: 'whole' },
      notes: [
        {
          da: 'Hver gruppe skriver et udkast; plenum vælger den fortælling, der skal til referencelederen eller chefforummet. Koordinatorens timetal hører til "Det koster".',
          sv: 'Varje grupp skriver ett utkast; helgruppen väljer den berättelse som ska till referensledaren eller chefsforumet. Samordnarens timmar hör till "Det kostar".',
          en: 'Each group drafts one; the plenary picks the story for the reference leader or the managers\' forum. The coordinator\'s hours go under "What it costs".',
        },
      ],
      participantNotes: [
        {
          da: 'Fortæl det vigtigste eksempel som en historie: situationen, hvad vi gjorde, forskellen – og hvad det kostede.',
          sv: 'Berätta det viktigaste exemplet som en historia: situationen, vad vi gjorde, skillnaden – och vad det kostade.',
          en: 'Tell the most important example as a story: the situation, what we did, the difference – and what it cost.',
        },
      ],
      output: {
        da: 'Én værdifortælling med tal for indsats og udbytte.',
        sv: 'En värdeberättelse med siffror för insats och nytta.',
        en: 'One value story with figures for effort and benefit.',
      },
    },
    {
      kind: 'template',
      id: 'success-factors',
      template: 'success-factors',
      sections: ['purpose-social-structure'],
      minutes: 20,
      minMinutes: 15,
      groups: { above: 8, min: 4, max: 6, mode: 'parts' },
      notes: [
        {
          da: 'Et hurtigt tjek med grøn, gul eller rød prik på hver række; tal kun om de gule og røde.',
          sv: 'En snabb kontroll med grön, gul eller röd prick på varje rad; prata bara om de gula och röda.',
          en: 'A quick check with a green, yellow or red dot on each row; talk only about the yellow and red ones.',
        },
      ],
      participantNotes: [
        {
          da: 'Sæt en grøn, gul eller rød prik på hver række: holder det stadig?',
          sv: 'Sätt en grön, gul eller röd prick på varje rad: håller det fortfarande?',
          en: 'Put a green, yellow or red dot on each row: does it still hold?',
        },
      ],
      output: {
        da: 'De rækker, der er gule eller røde, og hvad der skal til.',
        sv: 'De rader som är gula eller röda, och vad som behövs.',
        en: 'The rows that are yellow or red, and what they need.',
      },
    },
    agreementsBlock({
      minutes: 15,
      minMinutes: 10,
      stretch: true,
      title: {
        da: 'Fortsætte, ændre eller lukke',
        sv: 'Fortsätta, ändra eller avsluta',
        en: 'Continue, change or close',
      },
      notes: [
        {
          da: 'Hvem skriver udkastet til det fornyede formål og målene, og hvornår? Hvem fremlægger værdifortællingen for referencelederen?',
          sv: 'Vem skriver utkastet till det förnyade syftet och målen, och när? Vem presenterar värdeberättelsen för referensledaren?',
          en: 'Who drafts the renewed purpose and goals, and by when? Who presents the value story to the reference leader?',
        },
        {
          da: 'Fortsætter vi, ændrer vi, eller lukker vi? Er aktiviteten væk, så luk netværket formelt.',
          sv: 'Fortsätter vi, ändrar vi eller avslutar vi? Har aktiviteten upphört, avsluta nätverket formellt.',
          en: 'Do we continue, change or close? If the activity has gone, close the network formally.',
        },
      ],
      output: {
        da: 'Fortsætte, ændre eller lukke – og hvem der gør hvad og hvornår.',
        sv: 'Fortsätta, ändra eller avsluta – och vem som gör vad och när.',
        en: 'Continue, change or close – and who does what by when.',
      },
    }),
  ],
};
