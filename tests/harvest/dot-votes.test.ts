import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../miro-app/src/board/board-clock.ts';
import { generateBoard, readBoardSnapshot } from '../../miro-app/src/board/index.ts';
import { createStandInBoard, type StandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { runCli } from '../../shared/cli/run-cli.ts';
import {
  assessDots,
  findTemplate,
  harvestReading,
  isDotItem,
  layoutTemplate,
  renderDotChartSvg,
  renderHarvestCsv,
  renderHarvestJson,
  renderHarvestMinutes,
} from '../../shared/index.ts';
import { createFakeIo } from '../cli/fake-io.ts';

/** Puts `count` dots (Miro circles of 40) into the zone's shape, as participants place them. */
function placeDots(standIn: StandInBoard, zoneShapeId: string, count: number) {
  const box = standIn.inspect.absoluteBox(zoneShapeId);
  for (let i = 0; i < count; i += 1)
    standIn.inspect.seed('shape', {
      shape: 'circle',
      x: box.left + 30 + i * 45,
      y: box.top + box.height - 30,
      width: 40,
      height: 40,
      style: { fillColor: '#e0245e' },
    });
}

async function votedBoard() {
  const template = findTemplate('seven-characteristics');
  if (!template) throw new Error('seven characteristics are built in');
  const clock = createVirtualClock();
  const standIn = createStandInBoard({ clock });
  const plan = layoutTemplate(template, { locale: 'en' });
  await generateBoard(standIn, plan, { clock });
  const before = await readBoardSnapshot(standIn, { clock });
  const zoneShape = (zoneId: string) => {
    const item = before.items.find((entry) => entry.role === 'zone' && entry.zoneId === zoneId);
    if (!item) throw new Error(`no zone ${zoneId}`);
    return item.id;
  };
  // Three characteristics get dots: 5, 2 and 1 (and a dot outside every zone counts for none).
  placeDots(standIn, zoneShape('citizen-value.clear'), 5);
  placeDots(standIn, zoneShape('learning.clear'), 2);
  placeDots(standIn, zoneShape('complex.clear'), 1);
  standIn.inspect.seed('shape', { shape: 'circle', x: -5000, y: -5000, width: 40, height: 40 });
  return readBoardSnapshot(standIn, { clock });
}

describe('dot votes from the board to an assessment', () => {
  it('the adapter reads shape names, so the core tells dots from zones', async () => {
    const reading = await votedBoard();
    const dots = reading.items.filter(isDotItem);
    expect(dots).toHaveLength(9);
    // Generated zone shapes are rectangles, never dots.
    expect(reading.items.filter((item) => item.role === 'zone').some(isDotItem)).toBe(false);
  });

  it('counts dots in three characteristics, shares of the whole, strongest and weakest', async () => {
    const outcome = harvestReading(await votedBoard());
    if (!outcome.ok) throw new Error(outcome.error.message);
    const [assessment] = assessDots(outcome.result);
    if (!assessment) throw new Error('no assessment');
    // Every one of the seven characteristics is assessed, those without dots at 0.
    expect(assessment.scores).toHaveLength(7);
    expect(assessment.total).toBe(8);
    const byZone = Object.fromEntries(assessment.scores.map((s) => [s.zoneId, s.count]));
    expect(byZone).toMatchObject({
      'citizen-value.clear': 5,
      'learning.clear': 2,
      'complex.clear': 1,
      'current.clear': 0,
    });
    expect(assessment.scores.find((s) => s.zoneId === 'citizen-value.clear')).toMatchObject({
      label: 'Value for citizens',
      share: 5 / 8,
    });
    expect(assessment.strongest).toEqual(['citizen-value.clear']);
    expect(assessment.weakest).toEqual([
      'current.clear',
      'cross-cutting.clear',
      'innovation.clear',
      'new-perspectives.clear',
    ]);

    // The chart's bars are the counts, longest for the strongest.
    const svg = renderDotChartSvg(assessment, 'en');
    const bars = [
      ...svg.matchAll(
        /data-zone="([^"]+)" data-dots="(\d+)"><text[^>]*>[^<]*<\/text><rect[^>]* width="([\d.]+)"/g,
      ),
    ];
    expect(bars.map((m) => [m[1], Number(m[2])])).toEqual(assessment.scores.map((s) => [s.zoneId, s.count]));
    const width = (zone: string) => Number(bars.find((m) => m[1] === zone)?.[3]);
    expect(width('learning.clear') / width('citizen-value.clear')).toBeCloseTo(2 / 5);
    expect(width('current.clear')).toBe(0);
    expect(svg).toContain('5 (63 %)');

    // CSV and JSON carry the numbers; the minutes say them.
    const csv = renderHarvestCsv(outcome.result, 'en');
    expect(csv.split('\r\n')[0]).toContain('Dots,Share (%)');
    expect(csv).toContain('Value for citizens · Clear — how?,,,5,63');
    const json = JSON.parse(renderHarvestJson(outcome.result));
    expect(
      json.assessments[0].scores.find((s: { zoneId: string }) => s.zoneId === 'learning.clear'),
    ).toMatchObject({
      count: 2,
      share: 0.25,
    });
    expect(renderHarvestMinutes(outcome.result, 'da')).toContain('Value for citizens: 5 prikker (63 %)');
  });

  it('no dots at all: every voting zone at 0, no strongest or weakest', () => {
    const result = {
      boards: [
        {
          boardId: 'b',
          templateId: 't',
          title: 'B',
          zones: [
            { zoneId: 'a', title: 'A', notes: [], vote: true as const, dots: 0 },
            { zoneId: 'b', title: 'B', notes: [], vote: true as const, dots: 0 },
          ],
        },
      ],
      unplaced: [],
      skipped: [],
    };
    expect(assessDots(result)).toEqual([expect.objectContaining({ total: 0, strongest: [], weakest: [] })]);
  });

  it('netverk harvest does the same from the board reading: CSV and JSON numbers, an SVG chart', async () => {
    const reading = JSON.stringify(await votedBoard());
    for (const [format, expected] of [
      ['csv', 'Value for citizens · Clear — how?,,,5,63'],
      ['json', '"count": 5'],
      ['svg', 'data-dots="5"'],
    ] as const) {
      const fake = createFakeIo({ 'reading.json': reading });
      expect(await runCli(['harvest', 'reading.json', '--format', format, '--lang', 'en'], fake.io)).toBe(0);
      expect(fake.stdout()).toContain(expected);
    }
  });
});
