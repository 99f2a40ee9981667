import type { BoardPlan, PlanItem } from '../../../../shared/index.ts';

/** A small hand-built plan with every item kind, a zone pair and a captioned connector, for unit tests. */
export function samplePlan(overrides: Partial<BoardPlan> = {}): BoardPlan {
  const frame = 'f1';
  const items: PlanItem[] = [
    {
      id: frame,
      kind: 'frame',
      parentId: null,
      x: 0,
      y: 0,
      width: 1200,
      height: 800,
      props: { title: 'Sample board', fillColor: '#ffffff' },
      meta: { role: 'frame' },
    },
    {
      id: 't1',
      kind: 'text',
      parentId: frame,
      x: 40,
      y: 40,
      width: 600,
      height: 56,
      props: { text: 'Sample board', fontSize: 40, bold: true },
      meta: { role: 'title' },
    },
    ...(['left', 'right'] as const).map(
      (zone, i): PlanItem => ({
        id: `z-${zone}`,
        kind: 'shape',
        parentId: frame,
        x: 40 + i * 560,
        y: 140,
        width: 520,
        height: 400,
        props: {
          shape: 'rectangle',
          text: `Zone ${zone}\nPut notes here`,
          fillColor: '#fff9b1',
          borderColor: '#c3c7cf',
          fontSize: 24,
          textAlign: 'left',
          textAlignVertical: 'top',
        },
        meta: { role: 'zone', zoneId: zone },
      }),
    ),
    {
      id: 's1',
      kind: 'sticky',
      parentId: frame,
      x: 80,
      y: 260,
      width: 199,
      height: 228,
      props: { text: 'Seed note', color: 'yellow', shape: 'square' },
      meta: { role: 'seed' },
    },
    {
      id: 'n1',
      kind: 'shape',
      parentId: frame,
      x: 40,
      y: 600,
      width: 240,
      height: 160,
      props: {
        shape: 'rhombus',
        text: 'Question?',
        fillColor: '#ffffff',
        borderColor: '#1a1a1a',
        fontSize: 24,
        textAlign: 'center',
        textAlignVertical: 'middle',
      },
      meta: { role: 'node' },
    },
    {
      id: 'n2',
      kind: 'shape',
      parentId: frame,
      x: 400,
      y: 620,
      width: 240,
      height: 120,
      props: {
        shape: 'round_rectangle',
        text: 'Answer',
        fillColor: '#f5f6f8',
        borderColor: '#c3c7cf',
        fontSize: 24,
        textAlign: 'center',
        textAlignVertical: 'middle',
      },
      meta: { role: 'node' },
    },
  ];
  return {
    planVersion: 1,
    templateId: 'sample',
    templateVersion: 1,
    locale: 'en',
    title: 'Sample board',
    items,
    connectors: [
      { id: 'c1', kind: 'connector', fromId: 'n1', toId: 'n2', props: { shape: 'elbowed', caption: 'Yes' } },
    ],
    ...overrides,
  };
}

/** A plan of one frame holding `count` stickies in a grid: big enough to meet the rate limit. */
export function stickyGridPlan(count: number, columns = 50): BoardPlan {
  const rows = Math.ceil(count / columns);
  const frame: PlanItem = {
    id: 'grid',
    kind: 'frame',
    parentId: null,
    x: 0,
    y: 0,
    width: columns * 220 + 40,
    height: rows * 250 + 40,
    props: { title: 'Grid', fillColor: '#ffffff' },
    meta: { role: 'frame' },
  };
  const stickies = Array.from(
    { length: count },
    (_, i): PlanItem => ({
      id: `s${i}`,
      kind: 'sticky',
      parentId: 'grid',
      x: 20 + (i % columns) * 220,
      y: 20 + Math.floor(i / columns) * 250,
      width: 199,
      height: 228,
      props: { text: `Note ${i}`, color: 'light_yellow', shape: 'square' },
      meta: { role: 'card' },
    }),
  );
  return {
    planVersion: 1,
    templateId: 'grid',
    templateVersion: 1,
    locale: 'en',
    title: 'Grid',
    items: [frame, ...stickies],
    connectors: [],
  };
}
