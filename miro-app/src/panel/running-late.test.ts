import { describe, expect, it } from 'vitest';
import { findSession, timeSession } from '../../../shared/index.ts';
import { latenessAt } from './running-late.ts';

const session = findSession('unfold-the-theme');
if (!session) throw new Error('built in');
const order = timeSession(session, { locale: 'en', participants: 14, start: '09:00' });
const at = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

describe('latenessAt', () => {
  it('is on time within the block, behind once the next block should have begun, ahead before', () => {
    const second = order.entries[1];
    const third = order.entries[2];
    if (!second?.clock || !third?.clock) throw new Error('blocks');
    expect(latenessAt(order, 1, at(second.clock) + 5)).toEqual({ minutes: 0, endClock: order.endClock });
    expect(latenessAt(order, 1, at(third.clock) + 12)?.minutes).toBe(12);
    expect(latenessAt(order, 1, at(third.clock) + 12)?.endClock).toBe('11:12');
    expect(latenessAt(order, 1, at(second.clock) - 3)?.minutes).toBe(-3);
  });

  it('says nothing outside the session: the board may be prepared the day before', () => {
    const end = order.endClock ?? '';
    const length = at(end) - at('09:00');
    expect(latenessAt(order, 0, at('07:59'))).toBeUndefined();
    expect(latenessAt(order, 0, at('08:00'))?.minutes).toBe(-60);
    expect(latenessAt(order, 1, at(end) + length)?.minutes).toBeGreaterThan(0);
    expect(latenessAt(order, 1, at(end) + length + 1)).toBeUndefined();
    expect(latenessAt(order, 0, at('23:17'))).toBeUndefined();
  });

  it('a session without clock times has no lateness', () => {
    const untimed = timeSession(session, { locale: 'en', participants: 14 });
    expect(latenessAt(untimed, 0, 600)).toBeUndefined();
  });
});
