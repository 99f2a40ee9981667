import type { Session } from '../session-schema.ts';
import { agreementsBlock, checkIn, roles } from './closing-blocks.ts';

/** One hour to choose the network type (content.md §3), with the theme recalled first. */
export const chooseTheNetworkType: Session = {
  schemaVersion: 1,
  id: 'choose-the-network-type',
  version: 2,
  title: { da: 'Vælg netværkstypen', sv: 'Välj nätverkstyp', en: 'Choose the network type' },
  summary: {
    da: 'En time: kort om temaet, beslutningstræet for netværkstypen og aftaler om, hvordan netværket forankres.',
    sv: 'En timme: kort om temat, beslutsträdet för nätverkstypen och överenskommelser om hur nätverket förankras.',
    en: 'One hour: the theme in brief, the network-type decision tree, and agreements on how the network is anchored.',
  },
  about: {
    da: 'Efter Albertslund Kommunes tre netværkstyper: innovations-, velfærds- og læringsnetværk; tidsplanen er vores egen.',
    sv: 'Efter Albertslunds kommuns tre nätverkstyper: innovations-, välfärds- och lärandenätverk; tidsplanen är vår egen.',
    en: "After Albertslund Kommune's three network types: innovation, welfare and learning networks; the timings are our own.",
  },
  minutes: 60,
  participants: { min: 2, max: 20 },
  blocks: [
    {
      kind: 'activity',
      id: 'welcome',
      activity: 'welcome',
      minutes: 5,
      notes: [
        checkIn({
          da: 'Hvad håber du, netværket kan udrette?',
          sv: 'Vad hoppas du att nätverket kan åstadkomma?',
          en: 'What do you hope the network can achieve?',
        }),
        roles,
      ],
      output: {
        da: 'Alle ved, at vi i dag vælger netværkets type, og hvorfor det betyder noget.',
        sv: 'Alla vet att vi i dag väljer nätverkets typ och varför det spelar roll.',
        en: 'Everyone knows we choose the network type today, and why it matters.',
      },
    },
    {
      kind: 'template',
      id: 'theme-recap',
      template: 'theme-canvas',
      sections: ['canvas'],
      zones: ['theme', 'challenge', 'opportunities'],
      title: { da: 'Temaet kort', sv: 'Temat i korthet', en: 'The theme in brief' },
      minutes: 10,
      minMinutes: 5,
      notes: [
        {
          da: 'Læs temaet og udfordringen højt; tilføj kun det, der er nyt.',
          sv: 'Läs upp temat och utmaningen; lägg bara till det som är nytt.',
          en: 'Read the theme and the challenge aloud; add only what is new.',
        },
      ],
      participantNotes: [
        {
          da: 'Tilføj kun det, der er nyt siden sidst: om temaet, udfordringen eller mulighederne.',
          sv: 'Lägg bara till det som är nytt sedan sist: om temat, utmaningen eller möjligheterna.',
          en: 'Add only what is new since last time: about the theme, the challenge or the opportunities.',
        },
      ],
      output: {
        da: 'Alle har det samme billede af temaet.',
        sv: 'Alla har samma bild av temat.',
        en: 'Everyone shares the same picture of the theme.',
      },
    },
    {
      kind: 'template',
      id: 'network-type',
      template: 'network-type',
      minutes: 30,
      minMinutes: 25,
      groups: { above: 8, min: 4, max: 6, mode: 'whole' },
      notes: [
        {
          da: 'Hver gruppe går hele træet igennem på sin egen tavle (cirka 20 minutter); sammenlign så grupperne (cirka 10).',
          sv: 'Varje grupp går igenom hela trädet på sin egen tavla (ungefär 20 minuter); jämför sedan grupperna (ungefär 10).',
          en: 'Each group runs the whole tree on its own board (about 20 minutes); then compare the groups (about 10).',
        },
        {
          da: 'Typen afgør, hvilke løsninger I forventer, tidsrammen og forankringen i basisorganisationen.',
          sv: 'Typen avgör vilka lösningar ni förväntar er, tidsramen och förankringen i linjen.',
          en: 'The type decides the solutions you expect, the time frame and the anchoring in the line organisation.',
        },
      ],
      participantNotes: [
        {
          da: 'Svar på de tre spørgsmål, vælg en type, og skriv hvorfor. Er I uenige, så læg de to nærmeste typer side om side.',
          sv: 'Svara på de tre frågorna, välj en typ och skriv varför. Är ni oense, lägg de två närmaste typerna bredvid varandra.',
          en: 'Answer the three questions, choose a type and write down why. If you disagree, put the two closest types side by side.',
        },
      ],
      output: {
        da: 'Hver gruppes type og begrundelse, og hvor grupperne er uenige.',
        sv: 'Varje grupps typ och motivering, och var grupperna är oense.',
        en: "Each group's type and reasons, and where the groups disagree.",
      },
    },
    agreementsBlock({
      minutes: 15,
      minMinutes: 10,
      stretch: true,
      title: { da: 'Typen og forankringen', sv: 'Typen och förankringen', en: 'The type and its anchoring' },
      notes: [
        {
          da: 'Hvad betyder typen her: hvilken referenceleder (direktørniveau for et innovationsnetværk), hvilket udvalg, og hvor længe?',
          sv: 'Vad betyder typen här: vilken referensledare (förvaltningschef för ett innovationsnätverk), vilken nämnd, och hur länge?',
          en: 'What does the type mean here: which reference leader (director level for an innovation network), which committee, and for how long?',
        },
        {
          da: 'Aftal, hvem der tager typen med til referencelederen.',
          sv: 'Bestäm vem som tar med typen till referensledaren.',
          en: 'Agree who takes the type to the reference leader.',
        },
      ],
      output: {
        da: 'Typen, referencelederen, tidsrammen, og hvem der bringer det videre.',
        sv: 'Typen, referensledaren, tidsramen och vem som för det vidare.',
        en: 'The type, the reference leader, the time frame, and who takes it forward.',
      },
    }),
  ],
};
