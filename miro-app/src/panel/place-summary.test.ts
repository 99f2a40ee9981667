import { describe, expect, it } from 'vitest';
import { builtInTemplates, layoutTemplate } from '../../../shared/index.ts';
import { createVirtualClock, generateBoard, listGeneratedBoards } from '../board/index.ts';
import { createStandInBoard } from '../board/stand-in/index.ts';
import { placeSummary } from './place-summary.ts';
import { summaryTemplateIds } from './summary-plan.ts';

function summaryInput(line: string) {
  return {
    templateId: summaryTemplateIds.harvest,
    locale: 'en' as const,
    title: 'Harvest of all boards',
    sections: [{ heading: 'What we agreed', lines: [line] }],
  };
}

async function boardWithCanvas() {
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock });
  const template = builtInTemplates[0];
  if (!template) throw new Error('no templates');
  await generateBoard(board, layoutTemplate(template, { locale: 'en' }), { clock });
  return board;
}

const texts = (board: ReturnType<typeof createStandInBoard>) =>
  board.inspect
    .items()
    .map((item) => ('content' in item ? String(item.content ?? '') : ''))
    .join('\n');

describe('writing the harvest summary to the board', () => {
  it('replaces the summary it wrote before for the same scope instead of adding a second', async () => {
    const board = await boardWithCanvas();
    const first = await placeSummary(board, summaryInput('first version'), { replaceScope: 'all' });
    expect(first.replaced).toBe(false);
    const itemsAfterFirst = board.inspect.items().length;
    const second = await placeSummary(board, summaryInput('second version'), { replaceScope: 'all' });
    expect(second.replaced).toBe(true);
    const summaries = (await listGeneratedBoards(board)).filter(
      (r) => r.templateId === summaryTemplateIds.harvest,
    );
    expect(summaries.map((r) => r.id)).toEqual([second.record.id]);
    expect(board.inspect.items().length).toBe(itemsAfterFirst);
    expect(texts(board)).toContain('second version');
    expect(texts(board)).not.toContain('first version');
  });

  it('keeps one summary per scope: another board’s summary stays', async () => {
    const board = await boardWithCanvas();
    const other = await placeSummary(board, summaryInput('one board'), { replaceScope: 'abc123' });
    await placeSummary(board, summaryInput('all boards'), { replaceScope: 'all' });
    await placeSummary(board, summaryInput('all boards again'), { replaceScope: 'all' });
    const ids = (await listGeneratedBoards(board))
      .filter((r) => r.templateId === summaryTemplateIds.harvest)
      .map((r) => r.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(other.record.id);
  });

  it('leaves the old summary standing when the new one fails', async () => {
    const board = await boardWithCanvas();
    const first = await placeSummary(board, summaryInput('kept'), { replaceScope: 'all' });
    const controller = new AbortController();
    controller.abort();
    await expect(
      placeSummary(board, summaryInput('never'), { replaceScope: 'all', signal: controller.signal }),
    ).rejects.toThrow();
    const ids = (await listGeneratedBoards(board)).map((r) => r.id);
    expect(ids).toContain(first.record.id);
    expect(texts(board)).toContain('kept');
  });
});
