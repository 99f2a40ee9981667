import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { builtInSessions, builtInTemplates, prepareSession, type Session } from '../../shared/index.ts';
import { createFakeIo, fsError } from './fake-io.ts';
import { readPdf } from './read-pdf.ts';

async function run(argv: string[], files: Record<string, string> = {}) {
  const fake = createFakeIo(files);
  const code = await runCli(argv, fake.io);
  return { code, ...fake, out: fake.stdout(), err: fake.stderr() };
}

const find = (id: string) => builtInSessions.find((s) => s.id === id) as Session;
const wroteNothing = (r: Awaited<ReturnType<typeof run>>) =>
  r.written.size === 0 && r.bytes.size === 0 && r.dirs.size === 0;

/** A pack with its own copy of the canvas and a session using it, a built-in template and copies of an individual exercise. */
function packFile(): string {
  const canvas = structuredClone(builtInTemplates.find((t) => t.id === 'theme-canvas'));
  const session = {
    ...structuredClone(find('unfold-the-theme')),
    id: 'our-workshop',
    title: { da: 'Vores værksted', sv: 'Vår verkstad', en: 'Our workshop' },
    blocks: [
      { kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 5 },
      { kind: 'template', id: 'canvas', template: 'our-canvas', sections: ['canvas'], minutes: 30 },
      {
        kind: 'template',
        id: 'leaders',
        template: 'leader-competences',
        minutes: 25,
        perParticipantCopies: { maxCopies: 12 },
      },
      { kind: 'template', id: 'seven', template: 'seven-characteristics', minutes: 40, stretch: true },
    ],
  };
  return JSON.stringify({
    packVersion: 1,
    templates: [{ ...canvas, id: 'our-canvas' }],
    sessions: [session],
  });
}

describe('netverk sessions', () => {
  it.each([
    ['da', /så længe mødet varer \(standard 90 minutter\)/, /120 minutter · 3–30 deltagere/],
    ['sv', /så länge träffen varar \(standard 90 minuter\)/, /120 minuter · 3–30 deltagare/],
    ['en', /as long as the meeting \(default 90 minutes\)/, /120 minutes · 3–30 participants/],
  ])('lists every built-in session with its length and group (%s)', async (lang, fromUser, fixed) => {
    const { code, out } = await run(['sessions', '--lang', lang]);
    expect(code).toBe(0);
    for (const session of builtInSessions) expect(out).toContain(session.id);
    for (const session of builtInSessions) expect(out).toContain(session.title[lang as 'da' | 'sv' | 'en']);
    expect(out).toMatch(fromUser);
    expect(out).toMatch(fixed);
  });

  it('adds a pack’s own sessions, marked as from the pack, and as JSON', async () => {
    const text = await run(['sessions', '--pack', 'p.json', '--lang', 'en'], { 'p.json': packFile() });
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^our-workshop\s+Our workshop \(from the pack\) · 120 minutes/m);
    const json = await run(['sessions', '--pack', 'p.json', '--format', 'json'], { 'p.json': packFile() });
    const rows = JSON.parse(json.out) as { id: string; source: string }[];
    expect(rows.map((r) => r.id)).toEqual([...builtInSessions.map((s) => s.id), 'our-workshop']);
    expect(rows.at(-1)?.source).toBe('pack');
  });

  it('refuses a pack whose session names a template that does not exist, naming the JSON path', async () => {
    const broken = packFile().replace('"template":"our-canvas"', '"template":"no-such-canvas"');
    const { code, err } = await run(['sessions', '--pack', 'p.json', '--lang', 'da'], { 'p.json': broken });
    expect(code).toBe(1);
    expect(err).toContain('$.sessions[0].blocks[1].template');
    expect(err).toContain('Der findes ingen skabelon "no-such-canvas"');
  });
});

describe('netverk session: what it writes', () => {
  it('without --start: times since the start, no calendar file, minutes still add up', async () => {
    const r = await run(['session', 'choose-the-network-type', '--out', 'out', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect([...r.written.keys(), ...r.bytes.keys()].sort()).toEqual([
      'out/choose-the-network-type.excalidraw',
      'out/choose-the-network-type.md',
      'out/choose-the-network-type.pdf',
    ]);
    const text = readPdf(r.bytes.get('out/choose-the-network-type.pdf')).text(1);
    // Each row from its start to its end, counted from the session's start.
    const rows = [...text.matchAll(/^\s*(\d:\d{2})–(\d:\d{2})\s+(\d+)\s{2,}\S/gm)];
    expect(rows[0]?.slice(1, 3)).toEqual(['0:00', '0:05']);
    expect(rows.at(-1)?.[2]).toBe('1:00');
    expect(rows.reduce((sum, m) => sum + Number(m[3]), 0)).toBe(60);
    expect(r.written.get('out/choose-the-network-type.md')).toContain('### 0:00–0:05 · ');
    expect(r.err).toMatch(/Wrote 3 files to out\./);
  });

  it.each([
    ['open-network-meeting', 60],
    ['open-network-meeting', 180],
    ['unfold-the-theme', 150],
  ])('%s fills --minutes %i, the presentation round by the agenda rule', async (id, minutes) => {
    const r = await run(['session', id, '--out', 'o', '--minutes', String(minutes), '--participants', '14']);
    expect(r.code).toBe(0);
    const pdf = readPdf(r.bytes.get(`o/${id}.pdf`));
    // The A4 script's pages, before the posters.
    const text = pdf.text(1, pdf.papers.filter((paper) => paper === 'A4').length);
    const rows = [...text.matchAll(/^\s*\d{1,2}:\d{2}–\d{1,2}:\d{2}\s+(\d+)\s{2,}(\S.*?)\s{2,}/gm)];
    expect(rows.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(minutes);
    const order = prepareSession({ session: find(id), locale: 'en', participants: 14, minutes }).order;
    if (!order) throw new Error('no running order');
    expect(rows.map((m) => Number(m[1]))).toEqual(order.entries.map((e) => e.minutes));
  });

  it('names the network and theme in the script, with æøå, and prints one poster for a block of copies', async () => {
    const r = await run(
      [
        'session',
        'our-workshop',
        '--pack',
        'p.json',
        '--out',
        'o',
        '--lang',
        'da',
        '--participants',
        '14',
        '--network',
        'Ældreområdets netværk',
        '--theme',
        'Ensomhed blandt ældre på plejecentre',
      ],
      { 'p.json': packFile() },
    );
    expect(r.code).toBe(0);
    const pdf = readPdf(r.bytes.get('o/our-workshop.pdf'));
    const script = pdf.flat(1);
    expect(script).toContain('Netværk: Ældreområdets netværk');
    expect(script).toContain('Tema: Ensomhed blandt ældre på plejecentre');
    // 12 copies for 14 people: one poster in the PDF, the script says how many to print.
    expect(script).toContain("Plakat i A3 (bagest i PDF'en): print 12 eksemplarer");
    expect(pdf.papers.filter((p) => p !== 'A4')).toHaveLength(3);
    expect(pdf.flat()).toContain('Ensomhed blandt ældre på plejecentre');
  });

  it('keeps hostile text safe: markup is escaped in Markdown, the PDF is written', async () => {
    const network = '<script>alert(1)</script> **Net_værk** 🎉';
    const r = await run([
      'session',
      'unfold-the-theme',
      '--out',
      'o',
      '--network',
      network,
      '--theme',
      'x'.repeat(500),
    ]);
    expect(r.code).toBe(0);
    const md = r.written.get('o/unfold-the-theme.md') ?? '';
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*\\*Net\\_værk\\*\\*');
    expect(readPdf(r.bytes.get('o/unfold-the-theme.pdf')).flat(1)).toContain('alert(1)');
  });

  it.each(['network', 'theme'])(
    '--%s longer than the board takes is refused in the user’s language',
    async (option) => {
      const r = await run([
        'session',
        'unfold-the-theme',
        '--out',
        'o',
        `--${option}`,
        'æ'.repeat(501),
        '--lang',
        'sv',
      ]);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`--${option} får vara högst 500 tecken lång; den har 501.\n`);
      expect(wroteNothing(r)).toBe(true);
    },
  );

  it('tells when the group is outside what the session is written for, and times it all the same', async () => {
    const r = await run(['session', 'unfold-the-theme', '--out', 'o', '--participants', '1', '--lang', 'sv']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('är skrivet för 3–30 deltagare; ni är 1.');
  });

  it.each(['da', 'sv', 'en'] as const)('--help describes every option (%s)', async (lang) => {
    const { code, out } = await run(['session', '--help', '--lang', lang]);
    expect(code).toBe(0);
    for (const option of [
      '--out',
      '--participants',
      '--minutes',
      '--start',
      '--network',
      '--theme',
      '--pack',
    ])
      expect(out).toMatch(new RegExp(`^  ${option} \\S+ +\\S`, 'm'));
    expect(out).toContain(
      `netverk session ${{ da: '<forløbs-id>', sv: '<upplägg-id>', en: '<session-id>' }[lang]}`,
    );
  });
});

describe('netverk session: failures are one line in the user’s language, and nothing is written', () => {
  it('an unknown id lists the sessions there are', async () => {
    const r = await run(['session', 'team-building', '--out', 'o', '--lang', 'da']);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('Der findes intet forløb med id\'et "team-building"');
    for (const session of builtInSessions) expect(r.err).toContain(session.id);
    expect(wroteNothing(r)).toBe(true);
  });

  it.each([
    { id: 'unfold-the-theme', lang: 'sv', minutes: 60, participants: 12 },
    { id: 'start-up-network', lang: 'da', minutes: 60, participants: 40 },
    { id: 'open-network-meeting', lang: 'en', minutes: 15, participants: 30 },
  ] as const)(
    '$id ($minutes min, $participants people) does not fit: the message names the block to shorten',
    async (c) => {
      const { id, lang, participants } = c;
      const minutes = 'minutes' in c ? c.minutes : undefined;
      const options = [
        '--participants',
        String(participants),
        ...(minutes ? ['--minutes', String(minutes)] : []),
      ];
      const r = await run(['session', id, '--out', 'o', '--lang', lang, ...options]);
      const order = prepareSession({
        session: find(id),
        locale: lang,
        participants,
        ...(minutes === undefined ? {} : { minutes }),
      }).order;
      if (!order) throw new Error('no running order');
      expect(order.fits).toBe(false);
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      if (order.shorten?.title) expect(r.err).toContain(`“${order.shorten.title}”`);
      expect(r.err.trim()).toBe(order.warnings[0]);
      expect(wroteNothing(r)).toBe(true);
    },
  );

  it.each(['5', '601', 'ninety', '90.5', '-30'])('--minutes %s is wrong usage (exit 2)', async (value) => {
    const r = await run(['session', 'open-network-meeting', '--out', 'o', '--minutes', value]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--minutes must be a whole number from 10 to 600/);
    expect(wroteNothing(r)).toBe(true);
  });

  it.each(['tomorrow', '2026-13-01T09:00+01:00', '2026-12-01 09:00'])(
    '--start %s is refused',
    async (value) => {
      const r = await run(['session', 'unfold-the-theme', '--out', 'o', '--start', value, '--lang', 'da']);
      expect(r.code).toBe(1);
      expect(r.err).toBe(
        `Starten “${value}” er ikke en dato og et klokkeslæt; skriv fx 2027-03-16T09:00+01:00, eller 2027-03-16T09:00 med en tidszone.\n`,
      );
    },
  );

  it('a missing --out or id', async () => {
    expect((await run(['session', 'unfold-the-theme'])).err).toBe('Missing argument: --out DIR.\n');
    const noId = await run(['session', '--out', 'o']);
    expect(noId.code).toBe(2);
    expect(noId.err).toMatch(/Missing argument: <session-id>/);
  });

  it.each([
    ['ENOSPC', 'writeFile', 'Kan ikke skrive o/unfold-the-theme.pdf: disken er fuld.'],
    ['EACCES', 'writeFile', 'Kan ikke skrive o/unfold-the-theme.pdf: mappen er skrivebeskyttet'],
    ['EEXIST', 'makeDir', 'Kan ikke skrive o: --out angiver en fil, ikke en mappe.'],
  ] as const)('a write error (%s) is one Danish line, exit 1', async (code, method, message) => {
    const fake = createFakeIo();
    fake.io[method] = async () => {
      throw fsError(code);
    };
    const exit = await runCli(['session', 'unfold-the-theme', '--out', 'o', '--lang', 'da'], fake.io);
    expect(exit).toBe(1);
    expect(fake.stderr().trim().split('\n')).toHaveLength(1);
    expect(fake.stderr()).toContain(message);
    expect(fake.stderr()).not.toMatch(/Error|at .*\.ts/);
  });
});
