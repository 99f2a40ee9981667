import { describe, expect, it } from 'vitest';
import {
  createVirtualClock,
  generateBoard,
  miroHtmlToText,
  type PortFrame,
  readBoardSnapshot,
  readMiroBoard,
  textToMiroHtml,
} from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { type BoardPlan, findTemplate, harvestReading, layoutTemplate } from '../../shared/index.ts';
import { samplePlan } from '../fixtures/sample-plan.ts';

function themeCanvas() {
  const template = findTemplate('theme-canvas');
  if (!template) throw new Error('the theme canvas is built in');
  return template;
}

/** What people type that breaks naive HTML handling. */
const hostile = [
  '<script>alert("x")</script>',
  '<b>not bold</b> & <i>not italic</i> &amp; &lt;',
  "Tom & Jerry's \"quoted\" <tag attr='1'>",
  'emoji 🧑‍🤝‍🧑 👍🏽 🇩🇰',
  'עברית and عربي mixed \u202Ereversed\u202C',
  'two\nlines\n\nand a blank one',
  '  spaces kept  ',
];

/** A sticky whose content is exactly 5,999 characters of HTML: Miro's largest. */
const longest = 'æ'.repeat(5_999 - '<p></p>'.length);

function hostilePlan(): BoardPlan {
  const plan = samplePlan();
  const [frame, title, left, right, seed, node, answer] = plan.items;
  if (frame?.kind !== 'frame' || title?.kind !== 'text' || left?.kind !== 'shape' || right?.kind !== 'shape')
    throw new Error('sample plan changed');
  if (seed?.kind !== 'sticky' || node?.kind !== 'shape' || answer?.kind !== 'shape')
    throw new Error('sample plan changed');
  frame.props.title = hostile[2] ?? '';
  title.props.text = hostile[0] ?? '';
  left.props.text = hostile[1] ?? '';
  right.props.text = hostile[5] ?? '';
  seed.props.text = hostile[3] ?? '';
  node.props.text = hostile[4] ?? '';
  answer.props.text = hostile[6] ?? '';
  const [connector] = plan.connectors;
  if (connector) connector.props.caption = hostile[1] ?? '';
  return plan;
}

describe('hostile text round trip', () => {
  it('keeps every generated text exactly, through Miro HTML and back', async () => {
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock });
    const plan = hostilePlan();
    await generateBoard(board, plan, { clock });
    const snapshot = await readMiroBoard(board, { clock });
    const read = snapshot.items.map((item) =>
      item.type === 'frame' ? item.title : miroHtmlToText(item.content ?? ''),
    );
    const planned = plan.items.map((item) => (item.kind === 'frame' ? item.props.title : item.props.text));
    expect(read.sort()).toEqual(planned.sort());
    const [connector] = board.inspect.items().filter((item) => item.type === 'connector');
    const caption = (connector?.captions as { content: string }[] | undefined)?.[0]?.content ?? '';
    expect(miroHtmlToText(caption)).toBe(hostile[1]);
    expect(JSON.stringify(snapshot)).not.toContain('<script');
    // The reading the core gets holds the same texts, decoded to what was typed.
    const reading = await readBoardSnapshot(board, { clock });
    expect(reading.items.map((item) => item.text).sort()).toEqual(planned.sort());
  });

  it('seeds a hostile theme through the layout and keeps it', async () => {
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock });
    const theme = hostile.slice(0, 5).join(' ');
    const plan = layoutTemplate(themeCanvas(), {
      locale: 'da',
      theme,
    });
    await generateBoard(board, plan, { clock });
    const snapshot = await readMiroBoard(board, { clock });
    const seedIds = new Set(
      snapshot.boards.flatMap((entry) => entry.items.filter(([, role]) => role === 'seed').map(([id]) => id)),
    );
    const seeds = snapshot.items.filter((item) => seedIds.has(item.id));
    expect(seeds.map((seed) => miroHtmlToText(seed.content ?? ''))).toContain(theme);
    const reading = await readBoardSnapshot(board, { clock });
    expect(reading.items.filter((item) => item.role === 'seed').map((seed) => seed.text)).toContain(theme);
  });

  it("harvests what participants typed exactly, up to Miro's longest note", async () => {
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock });
    const record = await generateBoard(board, samplePlan(), { clock, placement: 'plan' });
    const frame = (await board.getById(record.frameId)) as PortFrame;
    const typed = [...hostile, longest];
    for (const [i, text] of typed.entries()) {
      // As a participant would: a note on the left zone, in the frame.
      const note = await board.createStickyNote({
        x: 100 + (i % 4) * 110,
        y: 200 + Math.floor(i / 4) * 120,
        width: 80,
        content: textToMiroHtml(text),
      });
      await frame.add(note);
    }
    expect(textToMiroHtml(longest)).toHaveLength(5_999);
    const harvest = harvestReading(await readBoardSnapshot(board, { clock }));
    if (!harvest.ok) throw new Error(harvest.error.message);
    const left = harvest.result.boards[0]?.zones.find((zone) => zone.zoneId === 'left');
    expect(left?.notes.map((note) => note.text).sort()).toEqual(typed.sort());
  });

  it('refuses content too long for Miro; a plan text too long once escaped is cut, never refused', async () => {
    const board = createStandInBoard();
    await expect(board.createStickyNote({ content: textToMiroHtml(`${longest}æ`) })).rejects.toThrow(
      /under 6000 characters/,
    );
    const plan = samplePlan();
    const seed = plan.items.find((item) => item.kind === 'sticky');
    if (seed?.kind === 'sticky') seed.props.text = `${longest}æ`;
    await generateBoard(board, plan, { placement: 'plan' });
    const note = board.inspect.items().find((item) => item.type === 'sticky_note');
    expect(String(note?.content)).toMatch(/^<p>æ+…<\/p>$/);
    expect(String(note?.content).length).toBeLessThan(6_000);
    expect(String(note?.content).length).toBeGreaterThan(5_990);
  });
});
