import { describe, expect, it } from 'vitest';
import { BoardError, isRetryable, toBoardError } from './board-error.ts';

describe('toBoardError', () => {
  it.each([
    ['Rate limit exceeded: wait for new credits', 'rate-limit', true],
    ['API rate-limit reached', 'rate-limit', true],
    ['Network error: the request timed out, try again', 'transient', true],
    ['Service temporarily unavailable (503)', 'transient', true],
    ['Invalid value for "style.fillColor"', 'permanent', false],
    ['Access denied: this user cannot edit the board', 'permanent', false],
  ] as const)('%s → %s', (message, code, retryable) => {
    const error = toBoardError(new Error(message));
    expect(error).toBeInstanceOf(BoardError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(isRetryable(error)).toBe(retryable);
  });

  it('keeps a BoardError, reads an abort as cancel and a non-error as permanent', () => {
    const own = new BoardError('rollback-failed', 'x', { boardId: 'b1', leftOver: 3 });
    expect(toBoardError(own)).toBe(own);
    expect(own).toMatchObject({ boardId: 'b1', leftOver: 3 });
    expect(toBoardError(new DOMException('stop', 'AbortError')).code).toBe('cancelled');
    expect(toBoardError('weird').code).toBe('permanent');
  });
});
