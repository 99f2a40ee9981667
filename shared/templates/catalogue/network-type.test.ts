import { describe, expect, it } from 'vitest';
import { decisionQuestions } from '../../decide/decision-questions.ts';
import { networkTypes } from '../../decide/network-types.ts';
import { type Section, type Template, templateSchema } from '../template-schema.ts';
import { networkType, resultNodeId } from './network-type.ts';
import { treeQuestions } from './network-type-tree.ts';

type Tree = Extract<Section, { kind: 'tree' }>;

function treeOf(template: Template): Tree {
  const tree = template.sections.find((s): s is Tree => s.kind === 'tree');
  if (!tree) throw new Error('no tree section');
  return tree;
}

function withTree(change: (tree: Tree) => Tree): Template {
  return {
    ...networkType,
    sections: networkType.sections.map((s) => (s.kind === 'tree' ? change(s) : s)),
  };
}

function issueKeys(template: Template): unknown[] {
  const parsed = templateSchema.safeParse(template);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => (issue as { params?: { key?: string } }).params?.key);
}

describe('network-type template', () => {
  it('validates against the template schema', () => {
    expect(templateSchema.safeParse(networkType).error?.issues).toBeUndefined();
  });

  it('names Albertslund Kommune in its about text, in every language', () => {
    expect(networkType.about.da).toContain('Albertslund Kommune');
    expect(networkType.about.sv).toContain('Albertslund');
    expect(networkType.about.en).toContain("Albertslund Kommune's network model");
  });

  it('names the wizard as the fuller check, with its true number of questions', () => {
    expect(decisionQuestions).toHaveLength(5);
    expect(networkType.instructions.some((text) => text.en.includes('five questions'))).toBe(true);
  });

  it('asks the three questions of the content brief as a chain', () => {
    const questions = treeOf(networkType).nodes.filter((n) => n.kind === 'question');
    expect(questions.map((n) => n.id)).toEqual(['political-vision', 'knowledge-gap', 'improve-existing']);
  });

  it('turns every network type into a result node with its four details', () => {
    const results = treeOf(networkType).nodes.filter((n) => n.kind === 'result' && n.id !== 'unclear');
    expect(results.map((n) => n.id)).toEqual(['innovation-network', 'learning-network', 'welfare-network']);
    for (const { type } of treeQuestions) {
      const node = results.find((n) => n.id === resultNodeId(type));
      expect(node?.text).toEqual(networkTypes[type].title);
      expect(node?.details?.map((d) => d.sv)).toEqual([
        `Syfte: ${networkTypes[type].purpose.sv}`,
        `Förväntade resultat: ${networkTypes[type].expectedResults.sv}`,
        `Förankring: ${networkTypes[type].anchoring.sv}`,
        `Tidsram: ${networkTypes[type].duration.sv}`,
      ]);
    }
  });

  it('leads each "yes" to its type and each "no" on to the next question, the last to "not clear yet"', () => {
    expect(treeOf(networkType).edges.map((e) => `${e.from} → ${e.to}: ${e.label?.en}`)).toEqual([
      'political-vision → innovation-network: Yes',
      'political-vision → knowledge-gap: No / not sure',
      'knowledge-gap → learning-network: Yes',
      'knowledge-gap → improve-existing: No / not sure',
      'improve-existing → welfare-network: Yes',
      'improve-existing → unclear: No / not sure',
    ]);
  });

  it('has the zones for the group: answers and why, choice, doubts', () => {
    const zones = networkType.sections.flatMap((s) => (s.kind === 'zones' ? s.zones : []));
    expect(zones.map((z) => [z.id, z.title.en])).toEqual([
      ['our-answers', 'Our answers and why'],
      ['our-choice', 'Our choice'],
      ['our-doubts', 'What we are unsure about'],
    ]);
  });

  it.each([
    {
      name: 'an edge to a missing node',
      change: (t: Tree) => ({ ...t, edges: [...t.edges, { from: 'knowledge-gap', to: 'hybrid-network' }] }),
      key: 'unknownNode',
    },
    {
      name: 'an edge leading back',
      change: (t: Tree) => ({
        ...t,
        edges: [...t.edges, { from: 'welfare-network', to: 'political-vision' }],
      }),
      key: 'cycle',
    },
  ])('would be refused with $name', ({ change, key }) => {
    expect(issueKeys(withTree(change))).toEqual([key]);
  });
});
