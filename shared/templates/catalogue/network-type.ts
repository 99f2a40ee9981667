import { decisionQuestions } from '../../decide/decision-questions.ts';
import {
  type NetworkType,
  networkTypeFieldLabels,
  networkTypeFields,
  networkTypeIds,
  networkTypes,
} from '../../decide/network-types.ts';
import type { Localized } from '../../i18n/localized.ts';
import type { Section, Template } from '../template-schema.ts';

type TreeSection = Extract<Section, { kind: 'tree' }>;

/** The id of a type's result node in the tree. */
export function resultNodeId(type: NetworkType): string {
  return `${type}-network`;
}

/** "Label: text" in every language, so a detail card says what it is. */
function labelled(label: Localized, text: Localized): Localized {
  return { da: `${label.da}: ${text.da}`, sv: `${label.sv}: ${text.sv}`, en: `${label.en}: ${text.en}` };
}

function numbered(n: number, text: Localized): Localized {
  return { da: `${n}. ${text.da}`, sv: `${n}. ${text.sv}`, en: `${n}. ${text.en}` };
}

/**
 * The decision tree built from `decisionQuestions` and `networkTypes`: each question points at the
 * types its answers give points to, the edge labelled with the answer; "unsure" answers draw no edge.
 */
function networkTypeTree(): TreeSection {
  const questionNodes = decisionQuestions.map((question, i) => ({
    id: question.id,
    kind: 'question' as const,
    text: numbered(i + 1, question.text),
  }));
  const resultNodes = networkTypeIds.map((type) => ({
    id: resultNodeId(type),
    kind: 'result' as const,
    text: networkTypes[type].title,
    details: networkTypeFields.map((field) =>
      labelled(networkTypeFieldLabels[field], networkTypes[type][field]),
    ),
  }));
  const edges = decisionQuestions.flatMap((question) =>
    question.options.flatMap((option) =>
      networkTypeIds
        .filter((type) => (option.weights[type] ?? 0) > 0)
        .map((type) => ({ from: question.id, to: resultNodeId(type), label: option.text })),
    ),
  );
  return {
    kind: 'tree',
    id: 'decision-tree',
    title: { da: 'Beslutningstræet', sv: 'Beslutsträdet', en: 'The decision tree' },
    nodes: [...questionNodes, ...resultNodes],
    edges,
  };
}

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
    da: 'Efter Albertslund Kommunes netværksmodel og dens tre netværkstyper; spørgsmålene er vores egne.',
    sv: 'Efter Albertslunds kommuns nätverksmodell och dess tre nätverkstyper; frågorna är våra egna.',
    en: "After Albertslund Kommune's network model and its three network types; the questions are our own.",
  },
  instructions: [
    {
      da: 'Tag spørgsmålene ét ad gangen, vælg det svar, der ligner jeres tema mest, og skriv hvorfor på en seddel.',
      sv: 'Ta frågorna en i taget, välj det svar som liknar ert tema mest och skriv varför på en lapp.',
      en: 'Take the questions one at a time, pick the answer closest to your theme and write why on a sticky note.',
    },
    {
      da: 'Hvert svar peger på en netværkstype; den type, flest svar peger på, er jeres bud. Er I i tvivl, så spring over.',
      sv: 'Varje svar pekar mot en nätverkstyp; den typ som flest svar pekar mot är ert förslag. Är ni osäkra, hoppa över.',
      en: 'Each answer points to a network type; the type most answers point to is your candidate. Unsure? Skip it.',
    },
    {
      da: 'Står to typer tæt, så læg dem side om side og sammenlign formål, resultater, forankring og varighed.',
      sv: 'Ligger två typer nära varandra, lägg dem sida vid sida och jämför syfte, resultat, förankring och varaktighet.',
      en: 'If two types are close, put them side by side and compare purpose, results, anchoring and duration.',
    },
    {
      da: 'Tag jeres valg og jeres tvivl med til samtalen med referencelederen.',
      sv: 'Ta med ert val och era tvivel till samtalet med referensledaren.',
      en: 'Take your choice and your doubts to the talk with the reference leader.',
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
        },
      ],
    },
  ],
};
