import type { Session } from '../session-schema.ts';

/** One hour to choose the network type (content.md §3), with the theme recalled first. */
export const chooseTheNetworkType: Session = {
  schemaVersion: 1,
  id: 'choose-the-network-type',
  version: 1,
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
    { kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 5 },
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
    },
    {
      kind: 'template',
      id: 'network-type',
      template: 'network-type',
      minutes: 35,
      minMinutes: 25,
      groups: { above: 8, min: 4, max: 6 },
      notes: [
        {
          da: 'Typen afgør, hvilke løsninger I forventer, tidsrammen og forankringen i linjen.',
          sv: 'Typen avgör vilka lösningar ni förväntar er, tidsramen och förankringen i linjen.',
          en: 'The type decides the solutions you expect, the time frame and the anchoring in the line organisation.',
        },
        {
          da: 'Er I uenige, så læg de to nærmeste typer side om side, og skriv hvorfor.',
          sv: 'Är ni oense, lägg de två närmaste typerna bredvid varandra och skriv varför.',
          en: 'If you disagree, put the two closest types side by side and write down why.',
        },
      ],
    },
    {
      kind: 'activity',
      id: 'round-up',
      activity: 'round-up',
      minutes: 10,
      minMinutes: 5,
      stretch: true,
      notes: [
        {
          da: 'Aftal, hvem der tager typen med til referencelederen (lederen, der forankrer netværket i linjen).',
          sv: 'Bestäm vem som tar med typen till referensledaren (chefen som förankrar nätverket i linjen).',
          en: 'Agree who takes the type to the reference leader (the manager who anchors the network in the line).',
        },
      ],
    },
  ],
};
