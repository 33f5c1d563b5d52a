/**
 * justify_hours, justify_days and justify_interval (pg/datetime.ts) against PostgreSQL 15's answers:
 * after the whole units move up, the larger unit and the smaller beside it have one sign.
 */
import { describe, expect, it } from 'vitest';
import { justifyDays, justifyHours, justifyInterval } from '../../pg/datetime.js';

describe('justify_hours', () => {
  it('moves whole days out of the time', () => {
    expect(justifyHours('27:00:00')).toBe('1 day 03:00:00');
    expect(justifyHours('-27:00:00')).toBe('-1 days -03:00:00');
  });

  it('borrows a day where the days and the time differ in sign', () => {
    expect(justifyHours('1 day -03:00:00')).toBe('21:00:00');
    expect(justifyHours('-1 days +03:00:00')).toBe('-21:00:00');
    expect(justifyHours('2 days -30:00:00')).toBe('18:00:00');
    expect(justifyHours('-60 days +80:00:00')).toBe('-56 days -16:00:00');
    expect(justifyHours('1 mon -03:00:00')).toBe('1 mon -03:00:00');
  });
});

describe('justify_days', () => {
  it('moves whole months out of the days', () => {
    expect(justifyDays('35 days')).toBe('1 mon 5 days');
    expect(justifyDays('-35 days')).toBe('-1 mons -5 days');
  });

  it('borrows a month where the months and the days differ in sign', () => {
    expect(justifyDays('1 mon -35 days')).toBe('-5 days');
    expect(justifyDays('-1 mons +10 days')).toBe('-20 days');
    expect(justifyDays('2 mons -10 days')).toBe('1 mon 20 days');
  });
});

describe('justify_interval', () => {
  it('gives the whole interval one sign', () => {
    expect(justifyInterval('1 mon -01:00:00')).toBe('29 days 23:00:00');
    expect(justifyInterval('-1 mons +31 days 02:00:00')).toBe('1 day 02:00:00');
  });
});
