import type { Template } from '../template-schema.ts';
import { networkTypeTree } from './network-type-tree.ts';

export { resultNodeId } from './network-type-tree.ts';

/** Choose the network type: the decision tree of content.md §3 and a place for the group's reasoning. */
export const networkType: Template = {
  schemaVersion: 1,
  id: 'network-type',
  version: 1,
  title: { da: 'Vælg netværkstype', sv: 'Välj nätverkstyp', en: 'Choose the network type' },
  summary: {
    da: 'Innovations-, velfærds- eller læringsnetværk? Nogle få spørgsmål peger på den type, der passer til temaet.',
    sv: 'Innovations-, välfärds- eller lärandenätverk? Några få frågor pekar ut den typ som passar temat.',
    en: 'Innovation, welfare or learning network? A few questions point to the type that fits the theme.',
  },
  about: {
    da: 'Efter Albertslund Kommunes netværksmodel og dens tre netværkstyper; spørgsmålene er vores egne. Referencelederen er den chef, der forankrer netværket i linjeorganisationen; chefforum er ledergruppen, der vælger temaerne.',
    sv: 'Efter Albertslunds kommuns nätverksmodell och dess tre nätverkstyper; frågorna är våra egna. Referensledaren är den chef som förankrar nätverket i linjen; chefsforum är ledningsgruppen som väljer teman.',
    en: "After Albertslund Kommune's network model and its three network types; the questions are our own. The reference leader is the manager who anchors the network in the line organisation; the management forum is the leadership group that picks themes.",
  },
  instructions: [
    {
      da: 'Tag spørgsmålene oppefra, ét ad gangen, og skriv jeres svar og grunden til det på en seddel.',
      sv: 'Ta frågorna uppifrån, en i taget, och skriv ert svar och skälet till det på en lapp.',
      en: 'Take the questions from the top, one at a time, and write your answer and the reason on a sticky note.',
    },
    {
      da: 'Et ja fører til en netværkstype; et nej eller et måske fører videre til næste spørgsmål.',
      sv: 'Ett ja leder till en nätverkstyp; ett nej eller ett kanske leder vidare till nästa fråga.',
      en: 'A yes leads to a network type; a no or a maybe leads on to the next question.',
    },
    {
      da: 'Står to typer tæt, så læg dem side om side og sammenlign formål, resultater, forankring og varighed.',
      sv: 'Ligger två typer nära varandra, lägg dem sida vid sida och jämför syfte, resultat, förankring och tidsram.',
      en: 'If two types are close, put them side by side and compare purpose, results, anchoring and duration.',
    },
    {
      da: 'Tag jeres valg og jeres tvivl med til samtalen med referencelederen.',
      sv: 'Ta med ert val och era tvivel till samtalet med referensledaren.',
      en: 'Take your choice and your doubts to the talk with the reference leader.',
    },
    {
      da: 'Træet stiller tre spørgsmål. Vil I have et grundigere tjek, så brug guiden under »Vælg type« i Netverk-panelet: fem spørgsmål, der vejes mod hinanden.',
      sv: 'Trädet ställer tre frågor. Vill ni göra en grundligare prövning, använd guiden under ”Välj typ” i Netverk-panelen: fem frågor som vägs mot varandra.',
      en: 'The tree asks three questions. For a fuller check, use the guide under "Decide" in the Netverk panel: five questions, weighed against each other.',
    },
  ],
  timing: { minutes: 45 },
  sections: [
    networkTypeTree(),
    {
      kind: 'zones',
      id: 'reasoning',
      title: { da: 'Vores overvejelser', sv: 'Våra överväganden', en: 'Our reasoning' },
      columns: 3,
      zones: [
        {
          id: 'our-answers',
          title: { da: 'Vores svar og hvorfor', sv: 'Våra svar och varför', en: 'Our answers and why' },
          prompt: {
            da: 'Ét svar per seddel, med grunden til det.',
            sv: 'Ett svar per lapp, med skälet till det.',
            en: 'One answer per note, with the reason for it.',
          },
          color: 'light_yellow',
        },
        {
          id: 'our-choice',
          title: { da: 'Vores valg', sv: 'Vårt val', en: 'Our choice' },
          prompt: {
            da: 'Hvilken netværkstype vælger vi, og hvad betyder det for forankring og tid?',
            sv: 'Vilken nätverkstyp väljer vi, och vad betyder det för förankring och tid?',
            en: 'Which network type do we choose, and what does it mean for anchoring and time?',
          },
          color: 'light_green',
          minutes: 'decision',
        },
        {
          id: 'our-doubts',
          title: { da: 'Det er vi usikre på', sv: 'Det här är vi osäkra på', en: 'What we are unsure about' },
          prompt: {
            da: 'Spørgsmål at tage med til referencelederen.',
            sv: 'Frågor att ta med till referensledaren.',
            en: 'Questions to take to the reference leader.',
          },
          color: 'light_pink',
          minutes: 'next',
        },
      ],
    },
  ],
};
