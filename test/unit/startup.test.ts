/**
 * The start of a connection without a socket: the first packet and the authentication steps.
 */
import { describe, expect, it } from 'vitest';
import { readStartupPacket, startupIdentity, writeAuthStep } from '../../wire/startup.js';
import { CANCEL_REQUEST, MessageWriter, PROTOCOL_3_0, SSL_REQUEST, invalidUtf8 } from '../../wire/frames.js';
import { PgError } from '../../pg/errors.js';
import { sqlstate } from '../helpers/sqlstate.js';

describe('startup packet', () => {
  const packet = (...parts: Array<number | string>) =>
    Buffer.concat(parts.map((p) => (typeof p === 'number' ? Buffer.from([p >>> 24, (p >>> 16) & 0xff, (p >>> 8) & 0xff, p & 0xff]) : Buffer.from(`${p}\0`))));

  it('reads StartupMessage parameters, SSLRequest and CancelRequest', () => {
    expect(readStartupPacket(packet(PROTOCOL_3_0, 'user', 'bob', 'application_name', 'app', ''))).toEqual({ kind: 'startup', params: { user: 'bob', application_name: 'app' }, negotiate: null });
    expect(readStartupPacket(packet(SSL_REQUEST))).toEqual({ kind: 'encryption' });
    expect(readStartupPacket(packet(CANCEL_REQUEST, 1234, 5678))).toEqual({ kind: 'cancel', pid: 1234, secret: 5678 });
  });

  it('negotiates a newer 3.x minor version, or _pq_. options, down to 3.0 as PostgreSQL does', () => {
    expect(readStartupPacket(packet(PROTOCOL_3_0 + 2, 'user', 'bob', '_pq_.compression', 'on', ''))).toEqual({
      kind: 'startup',
      params: { user: 'bob' },
      negotiate: { unrecognized: ['_pq_.compression'] },
    });
    expect(readStartupPacket(packet(PROTOCOL_3_0 + 1, 'user', 'bob', ''))).toMatchObject({ negotiate: { unrecognized: [] } });
  });

  it('refuses other protocol versions (0A000) and a startup without a user (28000)', () => {
    expect(sqlstate(() => readStartupPacket(packet(2 << 16, 'user', 'bob', '')))).toBe('0A000');
    expect(sqlstate(() => startupIdentity({ database: 'x' }))).toBe('28000');
    expect(startupIdentity({ user: 'bob' })).toEqual({ user: 'bob', database: 'bob' });
    expect(startupIdentity({ user: 'bob', database: 'shop' })).toEqual({ user: 'bob', database: 'shop' });
  });

  it('an authentication failure is FATAL', () => {
    const out = new MessageWriter();
    let err: PgError | undefined;
    try {
      writeAuthStep(out, { kind: 'fail', error: new PgError('28P01', 'password authentication failed for user "bob"') });
    } catch (e) {
      err = e as PgError;
    }
    expect(err).toMatchObject({ code: '28P01', severity: 'FATAL' });
    expect(writeAuthStep(out, { kind: 'send', message: { type: 'CleartextPassword' } })).toBe(false);
    expect(writeAuthStep(out, { kind: 'ok' })).toBe(true);
  });
});

describe('invalid UTF-8 from the client', () => {
  // PostgreSQL's report_invalid_encoding: as many bytes as the first one announces, no more.
  it('names the bytes of the offending character, as PostgreSQL does', () => {
    const message = (bytes: number[]) => invalidUtf8(Buffer.concat([Buffer.from("SELECT '"), Buffer.from(bytes), Buffer.from("'")])).message;
    expect(message([0xc3, 0x28])).toBe('invalid byte sequence for encoding "UTF8": 0xc3 0x28');
    expect(message([0xe2, 0x28, 0xa1])).toBe('invalid byte sequence for encoding "UTF8": 0xe2 0x28 0xa1');
    expect(message([0xff, 0xfe])).toBe('invalid byte sequence for encoding "UTF8": 0xff');
    expect(invalidUtf8(Buffer.from([0x61, 0xf0, 0x9f])).message).toBe('invalid byte sequence for encoding "UTF8": 0xf0 0x9f');
  });
});
