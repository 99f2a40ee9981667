import { describe, expect, it } from 'vitest';
import type { BoardPlan, FrameItem, TextItem } from './board-plan.ts';
import { paperSizes, planBounds, printMarginMm, printScale, smallestFont } from './print-scale.ts';

function planOf(width: number, height: number, fontSize: number): BoardPlan {
  const frame: FrameItem = {
    id: 'f',
    kind: 'frame',
    parentId: null,
    x: 0,
    y: 0,
    width,
    height,
    props: { title: 'F', fillColor: '#ffffff' },
    meta: { role: 'frame' },
  };
  const text: TextItem = {
    id: 't',
    kind: 'text',
    parentId: 'f',
    x: 10,
    y: 10,
    width: 100,
    height: 40,
    props: { text: 'x', fontSize },
    meta: { role: 'label' },
  };
  return {
    planVersion: 1,
    templateId: 't',
    templateVersion: 1,
    locale: 'en',
    title: 'F',
    items: [frame, text],
    connectors: [],
  };
}

describe('printScale', () => {
  it.each([
    { name: 'a wide plan prints landscape', width: 4000, height: 1000, orientation: 'landscape' },
    { name: 'a tall plan prints portrait', width: 1000, height: 4000, orientation: 'portrait' },
  ])('$name', ({ width, height, orientation }) => {
    const scale = printScale(planOf(width, height, 28), 'A3');
    expect(scale.orientation).toBe(orientation);
    const bounds = planBounds(planOf(width, height, 28));
    expect(bounds.width * scale.mmPerUnit).toBeLessThanOrEqual(scale.widthMm - 2 * printMarginMm + 1e-9);
    expect(bounds.height * scale.mmPerUnit).toBeLessThanOrEqual(scale.heightMm - 2 * printMarginMm + 1e-9);
  });

  it.each([
    { name: 'a small plan is legible on A3', width: 2000, height: 1400, paper: 'A3' as const, legible: true },
    {
      name: 'a huge plan is not legible on A3',
      width: 4000,
      height: 9000,
      paper: 'A3' as const,
      legible: false,
    },
    {
      name: 'but it is on A1, twice as large',
      width: 4000,
      height: 8000,
      paper: 'A1' as const,
      legible: true,
    },
  ])('$name', ({ width, height, paper, legible }) => {
    const scale = printScale(planOf(width, height, 28), paper);
    expect(scale.minFontMm).toBeCloseTo(28 * scale.mmPerUnit);
    expect(scale.legible).toBe(legible);
  });

  it('scales A1 twice as large as A3 (ISO 216)', () => {
    const plan = planOf(3000, 2000, 28);
    expect(printScale(plan, 'A1').mmPerUnit / printScale(plan, 'A3').mmPerUnit).toBeCloseTo(
      (paperSizes.A1.width - 2 * printMarginMm) / (paperSizes.A3.width - 2 * printMarginMm),
    );
  });

  it('takes the smallest font of the plan', () => {
    expect(smallestFont(planOf(100, 100, 12))).toBe(12);
  });
});
