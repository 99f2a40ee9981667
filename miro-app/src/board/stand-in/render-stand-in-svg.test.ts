import { describe, expect, it } from 'vitest';
import { textToMiroHtml } from '../../../../shared/index.ts';
import { createStandInBoard } from './create-stand-in-board.ts';
import { renderStandInSvg } from './render-stand-in-svg.ts';

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
});
