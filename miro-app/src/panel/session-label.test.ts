import { describe, expect, it } from 'vitest';
import type { GeneratedBoard } from '../../../shared/index.ts';
import { boardLabel } from './session-label.ts';

const base: GeneratedBoard = {
  id: 'b1',
  templateId: 'session:unfold-the-theme',
  templateVersion: 1,
  locale: 'en',
  title: 'Unfold the theme',
  frameId: 'f1',
  createdAt: '2026-12-01T08:15:00.000Z',
};

describe('boardLabel', () => {
  it('tells two runs of a session apart by network, theme and start', () => {
    const session = { sessionId: 'unfold-the-theme', participants: 12, frames: [], start: '09:00' };
    const north = boardLabel(
      { ...base, session: { ...session, network: 'HR North', theme: 'Loneliness' } },
      'en',
    );
    const south = boardLabel(
      { ...base, session: { ...session, network: 'HR South', theme: 'Loneliness' } },
      'en',
    );
    expect(north).toMatch(/^Unfold the theme · HR North · Loneliness · .*2026.* 09:00$/);
    expect(south).not.toBe(north);
  });

  it('a board without network or theme still has its date; a broken date is shown as written', () => {
    expect(boardLabel(base, 'da')).toMatch(/^Unfold the theme · .*2026/);
    expect(boardLabel({ ...base, createdAt: 'yesterday' }, 'en')).toBe('Unfold the theme · yesterday');
  });
});
