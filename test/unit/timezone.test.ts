/**
 * Unit tests for the TimeZone setting (pg/types/timezone.ts) and timestamptz read and printed in
 * it (pg/types/timestamp.ts through text-format.ts). Expected values are PostgreSQL 15's, read with
 * psql: SHOW after SET, and timestamptz input and output in the zone.
 */
import { describe, expect, it } from 'vitest';
import { OID } from '../../pg/types/registry.js';
import { decodeTextParam, encodeText } from '../../pg/types/text-format.js';
import { withTimeZone } from '../../pg/types/timestamp.js';
import { timeZoneSetting } from '../../pg/types/timezone.js';
import { sqlstate } from '../helpers/sqlstate.js';

describe('TimeZone values', () => {
  it('shows what PostgreSQL shows after SET', () => {
    expect(timeZoneSetting('america/new_york')).toBe('America/New_York');
    expect(timeZoneSetting('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(timeZoneSetting('utc')).toBe('UTC');
    expect(timeZoneSetting('+02')).toBe('<+02>-02');
    expect(timeZoneSetting('-5')).toBe('<-05>+05');
    expect(timeZoneSetting('5.5')).toBe('<+05:30>-05:30');
    expect(timeZoneSetting('-05:30')).toBe('-05:30');
    expect(timeZoneSetting('GMT+3')).toBe('GMT+3');
    expect(timeZoneSetting('<-05:30>+05:30')).toBe('<-05:30>+05:30');
    expect(timeZoneSetting('EST')).toBe('EST');
  });

  it('refuses what PostgreSQL refuses (22023), and a POSIX daylight-saving rule evsql does not compute (0A000)', () => {
    expect(sqlstate(() => timeZoneSetting('Foo/Bar'))).toBe('22023');
    expect(sqlstate(() => timeZoneSetting('Z'))).toBe('22023');
    expect(sqlstate(() => timeZoneSetting(''))).toBe('22023');
    expect(sqlstate(() => timeZoneSetting('Europe/Berlin    '))).toBe('22023');
    expect(sqlstate(() => timeZoneSetting('ABC5DEF'))).toBe('0A000');
  });
});

describe('timestamptz in a session zone', () => {
  const read = (zone: string, text: string) => withTimeZone(zone, () => decodeTextParam(text, OID.timestamptz));
  const print = (zone: string, stored: string) => withTimeZone(zone, () => encodeText(stored, OID.timestamptz));

  it('reads a time without an offset in the zone, a DST gap before the change and an overlap after it', () => {
    expect(read('America/New_York', '2024-01-01 12:00')).toBe('2024-01-01 17:00:00+00');
    expect(read('America/New_York', '2024-03-10 02:30')).toBe('2024-03-10 07:30:00+00');
    expect(read('America/New_York', '2024-11-03 01:30')).toBe('2024-11-03 06:30:00+00');
    expect(read('America/New_York', '2024-07-01 12:00+00')).toBe('2024-07-01 12:00:00+00');
    expect(read('-05:30', '2024-01-01 12:00')).toBe('2024-01-01 06:30:00+00');
  });

  it('prints the instant with the offset the zone has then, seconds of local mean time included', () => {
    expect(print('America/New_York', '2024-07-01 12:00:00+00')).toBe('2024-07-01 08:00:00-04');
    expect(print('Asia/Kolkata', '2024-01-01 00:00:00+00')).toBe('2024-01-01 05:30:00+05:30');
    expect(print('America/New_York', '1850-01-01 16:56:02+00')).toBe('1850-01-01 12:00:00-04:56:02');
    expect(print('America/New_York', '294276-12-31 12:00:00+00')).toBe('294276-12-31 07:00:00-05');
    expect(print('America/New_York', 'infinity')).toBe('infinity');
    // Stored values stay UTC: outside the zone they print as before.
    expect(encodeText('2024-07-01 12:00:00+00', OID.timestamptz)).toBe('2024-07-01 12:00:00+00');
  });
});
