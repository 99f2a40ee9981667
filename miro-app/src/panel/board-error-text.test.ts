import { describe, expect, it } from 'vitest';
import { BoardError, type BoardErrorCode } from '../board/index.ts';
import { boardErrorText, isCancelled } from './board-error-text.ts';
import { panelMessages } from './panel-messages.ts';

describe('boardErrorText', () => {
  it.each([
    ['rate-limit', 'notifyRateLimit', 'hintRateLimit'],
    ['transient', 'notifyTransient', 'hintTransient'],
    ['permanent', 'notifyPermanent', 'hintPermanent'],
    ['cancelled', 'notifyCancelled', 'hintCancelled'],
    ['rollback-failed', 'notifyRollbackFailed', 'hintRollbackFailed'],
  ] as const)('a BoardError %s has its own texts', (code: BoardErrorCode, notify, hint) => {
    const text = boardErrorText(new BoardError(code, 'raw SDK message'));
    expect(text).toEqual({ notify, hint });
    expect(panelMessages.en[text.notify]).not.toContain('raw SDK message');
  });

  it.each([new Error('boom'), 'a string', undefined, { code: 'permanent' }])(
    'anything else (%j) is an unexpected error',
    (thrown) => {
      expect(boardErrorText(thrown)).toEqual({ notify: 'notifyUnknown', hint: 'hintUnknown' });
    },
  );
});

describe('boardErrorText on a refused change', () => {
  it('blames permissions only when Miro said so', () => {
    expect(boardErrorText(new BoardError('permanent', 'Invalid value for fillColor')).hint).toBe(
      'hintPermanent',
    );
    expect(panelMessages.en.hintPermanent).not.toMatch(/edit|permission|access/i);
    for (const said of ['Forbidden: insufficient permissions', 'HTTP 403', 'Missing scope boards:write'])
      expect(boardErrorText(new BoardError('permanent', said)).hint).toBe('hintPermission');
  });

  it('says the board was removed again when a generation rolled back', () => {
    const error = new BoardError('transient', 'network down', { rolledBack: true });
    expect(boardErrorText(error)).toEqual({
      notify: 'notifyTransient',
      hint: 'hintTransient',
      rolledBack: true,
    });
  });
});

describe('isCancelled', () => {
  it.each([
    [new BoardError('cancelled', 'x'), true],
    [new BoardError('permanent', 'x'), false],
    [new Error('cancelled'), false],
  ])('%s → %s', (error, expected) => {
    expect(isCancelled(error)).toBe(expected);
  });
});
