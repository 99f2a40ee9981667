import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../../shared/index.ts';
import { samplePlan } from '../../../tests/fixtures/sample-plan.ts';
import {
  connectorProps,
  frameProps,
  planCentre,
  shapeProps,
  stickyProps,
  textProps,
} from './plan-to-miro.ts';

const plan = samplePlan();
const item = <K extends PlanItem['kind']>(id: string, kind: K) =>
  plan.items.find((i) => i.id === id && i.kind === kind) as Extract<PlanItem, { kind: K }>;

describe('plan to Miro', () => {
  it.each([
    ['at the origin', { x: 0, y: 0, width: 100, height: 40 }, { x: 0, y: 0 }, { x: 50, y: 20 }],
    [
      'shifted by the placement',
      { x: 10, y: -30, width: 20, height: 20 },
      { x: 1000, y: 5 },
      { x: 1020, y: -15 },
    ],
  ])('puts the centre %s', (_name, box, offset, centre) => {
    expect(planCentre(box, offset)).toEqual(centre);
  });

  it('turns each kind into its create props, text escaped into paragraphs', () => {
    const c = { x: 1, y: 2 };
    expect(frameProps(item('f1', 'frame'), c)).toEqual({
      title: 'Sample board',
      x: 1,
      y: 2,
      width: 1200,
      height: 800,
      style: { fillColor: '#ffffff' },
    });
    expect(textProps(item('t1', 'text'), c)).toEqual({
      content: '<p><strong>Sample board</strong></p>',
      x: 1,
      y: 2,
      width: 600,
      style: { fontFamily: 'arial', fontSize: 40 },
    });
    expect(shapeProps(item('z-left', 'shape'), c)).toMatchObject({
      shape: 'rectangle',
      content: '<p>Zone left</p><p>Put notes here</p>',
      height: 400,
      style: {
        fillColor: '#fff9b1',
        borderColor: '#c3c7cf',
        fontFamily: 'arial',
        fontSize: 24,
        textAlign: 'left',
        textAlignVertical: 'top',
      },
    });
    const sticky = stickyProps(
      { ...item('s1', 'sticky'), props: { text: 'a < b & "c"', color: 'cyan', shape: 'square' } },
      c,
    );
    expect(sticky).toEqual({
      content: '<p>a &lt; b &amp; &quot;c&quot;</p>',
      shape: 'square',
      x: 1,
      y: 2,
      width: 199,
      style: { fillColor: 'cyan' },
    });
    expect(sticky).not.toHaveProperty('height');
  });

  it('connects by Miro ids, with a caption only when the plan has one', () => {
    const [connector] = plan.connectors;
    if (!connector) throw new Error('sample plan has a connector');
    expect(connectorProps(connector, 'a', 'b')).toEqual({
      shape: 'elbowed',
      start: { item: 'a' },
      end: { item: 'b' },
      captions: [{ content: '<p>Yes</p>', position: 0.5 }],
    });
    const bare = { ...connector, props: { shape: 'straight' as const } };
    expect(connectorProps(bare, 'a', 'b')).not.toHaveProperty('captions');
  });

  it('rounds font sizes to whole numbers', () => {
    const shape = item('n1', 'shape');
    expect(
      shapeProps({ ...shape, props: { ...shape.props, fontSize: 23.6 } }, { x: 0, y: 0 }).style?.fontSize,
    ).toBe(24);
  });
});
