import {
  type NetworkType,
  networkTypeFieldLabels,
  networkTypeFields,
  networkTypes,
} from '../../decide/network-types.ts';
import type { Localized } from '../../i18n/localized.ts';
import type { Section } from '../template-schema.ts';

type TreeSection = Extract<Section, { kind: 'tree' }>;

/** The id of a type's result node in the tree. */
export function resultNodeId(type: NetworkType): string {
  return `${type}-network`;
}

const yes: Localized = { da: 'Ja', sv: 'Ja', en: 'Yes' };
const no: Localized = { da: 'Nej / ved ikke', sv: 'Nej / vet inte', en: 'No / not sure' };

/**
 * The board's tree asks the three questions of content.md §3 one after another, each "yes"
 * leading to a type. A chain reads at a glance on a board; the app's wizard weighs more answers.
 */
export const treeQuestions: readonly { id: string; text: Localized; type: NetworkType }[] = [
  {
    id: 'political-vision',
    type: 'innovation',
    text: {
      da: '1. Udspringer temaet af en politisk vision eller strategi, og sigter det mod gennemgribende forandring?',
      sv: '1. Utgår temat från en politisk vision eller strategi och siktar det mot genomgripande förändring?',
      en: '1. Does the theme start from a political vision or strategy and aim at far-reaching change?',
    },
  },
  {
    id: 'knowledge-gap',
    type: 'learning',
    text: {
      da: '2. Mangler I først og fremmest viden – viden, som hver deltager skal bringe med hjem til sin egen enhed?',
      sv: '2. Är det framför allt kunskap som saknas – kunskap som varje deltagare ska ta med tillbaka till sin enhet?',
      en: '2. Is the main gap knowledge that each participant must carry back to their own unit?',
    },
  },
  {
    id: 'improve-existing',
    type: 'welfare',
    text: {
      da: '3. Handler det om at forbedre borgernær velfærd, koordinering eller brugen af eksisterende ressourcer?',
      sv: '3. Handlar det om att förbättra välfärden nära invånarna, samordningen eller användningen av befintliga resurser?',
      en: '3. Is it about improving citizen-near services, coordination or the use of existing resources?',
    },
  },
];

const unclear = {
  id: 'unclear',
  text: {
    da: 'Endnu uklart: læg de to nærmeste typer side om side, og tag det op med referencelederen.',
    sv: 'Ännu oklart: lägg de två närmaste typerna sida vid sida och ta upp det med referensledaren.',
    en: 'Not clear yet: put the two closest types side by side and take it to the reference leader.',
  },
} as const;

function labelled(label: Localized, text: Localized): Localized {
  return { da: `${label.da}: ${text.da}`, sv: `${label.sv}: ${text.sv}`, en: `${label.en}: ${text.en}` };
}

/** Question nodes in a chain; each "yes" ends at a result card with purpose, results, anchoring and duration. */
export function networkTypeTree(): TreeSection {
  const results = treeQuestions.map(({ type }) => ({
    id: resultNodeId(type),
    kind: 'result' as const,
    text: networkTypes[type].title,
    details: networkTypeFields.map((field) =>
      labelled(networkTypeFieldLabels[field], networkTypes[type][field]),
    ),
  }));
  const edges = treeQuestions.flatMap((question, i) => [
    { from: question.id, to: resultNodeId(question.type), label: yes },
    { from: question.id, to: treeQuestions[i + 1]?.id ?? unclear.id, label: no },
  ]);
  return {
    kind: 'tree',
    id: 'decision-tree',
    title: { da: 'Beslutningstræet', sv: 'Beslutsträdet', en: 'The decision tree' },
    nodes: [
      ...treeQuestions.map(({ id, text }) => ({ id, kind: 'question' as const, text })),
      ...results,
      { id: unclear.id, kind: 'result' as const, text: unclear.text },
    ],
    edges,
  };
}
