import { describe, expect, it } from 'vitest';
import { builtInSessions } from '../sessions/catalogue/built-in-sessions.ts';
import { startUpNetwork } from '../sessions/catalogue/start-up-network.ts';
import { themeCanvas } from '../templates/catalogue/theme-canvas.ts';
import { restoreSession } from './restore-session.ts';
import { restoreTemplatePack } from './restore-template-pack.ts';

const clone = <T>(value: T): T => structuredClone(value);

describe('restoreSession', () => {
  it.each(builtInSessions.map((s) => [s.id, s] as const))(
    'restores the built-in %s from its JSON',
    (_, session) => {
      const outcome = restoreSession(JSON.parse(JSON.stringify(session)), 'en');
      expect(outcome).toEqual({ ok: true, session });
    },
  );

  it('finds a block template among the given ones', () => {
    const own = { ...clone(themeCanvas), id: 'our-canvas' };
    const session = {
      ...clone(startUpNetwork),
      blocks: [{ kind: 'template', id: 'c', template: 'our-canvas', minutes: 20 }],
    };
    expect(restoreSession(session, 'da').ok).toBe(false);
    expect(restoreSession(session, 'da', [own]).ok).toBe(true);
  });

  it.each([
    ['da', 'Dette er ikke et forløb'],
    ['sv', 'Det här är inget upplägg'],
    ['en', 'This is not a session'],
  ] as const)('says in %s when the input is no session', (locale, message) => {
    for (const input of [null, 'x', [], { blocks: [] }, clone(themeCanvas)]) {
      const outcome = restoreSession(input, locale);
      expect(outcome.ok ? undefined : outcome.errors[0]?.message).toMatch(message);
    }
  });

  it('says a session from a newer Netverk is newer, at its schema version', () => {
    const outcome = restoreSession({ ...clone(startUpNetwork), schemaVersion: 2 }, 'sv');
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      {
        path: '$.schemaVersion',
        message: 'Upplägget är gjort för en nyare version av Netverk (schemaversion 2).',
      },
    ]);
  });

  it('names the JSON path of a bad block, in the user language', () => {
    const session = clone(startUpNetwork) as unknown as { blocks: Record<string, unknown>[] };
    (session.blocks[2] as Record<string, unknown>).sections = ['alone', 'nowhere'];
    const outcome = restoreSession(session, 'da');
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      { path: '$.blocks[2].sections[1]', message: 'Skabelonen "perfect-group" har intet afsnit "nowhere".' },
    ]);
  });

  it('a pack with a session from a newer Netverk says so at that session', () => {
    const session = { ...clone(startUpNetwork), id: 'ours', schemaVersion: 3 };
    const outcome = restoreTemplatePack(
      { packVersion: 1, templates: [clone(themeCanvas)], sessions: [session] },
      'en',
    );
    expect(outcome.ok ? [] : outcome.errors).toEqual([
      {
        path: '$.sessions[0].schemaVersion',
        message: 'This session was made for a newer version of Netverk (schema version 3).',
      },
    ]);
  });
});
