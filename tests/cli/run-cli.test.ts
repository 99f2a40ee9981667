import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { builtInTemplates, themeCanvasForTests } from './cli-fixtures.ts';
import { createFakeIo } from './fake-io.ts';

async function run(argv: string[], files: Record<string, string> = {}, localeTag?: string) {
  const fake = createFakeIo(files, localeTag);
  const code = await runCli(argv, fake.io);
  return { code, ...fake, out: fake.stdout(), err: fake.stderr() };
}

describe('usage', () => {
  it('without a command prints the overview and exits 2', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(2);
    expect(out).toContain('templates');
    expect(out).toContain('check-meeting');
  });

  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['templates', '--colour', 'red'], /Unknown option --colour/],
    [['plan'], /Missing argument: <template-id>/],
    [['plan', 'theme-canvas', '--format', 'pdf'], /--format must be one of json, svg, excalidraw, not "pdf"/],
    [['plan', 'theme-canvas', '--participants', 'many'], /whole number from 1 to 40/],
    [['plan', 'theme-canvas', '--format'], /needs a value/],
    [['validate', 'a.json', 'b.json'], /Unexpected argument "b.json"/],
  ])('%j exits 2 with a clear message', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it.each(['da', 'sv', 'en'])('--help speaks %s', async (lang) => {
    const { code, out } = await run(['plan', '--help', '--lang', lang]);
    expect(code).toBe(0);
    expect(out).toContain(
      `netverk plan ${{ da: '<skabelon-id>', sv: '<mall-id>', en: '<template-id>' }[lang]}`,
    );
    expect(out).toMatch({ da: /tavleplanen/, sv: /tavelplanen/, en: /board plan/ }[lang] as RegExp);
  });

  it('takes the language from the environment', async () => {
    const { err } = await run(['frobnicate'], {}, 'sv_SE.UTF-8');
    expect(err).toMatch(/Okänt kommando/);
  });
});

describe('templates', () => {
  it('lists the whole catalogue as JSON', async () => {
    const { code, out } = await run(['templates', '--format', 'json', '--lang', 'da']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { id: string; title: string }[];
    expect(rows.map((r) => r.id)).toEqual(builtInTemplates.map((t) => t.id));
    expect(rows[0]?.title).toBe(builtInTemplates[0]?.title.da);
  });

  it('adds an organisation pack over the built-ins', async () => {
    const custom = { ...themeCanvasForTests, id: 'our-canvas' };
    const { code, out } = await run(['templates', '--pack', 'pack.json'], {
      'pack.json': JSON.stringify(custom),
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^our-canvas /m);
  });
});

describe('plan', () => {
  it('prints a JSON board plan with the theme seeded', async () => {
    const { code, out } = await run([
      'plan',
      'theme-canvas',
      '--theme',
      'Ensomhed blandt ældre',
      '--lang',
      'da',
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect(plan.templateId).toBe('theme-canvas');
    expect(plan.locale).toBe('da');
    expect(JSON.stringify(plan.items)).toContain('Ensomhed blandt ældre');
  });

  it('prints SVG', async () => {
    const { code, out } = await run(['plan', 'seven-characteristics', '--format', 'svg']);
    expect(code).toBe(0);
    expect(out.trimStart().startsWith('<svg') || out.trimStart().startsWith('<?xml')).toBe(true);
  });

  it('names an unknown template and exits 1', async () => {
    const { code, err } = await run(['plan', 'nope', '--lang', 'sv']);
    expect(code).toBe(1);
    expect(err).toMatch(/ingen mall med id:t "nope"/);
  });
});

describe('decide', () => {
  it('without answers prints the questions', async () => {
    const { code, out } = await run(['decide', '--lang', 'sv']);
    expect(code).toBe(0);
    const questions = JSON.parse(out) as {
      id: string;
      text: string;
      options: { id: string; text: string }[];
    }[];
    expect(questions.length).toBeGreaterThan(2);
    for (const q of questions) expect(q.options.length).toBeGreaterThan(1);
  });

  it('with answers prints a network type', async () => {
    const questions = JSON.parse((await run(['decide'])).out) as { id: string; options: { id: string }[] }[];
    const answers = questions.map((q) => `${q.id}=${q.options[0]?.id}`).join(',');
    const { code, out } = await run(['decide', '--answers', answers]);
    expect(code).toBe(0);
    expect(['innovation', 'welfare', 'learning']).toContain(JSON.parse(out).type);
  });

  it.each([['nonsense'], ['nope=yes']])('rejects answers %s with exit 1', async (answers) => {
    const { code, err } = await run(['decide', '--answers', answers]);
    expect(code).toBe(1);
    expect(err.length).toBeGreaterThan(0);
  });
});

describe('check-meeting', () => {
  const meeting = {
    title: 'Nätverksträff HR',
    description: '',
    start: '2026-11-24T09:00:00+01:00',
    end: '2026-11-24T09:30:00+01:00',
    attendees: 12,
  };

  it('prints prompts as JSON', async () => {
    const { code, out } = await run(['check-meeting', 'm.json', '--lang', 'sv'], {
      'm.json': JSON.stringify(meeting),
    });
    expect(code).toBe(0);
    const prompts = JSON.parse(out) as { id: string; severity: string; message: string }[];
    expect(prompts.length).toBeGreaterThan(2);
    for (const p of prompts) expect(['info', 'warning', 'error']).toContain(p.severity);
  });

  it('names the JSON path of a bad field and exits 1', async () => {
    const { code, err } = await run(['check-meeting', 'm.json'], {
      'm.json': JSON.stringify({ ...meeting, start: 'tomorrow' }),
    });
    expect(code).toBe(1);
    expect(err).toContain('$.start');
  });

  it.each([
    [{}, /Cannot read missing.json/],
    [{ 'missing.json': '{"title":' }, /not valid JSON/],
  ])('unreadable or malformed file exits 1', async (files, message) => {
    const { code, err } = await run(['check-meeting', 'missing.json'], files as Record<string, string>);
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });
});

describe('validate', () => {
  it('accepts a valid template', async () => {
    const { code, out } = await run(['validate', 't.json'], {
      't.json': JSON.stringify(themeCanvasForTests),
    });
    expect(code).toBe(0);
    expect(out).toContain('theme-canvas');
  });

  it('rejects a broken one with every JSON path, in Danish', async () => {
    const broken = { ...themeCanvasForTests, id: 'Bad Id', title: { da: 'x', sv: 'x' } };
    const { code, err } = await run(['validate', 't.json', '--lang', 'da'], {
      't.json': JSON.stringify(broken),
    });
    expect(code).toBe(1);
    expect(err).toContain('$.id');
    expect(err).toContain('$.title.en');
    expect(err).toMatch(/ikke gyldig/);
  });
});

describe('harvest', () => {
  it('rejects something that is no board reading with exit 1, naming the path in Swedish', async () => {
    const { code, err } = await run(['harvest', 's.json', '--lang', 'sv'], {
      's.json': '{"readingVersion": 1, "items": 3}',
    });
    expect(code).toBe(1);
    expect(err).toMatch(/är inte giltig/);
    expect(err).toMatch(/\$\.items: \S/);
  });

  it('rejects a raw Miro snapshot: only the app decodes Miro, the CLI reads its board reading', async () => {
    const { code, err } = await run(['harvest', 's.json'], {
      's.json': JSON.stringify({ snapshotVersion: 1, items: [] }),
    });
    expect(code).toBe(1);
    expect(err).toMatch(/\$\.readingVersion: \S/);
  });

  it('harvests notes per zone from a generated board', async () => {
    const generated = (role: string, zoneId?: string) => ({
      boardId: 'b1',
      templateId: 'theme-canvas',
      role,
      ...(zoneId ? { zoneId } : {}),
    });
    // A board reading as the Harvest tab downloads it: absolute top-left rectangles, plain text.
    const reading = {
      readingVersion: 1,
      items: [
        {
          id: 'f',
          kind: 'frame',
          x: 0,
          y: 0,
          width: 1000,
          height: 1000,
          text: 'Temaduk',
          ...generated('frame'),
        },
        {
          id: 'z',
          kind: 'shape',
          x: 50,
          y: 50,
          width: 400,
          height: 400,
          text: 'Temat i dag',
          ...generated('zone', 'theme'),
        },
        { id: 's', kind: 'sticky', x: 100.5, y: 86, width: 199, height: 228, text: 'Äldres ensamhet & mere' },
        { id: 't', kind: 'sticky', x: 200.5, y: 300, width: 199, height: 0, text: '=SUM(A1)' },
      ],
      boards: [],
    };
    const { code, out } = await run(['harvest', 's.json', '--format', 'csv', '--lang', 'da'], {
      's.json': JSON.stringify(reading),
    });
    expect(code).toBe(0);
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out).toContain('Temaduk;Temaskema;Temat i dag;Äldres ensamhet & mere;');
    // A note that looks like a formula is written as text, so Excel does not run it.
    expect(out).toContain("Temat i dag;'=SUM(A1);");
  });

  it('turns an empty board into an empty result', async () => {
    const { code, out } = await run(['harvest', 's.json', '--format', 'json'], {
      's.json': JSON.stringify({ readingVersion: 1, items: [] }),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).boards).toEqual([]);
  });
});

describe('pack', () => {
  it('writes every template as SVG and JSON, the agenda and the series', async () => {
    const { code, written } = await run([
      'pack',
      '--out',
      'pack',
      '--network',
      'HR',
      '--participants',
      '12',
      '--lang',
      'da',
    ]);
    expect(code).toBe(0);
    for (const t of builtInTemplates) {
      expect(written.get(`pack/${t.id}.svg`)).toMatch(/<svg/);
      expect(JSON.parse(written.get(`pack/${t.id}.json`) ?? '{}').templateId).toBe(t.id);
    }
    expect(written.get('pack/meeting-agenda.md')).toMatch(/\n$/);
    // Boards too big for legible text on A3 are printed as A1 posters.
    expect(written.get('pack/success-factors.svg')).toContain('width="594mm"');
    expect(written.get('pack/theme-canvas.svg')).toContain('width="297mm"');
    expect(written.get('pack/index.md')).toContain('(A1)');
    const ics = written.get('pack/network-meetings.ics') ?? '';
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=4;COUNT=6');
    // The default first meeting is a Tuesday at least three weeks ahead, at 09:00 local (+01:00),
    // in the zone that offset means for a Danish user.
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20261215T090000');
  });

  it('needs --out', async () => {
    const { code } = await run(['pack']);
    expect(code).toBe(1);
  });

  it('rejects a start without an offset', async () => {
    const { code, err } = await run(['pack', '--out', 'x', '--start', '2026-12-01 09:00']);
    expect(code).toBe(1);
    expect(err).toMatch(/--start/);
  });
});
