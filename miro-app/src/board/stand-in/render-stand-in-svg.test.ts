import { describe, expect, it } from 'vitest';
import { estimateTextBox, textMetrics } from '../../../../shared/index.ts';
import { textToMiroHtml } from '../text-to-miro-html.ts';
import { createStandInBoard } from './create-stand-in-board.ts';
import { fitStickyText, outlinePoint, renderStandInSvg, setTextLines } from './render-stand-in-svg.ts';

describe('renderStandInSvg', () => {
  it('draws every item in absolute coordinates, text escaped', async () => {
    const board = createStandInBoard();
    const frame = await board.createFrame({ title: 'Frame & <co>', x: 400, y: 300, width: 800, height: 600 });
    const note = await board.createStickyNote({
      x: 200,
      y: 200,
      content: textToMiroHtml('<script>alert(1)</script> & "q"'),
    });
    await frame.add(note);
    const zone = await board.createShape({
      x: 600,
      y: 200,
      shape: 'rhombus',
      content: textToMiroHtml('Zone'),
    });
    await board.createConnector({
      start: { item: note.id },
      end: { item: zone.id },
      captions: [{ content: '<p>yes</p>' }],
    });
    const svg = renderStandInSvg(board);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Frame &amp; &lt;co&gt;');
    expect(svg).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</tspan>');
    expect(svg).toContain('>&amp; &quot;q&quot;</tspan>');
    expect(svg).not.toContain('<script');
    expect(svg).toContain(`<g data-id="${note.id}" data-type="sticky_note"><rect x="${200 - 199 / 2}"`);
    expect(svg).toContain('<polygon');
    expect(svg.match(/data-type="connector"/g)).toHaveLength(1);
    expect(svg).toContain('>yes</text>');
  });

  it('draws an empty board as an empty canvas', () => {
    const svg = renderStandInSvg(createStandInBoard());
    expect(svg).not.toContain('<g ');
    expect(svg).toContain('viewBox="-80 -80 160 160"');
  });

  it('ends connectors on the outlines of their items, not at their centres', async () => {
    const board = createStandInBoard();
    const a = await board.createShape({ x: 0, y: 0, width: 200, height: 100, shape: 'rectangle' });
    const b = await board.createShape({ x: 600, y: 0, width: 200, height: 200, shape: 'rhombus' });
    const c = await board.createShape({ x: 0, y: 400, width: 100, height: 100, shape: 'circle' });
    await board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    await board.createConnector({ start: { item: a.id }, end: { item: c.id, snapTo: 'top' } });
    await board.createConnector({ start: { item: a.id }, end: { item: b.id, position: { x: 0.5, y: 1 } } });
    const lines = [
      ...renderStandInSvg(board).matchAll(/<line x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)"/g),
    ].map((m) => m.slice(1).map(Number));
    // Right side of the rectangle to the rhombus's left corner.
    expect(lines[0]).toEqual([100, 0, 500, 0]);
    // Bottom of the rectangle to the circle's top.
    expect(lines[1]).toEqual([0, 50, 0, 350]);
    // To a given point on the rhombus's box (its bottom corner), from where the rectangle's edge faces it.
    expect(lines[2]?.slice(2)).toEqual([600, 100]);
    expect(lines[2]?.[0]).toBeCloseTo(100);
  });
});

describe('outlinePoint', () => {
  const box = { left: 0, top: 0, width: 200, height: 100 };
  it.each([
    ['rectangle', 1, 0, 200, 50],
    ['rectangle', 0, -1, 100, 0],
    ['rectangle', 1, 1, 150, 100],
    ['rhombus', 1, 1, 100 + 100 / 3, 50 + 100 / 3],
    ['circle', 0, 1, 100, 100],
  ])('%s towards (%d, %d) → (%d, %d)', (shape, dx, dy, x, y) => {
    const point = outlinePoint(box, shape, dx, dy);
    expect(point.x).toBeCloseTo(x);
    expect(point.y).toBeCloseTo(y);
  });
});

describe('fitStickyText', () => {
  it('keeps a short note large and shrinks a long one until it fits, words whole', () => {
    const short = fitStickyText('Hi', { width: 199, height: 228 });
    const long = fitStickyText('Loneliness among older citizens is growing in every district', {
      width: 120,
      height: 137,
    });
    expect(short.fontSize).toBeGreaterThan(long.fontSize);
    expect(long.lines.join(' ')).toBe('Loneliness among older citizens is growing in every district');
    expect(long.lines.length * long.fontSize * 1.3).toBeLessThanOrEqual(137);
  });

  it('breaks a word only when even the smallest size cannot hold it', () => {
    const fitted = fitStickyText('x'.repeat(200), { width: 120, height: 137 });
    expect(fitted.fontSize).toBe(6);
    expect(fitted.lines.length).toBeGreaterThan(1);
  });
});

describe('preview text set as the layout sets it', () => {
  it('wraps by the core’s Helvetica measure, the lines the layout measured', () => {
    const text = 'Det har jeg brug for fra netværket, og det kan jeg give til de andre';
    expect(setTextLines(text, 28, 300, Number.POSITIVE_INFINITY)).toEqual(
      estimateTextBox(text, 28, 300).lines,
    );
  });

  it('cuts what does not fit its box with "…", within the width', () => {
    const text = 'Idéer til gæster, der kan fortælle om noget, vi ikke selv ved nok om endnu';
    const lineHeight = 28 * textMetrics.lineHeight;
    const lines = setTextLines(text, 28, 300, lineHeight * 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines)
      expect(estimateTextBox(line, 28, Number.POSITIVE_INFINITY).width).toBeLessThanOrEqual(300);
    expect(setTextLines('Kort', 28, 300, lineHeight)).toEqual(['Kort']);
  });
});
