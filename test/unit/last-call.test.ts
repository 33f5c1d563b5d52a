/**
 * lastCall (dialect/runtime/last-call.ts): a function SQLite calls once per row with the same
 * arguments answers from its last call, and only while the state it reads stays the same.
 */
import { describe, expect, it } from 'vitest';
import { lastCall } from '../../dialect/runtime/last-call.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { setTimeZone, timeSettingsVersion, withStatementClock } from '../../pg/types/timestamp.js';
import { timestampPlusInterval } from '../../pg/datetime.js';

describe('lastCall', () => {
  it('answers the same arguments in the same state from its last call, and computes anew otherwise', () => {
    let calls = 0;
    let state = 1;
    const f = lastCall((a, b) => `${String(a)}+${String(b)}#${++calls}`, () => state);
    expect(f('x', 1n)).toBe('x+1#1');
    expect(f('x', 1n)).toBe('x+1#1');
    expect(f('x', 2n)).toBe('x+2#2');
    expect(f('x', 2n, null)).toBe('x+2#3');
    state = 2;
    expect(f('x', 2n, null)).toBe('x+2#4');
  });

  it('keeps no long text or blob, and no failed call', () => {
    let calls = 0;
    const f = lastCall((a) => {
      calls++;
      if (a === 'bad') throw new Error('bad');
      return 1n;
    }, () => 0);
    const long = 'y'.repeat(1000);
    f(long);
    f(long);
    expect(calls).toBe(2);
    const blob: SqliteValue = Buffer.from('ab');
    f(blob);
    f(blob);
    expect(calls).toBe(4);
    expect(() => f('bad')).toThrow('bad');
    expect(() => f('bad')).toThrow('bad');
    expect(calls).toBe(6);
  });

  it('computes timestamptz + interval anew when the session zone or the statement clock moves', () => {
    const add = lastCall((ts, iv) => timestampPlusInterval(String(ts), String(iv), 1, true), timeSettingsVersion);
    const before = timeSettingsVersion();
    try {
      setTimeZone(undefined);
      expect(add('2024-03-30 12:00:00+00', '1 day')).toBe('2024-03-31 12:00:00+00');
      // A day across Berlin's spring-forward is 23 hours of UTC.
      setTimeZone('Europe/Berlin');
      expect(add('2024-03-30 12:00:00+00', '1 day')).toBe('2024-03-31 11:00:00+00');
      withStatementClock(0, () => expect(timeSettingsVersion()).not.toBe(before));
    } finally {
      setTimeZone(undefined);
    }
  });
});
