import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locale.ts';
import { unfoldTheTheme } from '../sessions/catalogue/unfold-the-theme.ts';
import { timeSession } from '../sessions/time-session.ts';
import { themeCanvas } from '../templates/catalogue/theme-canvas.ts';
import { restoreTemplatePack } from './restore-template-pack.ts';

const clone = <T>(value: T): T => structuredClone(value);

/** A pack with its own template (a copy of the canvas under another id) and a session using it and a built-in. */
function pack() {
  const own = { ...clone(themeCanvas), id: 'our-canvas' };
  const session = {
    ...clone(unfoldTheTheme),
    id: 'our-workshop',
    blocks: [
      { kind: 'activity', id: 'welcome', activity: 'welcome', minutes: 5 },
      { kind: 'template', id: 'canvas', template: 'our-canvas', sections: ['canvas'], minutes: 30 },
      { kind: 'template', id: 'seven', template: 'seven-characteristics', minutes: 40, stretch: true },
    ],
  };
  return { packVersion: 1, templates: [own], sessions: [session] } as Record<string, unknown> & {
    sessions: Record<string, unknown>[];
  };
}

function blocksOf(input: ReturnType<typeof pack>): Record<string, unknown>[] {
  return input.sessions[0]?.blocks as Record<string, unknown>[];
}

describe('organisation packs with their own sessions', () => {
  it('restores a pack session that uses its own template and a built-in one, ready to time', () => {
    const outcome = restoreTemplatePack(pack(), 'en');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const session = outcome.pack.sessions?.[0];
    if (!session) throw new Error('no session');
    const order = timeSession(session, { locale: 'sv', participants: 12, templates: outcome.pack.templates });
    // Two hours: a break goes in the middle, and every length is a whole 5 minutes.
    expect(order.entries.map((e) => e.activity ?? e.templateId)).toEqual([
      'welcome',
      'our-canvas',
      'break',
      'seven-characteristics',
    ]);
    expect(order.entries.map((e) => e.minutes)).toEqual([5, 30, 10, 75]);
    expect(order.entries[3]?.groups).toBe(1);
  });

  it('still restores packs without sessions', () => {
    const input = pack();
    delete (input as Record<string, unknown>).sessions;
    expect(restoreTemplatePack(input, 'da').ok).toBe(true);
  });

  const broken: [string, (input: ReturnType<typeof pack>) => void, string, Record<Locale, RegExp>][] = [
    [
      'an unknown template',
      (input) => {
        (blocksOf(input)[1] as Record<string, unknown>).template = 'no-such';
      },
      '$.sessions[0].blocks[1].template',
      { da: /ingen skabelon "no-such"/, sv: /ingen mall "no-such"/, en: /no template "no-such"/ },
    ],
    [
      'an unknown section',
      (input) => {
        (blocksOf(input)[1] as Record<string, unknown>).sections = ['canvas', 'nope'];
      },
      '$.sessions[0].blocks[1].sections[1]',
      { da: /intet afsnit "nope"/, sv: /inget avsnitt "nope"/, en: /no section "nope"/ },
    ],
    [
      'an unknown zone',
      (input) => {
        (blocksOf(input)[1] as Record<string, unknown>).zones = ['theme', 'nope'];
      },
      '$.sessions[0].blocks[1].zones[1]',
      { da: /intet felt "nope"/, sv: /inget fält "nope"/, en: /no zone "nope"/ },
    ],
    [
      'a block id used twice',
      (input) => {
        (blocksOf(input)[2] as Record<string, unknown>).id = 'welcome';
      },
      '$.sessions[0].blocks[2].id',
      { da: /brugt to gange/, sv: /används två gånger/, en: /used twice/ },
    ],
    [
      'a missing Swedish title',
      (input) => {
        ((input.sessions[0] as Record<string, unknown>).title as Record<string, string>).sv = '';
      },
      '$.sessions[0].title.sv',
      { da: /.+/, sv: /.+/, en: /.+/ },
    ],
    [
      'a presentation round with a fixed length',
      (input) => {
        blocksOf(input).push({ kind: 'activity', id: 'round', activity: 'presentation-round', minutes: 20 });
      },
      '$.sessions[0].blocks[3].minutes',
      { da: /dagsordensreglen/, sv: /agendaregeln/, en: /agenda rule/ },
    ],
    [
      'a block without minutes',
      (input) => {
        delete (blocksOf(input)[0] as Record<string, unknown>).minutes;
      },
      '$.sessions[0].blocks[0].minutes',
      { da: /længde i minutter/, sv: /längd i minuter/, en: /length in minutes/ },
    ],
    [
      'a shortest length above the length',
      (input) => {
        (blocksOf(input)[1] as Record<string, unknown>).minMinutes = 45;
      },
      '$.sessions[0].blocks[1].minMinutes',
      { da: /30 min\./, sv: /30 min/, en: /30 min/ },
    ],
    [
      'a group range upside down',
      (input) => {
        (blocksOf(input)[2] as Record<string, unknown>).groups = { above: 8, min: 6, max: 4 };
      },
      '$.sessions[0].blocks[2].groups.max',
      { da: /største gruppe/, sv: /största gruppen/, en: /largest group/ },
    ],
    [
      'an unknown activity',
      (input) => {
        (blocksOf(input)[0] as Record<string, unknown>).activity = 'lunch';
      },
      '$.sessions[0].blocks[0].activity',
      { da: /.+/, sv: /.+/, en: /.+/ },
    ],
    [
      'the id of a built-in session',
      (input) => {
        (input.sessions[0] as Record<string, unknown>).id = 'unfold-the-theme';
      },
      '$.sessions[0].id',
      { da: /indbygget forløb/, sv: /inbyggt upplägg/, en: /built-in session/ },
    ],
  ];

  for (const [what, breakIt, path, messages] of broken)
    it.each(['da', 'sv', 'en'] as const)(`rejects ${what} at ${path}, in %s`, (locale) => {
      const input = pack();
      breakIt(input);
      const outcome = restoreTemplatePack(input, locale);
      expect(outcome.ok).toBe(false);
      const error = outcome.ok ? undefined : outcome.errors.find((e) => e.path === path);
      expect(error, JSON.stringify(outcome)).toBeDefined();
      expect(error?.message).toMatch(messages[locale]);
    });

  it('rejects the same session id twice in one pack', () => {
    const input = pack();
    input.sessions.push(clone(input.sessions[0] as Record<string, unknown>));
    const outcome = restoreTemplatePack(input, 'en');
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      { path: '$.sessions[1].id', message: 'The session id "our-workshop" is used twice in this pack.' },
    ]);
  });
});
