import { describe, expect, it } from 'vitest';
import { treeLayers } from './tree-layers.ts';

describe('treeLayers', () => {
  it.each([
    { name: 'a single node', ids: ['a'], edges: [], layers: [['a']] },
    {
      name: 'a chain',
      ids: ['a', 'b', 'c'],
      edges: [e('a', 'b'), e('b', 'c')],
      layers: [['a'], ['b'], ['c']],
    },
    {
      name: 'a node below its deepest parent (longest path)',
      ids: ['a', 'b', 'c'],
      edges: [e('a', 'b'), e('b', 'c'), e('a', 'c')],
      layers: [['a'], ['b'], ['c']],
    },
    {
      name: 'questions all pointing at results',
      ids: ['q1', 'q2', 'r1', 'r2'],
      edges: [e('q1', 'r1'), e('q1', 'r2'), e('q2', 'r2')],
      layers: [
        ['q1', 'q2'],
        ['r1', 'r2'],
      ],
    },
    {
      name: 'edges to unknown nodes and self-loops ignored',
      ids: ['a'],
      edges: [e('a', 'x'), e('a', 'a')],
      layers: [['a']],
    },
    {
      name: 'a cycle (invalid) without looping',
      ids: ['a', 'b'],
      edges: [e('a', 'b'), e('b', 'a')],
      layers: [['a', 'b']],
    },
  ])('layers $name', ({ ids, edges, layers }) => {
    expect(treeLayers(ids, edges)).toEqual(layers);
  });
});

function e(from: string, to: string) {
  return { from, to };
}
