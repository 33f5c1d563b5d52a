/**
 * The start of a connection: the untyped first packet (StartupMessage, SSLRequest, GSSENCRequest,
 * CancelRequest), then the authentication exchange on the wire and the greeting that ends it
 * (AuthenticationOk, ParameterStatus, BackendKeyData, ReadyForQuery).
 */
import type { AuthStep } from './auth.js';
import * as msg from './backend-messages.js';
import { BodyReader, CANCEL_REQUEST, GSSENC_REQUEST, PROTOCOL_3_0, SSL_REQUEST, type FrontendMessage, type MessageWriter } from './frames.js';
import { PgError, SqlState } from '../pg/errors.js';

export type StartupPacket =
  /** SSLRequest or GSSENCRequest: evsql answers 'N' and the client goes on unencrypted. */
  | { kind: 'encryption' }
  | { kind: 'cancel'; pid: number; secret: number }
  /**
   * `negotiate`: the client asked for a newer 3.x minor version or sent `_pq_.` protocol options;
   * as PostgreSQL does, the server answers NegotiateProtocolVersion (3.0, the options it does not
   * know) and goes on in 3.0.
   */
  | { kind: 'startup'; params: Record<string, string>; negotiate: { unrecognized: string[] } | null };

export function readStartupPacket(body: Buffer): StartupPacket {
  const r = new BodyReader(body);
  const code = r.int32();
  if (code === SSL_REQUEST || code === GSSENC_REQUEST) return { kind: 'encryption' };
  if (code === CANCEL_REQUEST) {
    const pid = r.int32();
    const secret = r.int32();
    return { kind: 'cancel', pid, secret };
  }
  if (code >>> 16 !== PROTOCOL_3_0 >>> 16) {
    throw new PgError(SqlState.featureNotSupported, `unsupported frontend protocol ${code >>> 16}.${code & 0xffff}: server supports 3.0 to 3.0`);
  }
  const params: Record<string, string> = {};
  const unrecognized: string[] = [];
  while (r.remaining > 1) {
    const k = r.cstring();
    if (!k) break;
    const v = r.cstring();
    if (k.startsWith('_pq_.')) unrecognized.push(k);
    else params[k] = v;
  }
  const negotiate = code !== PROTOCOL_3_0 || unrecognized.length ? { unrecognized } : null;
  return { kind: 'startup', params, negotiate };
}

/** The user a StartupMessage names, and the database (the user's name when none is given). */
export function startupIdentity(params: Record<string, string>): { user: string; database: string } {
  const user = params.user ?? '';
  if (!user) throw new PgError(SqlState.invalidAuthorizationSpecification, 'no PostgreSQL user name specified in startup packet');
  return { user, database: params.database || user };
}

/** The body of the client's password message; anything else during authentication is a protocol violation. */
export function passwordMessage(m: FrontendMessage): Buffer {
  if (m.type !== 'p') throw new PgError(SqlState.protocolViolation, `expected password response, got message type ${m.type.charCodeAt(0)}`);
  return m.body;
}

/**
 * Writes one step of the authentication exchange: true once the client is authenticated (after
 * AuthenticationOk), false while it must answer; a failure is thrown as a FATAL error.
 */
export function writeAuthStep(out: MessageWriter, step: AuthStep): boolean {
  if (step.kind === 'send') {
    msg.authRequest(out, step.message);
    return false;
  }
  if (step.kind === 'fail') {
    throw new PgError(step.error.code, step.error.message, { ...step.error.fields, severity: 'FATAL' });
  }
  if (step.final) msg.authRequest(out, { type: 'SASLFinal', data: step.final });
  msg.authRequest(out, { type: 'Ok' });
  return true;
}

/** What follows AuthenticationOk: the reported settings, the cancel key, and the first ReadyForQuery. */
export function writeGreeting(out: MessageWriter, reported: Array<[string, string]>, pid: number, secret: number): void {
  for (const [name, value] of reported) msg.parameterStatus(out, name, value);
  msg.backendKeyData(out, pid, secret);
  msg.readyForQuery(out, 'I');
}
