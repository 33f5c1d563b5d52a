/**
 * Server side of PostgreSQL password authentication (trust, cleartext, md5, SCRAM-SHA-256), as a
 * pure state machine: the connection handler sends what `start()` asks for and feeds the bodies of
 * the client's 'p' messages to `onPasswordMessage()` until it gets `ok` or `fail`.
 *
 * SCRAM follows RFC 5802/7677 the way PostgreSQL's auth-scram.c does: no channel binding, the
 * username inside the SCRAM messages is ignored in favour of the startup user, and a user without a
 * usable credential goes through the whole exchange against a mock verifier before being refused,
 * so that a client cannot probe which users exist.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { PgError, SqlState } from '../pg/errors.js';

export type AuthMethod = 'trust' | 'scram-sha-256' | 'md5' | 'password';

export type ScramCredential = {
  kind: 'scram';
  iterations: number;
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
};

export type StoredCredential = { kind: 'plain'; password: string } | ScramCredential;

export interface UserStore {
  lookup(user: string): StoredCredential | undefined;
}

export type AuthRequest =
  | { type: 'SASL'; mechanisms: string[] }
  | { type: 'SASLContinue'; data: Buffer }
  | { type: 'SASLFinal'; data: Buffer }
  | { type: 'MD5Password'; salt: Buffer }
  | { type: 'CleartextPassword' };

export type AuthStep =
  | { kind: 'send'; message: AuthRequest }
  /** `final` is the SASLFinal payload, to be sent before AuthenticationOk. */
  | { kind: 'ok'; final?: Buffer }
  | { kind: 'fail'; error: PgError };

const SCRAM_MECHANISM = 'SCRAM-SHA-256';
const SECRET_PREFIX = 'SCRAM-SHA-256$';
const DEFAULT_ITERATIONS = 4096;
const SALT_LEN = 16;
/** PostgreSQL's SCRAM_RAW_NONCE_LEN: the server nonce is this many random bytes, base64-encoded. */
const NONCE_LEN = 18;
const KEY_LEN = 32;
const MD5_SALT_LEN = 4;

/**
 * Per-process secret from which mock salts are derived. A mock salt must be stable per user name:
 * a salt that changed on every attempt would give away that the user does not exist.
 */
const mockAuthNonce = randomBytes(32);

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function hmac(key: Buffer, text: string | Buffer): Buffer {
  return createHmac('sha256', key).update(text).digest();
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

function md5hex(data: string | Buffer): string {
  return createHash('md5').update(data).digest('hex');
}

/** Node's Buffer.from(_, 'base64') skips invalid characters; protocol and secret fields must not. */
function decodeBase64(text: string): Buffer | undefined {
  return BASE64.test(text) ? Buffer.from(text, 'base64') : undefined;
}

/**
 * The byte-changing steps of SASLprep (RFC 4013): non-ASCII spaces to U+0020, "commonly mapped to
 * nothing" characters removed, then NFKC. This is the subset node-postgres applies on the client
 * side, so verifiers built here match what that client derives. The prohibited-character and bidi
 * checks are left out; PostgreSQL falls back to the raw password when they fail, so passwords
 * containing such characters and also characters NFKC alters would hash differently under libpq.
 */
function saslprep(password: string): string {
  return password
    .replace(/[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u00AD\u034F\u1806\u180B-\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g, '')
    .normalize('NFKC');
}

function saltedPassword(password: string, salt: Buffer, iterations: number): Buffer {
  return pbkdf2Sync(saslprep(password), salt, iterations, KEY_LEN, 'sha256');
}

export function scramVerifier(password: string, opts: { iterations?: number; salt?: Buffer } = {}): ScramCredential {
  const iterations = opts.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isSafeInteger(iterations) || iterations < 1) {
    throw new RangeError(`SCRAM iteration count must be a positive integer, got ${iterations}`);
  }
  const salt = opts.salt ?? randomBytes(SALT_LEN);
  const salted = saltedPassword(password, salt, iterations);
  return {
    kind: 'scram',
    iterations,
    salt,
    storedKey: sha256(hmac(salted, 'Client Key')),
    serverKey: hmac(salted, 'Server Key'),
  };
}

/** Parses pg_authid's `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` (base64 fields). */
export function parseScramSecret(secret: string): ScramCredential {
  const match = /^SCRAM-SHA-256\$([0-9]+):([^$:]+)\$([^$:]+):([^$:]+)$/.exec(secret);
  if (!match) throw new Error('invalid SCRAM secret: expected SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>');
  const [, iterText, saltText, storedText, serverText] = match;
  const iterations = Number(iterText);
  if (!Number.isSafeInteger(iterations) || iterations < 1) throw new Error('invalid SCRAM secret: bad iteration count');
  const salt = decodeBase64(saltText);
  if (!salt || salt.length === 0) throw new Error('invalid SCRAM secret: bad salt');
  const storedKey = decodeBase64(storedText);
  const serverKey = decodeBase64(serverText);
  if (storedKey?.length !== KEY_LEN || serverKey?.length !== KEY_LEN) {
    throw new Error(`invalid SCRAM secret: keys must be ${KEY_LEN} bytes`);
  }
  return { kind: 'scram', iterations, salt, storedKey, serverKey };
}

export function formatScramSecret(c: ScramCredential): string {
  const b64 = (b: Buffer): string => b.toString('base64');
  return `${SECRET_PREFIX}${c.iterations}:${b64(c.salt)}$${b64(c.storedKey)}:${b64(c.serverKey)}`;
}

/**
 * Reads `user:password` / `user:SCRAM-SHA-256$...` lines. The user name ends at the first colon and
 * everything after it is the password, unstripped, since spaces may be part of it. As in
 * PostgreSQL, a password that looks like a SCRAM secret is taken as one. Empty passwords are
 * rejected here because they could never authenticate.
 */
export function loadUsersFile(text: string): Map<string, StoredCredential> {
  const users = new Map<string, StoredCredential>();
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const where = `users file line ${index + 1}`;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`${where}: expected user:password`);
    const user = line.slice(0, colon);
    const password = line.slice(colon + 1);
    if (users.has(user)) throw new Error(`${where}: duplicate user "${user}"`);
    if (password === '') throw new Error(`${where}: empty password for user "${user}"`);
    let credential: StoredCredential;
    try {
      credential = password.startsWith(SECRET_PREFIX) ? parseScramSecret(password) : { kind: 'plain', password };
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`);
    }
    users.set(user, credential);
  });
  return users;
}

function fatal(code: string, message: string, detail?: string): PgError {
  return new PgError(code, message, detail === undefined ? { severity: 'FATAL' } : { severity: 'FATAL', detail });
}

function malformedScram(detail: string): PgError {
  return fatal(SqlState.protocolViolation, 'malformed SCRAM message', detail);
}

/** Renders one client-supplied character for an error message without echoing arbitrary bytes. */
function sanitizeChar(c: string | undefined): string {
  if (c === undefined) return 'end of message';
  const code = c.charCodeAt(0);
  return code >= 0x21 && code <= 0x7e ? c : `0x${code.toString(16).padStart(2, '0')}`;
}

/** Splits `a=...,b=...` into attributes; SCRAM values cannot contain commas, so splitting is exact. */
function readAttributes(text: string): Array<{ name: string; value: string }> {
  return text.split(',').map((part) => {
    if (!/^[A-Za-z]$/.test(part[0] ?? '')) {
      throw malformedScram(`Attribute expected, but found ${sanitizeChar(part[0])}.`);
    }
    if (part[1] !== '=') throw malformedScram(`Expected character "=" for attribute "${part[0]}".`);
    return { name: part[0], value: part.slice(2) };
  });
}

function expectAttribute(attr: { name: string; value: string } | undefined, name: string): string {
  if (attr?.name !== name) {
    throw malformedScram(`Expected attribute "${name}" but found ${attr ? `"${attr.name}"` : 'end of message'}.`);
  }
  return attr.value;
}

type State =
  | { step: 'new' }
  | { step: 'cleartext' }
  | { step: 'md5'; salt: Buffer }
  | { step: 'saslInitial'; credential: ScramCredential }
  /** The SASLInitialResponse carried no data, so the client-first-message comes as a SASLResponse. */
  | { step: 'saslFirst'; credential: ScramCredential }
  | {
      step: 'saslFinal';
      credential: ScramCredential;
      cbindFlag: 'n' | 'y';
      nonce: string;
      clientFirstBare: string;
      serverFirst: string;
    }
  | { step: 'done' };

export class AuthExchange {
  private state: State = { step: 'new' };
  private credential: StoredCredential | undefined;
  /** Set when the exchange is bound to fail however it goes, which must not show until the end. */
  private doomed = false;

  constructor(
    private readonly method: AuthMethod,
    private readonly user: string,
    private readonly store: UserStore,
    private readonly rng: (n: number) => Buffer = randomBytes,
  ) {}

  start(): AuthStep {
    if (this.state.step !== 'new') throw new Error('AuthExchange.start() called twice');
    this.credential = this.store.lookup(this.user);
    // An empty password means "no password" in PostgreSQL: such a user cannot log in by password.
    this.doomed = !this.credential || (this.credential.kind === 'plain' && this.credential.password === '');
    switch (this.method) {
      case 'trust':
        this.state = { step: 'done' };
        return { kind: 'ok' };
      case 'password':
        this.state = { step: 'cleartext' };
        return { kind: 'send', message: { type: 'CleartextPassword' } };
      case 'md5': {
        const salt = this.rng(MD5_SALT_LEN);
        this.state = { step: 'md5', salt };
        return { kind: 'send', message: { type: 'MD5Password', salt } };
      }
      case 'scram-sha-256':
        this.state = { step: 'saslInitial', credential: this.scramCredential() };
        return { kind: 'send', message: { type: 'SASL', mechanisms: [SCRAM_MECHANISM] } };
    }
  }

  onPasswordMessage(body: Buffer): AuthStep {
    try {
      return this.advance(body);
    } catch (e) {
      if (!(e instanceof PgError)) throw e;
      this.state = { step: 'done' };
      return { kind: 'fail', error: e };
    }
  }

  private advance(body: Buffer): AuthStep {
    const state = this.state;
    switch (state.step) {
      case 'cleartext':
        return this.finish(this.verifyCleartext(this.readPassword(body)));
      case 'md5':
        return this.finish(this.verifyMd5(this.readPassword(body), state.salt));
      case 'saslInitial':
        return this.onSaslInitialResponse(body, state.credential);
      case 'saslFirst':
        return this.onClientFirst(body, state.credential);
      case 'saslFinal':
        return this.onClientFinal(body, state);
      case 'new':
      case 'done':
        throw fatal(SqlState.protocolViolation, 'unexpected password message');
    }
  }

  private finish(verified: boolean, final?: Buffer): AuthStep {
    this.state = { step: 'done' };
    if (!verified || this.doomed) {
      return {
        kind: 'fail',
        error: fatal(SqlState.invalidPassword, `password authentication failed for user "${this.user}"`),
      };
    }
    return final === undefined ? { kind: 'ok' } : { kind: 'ok', final };
  }

  /**
   * The verifier to run SCRAM against. A plain password gets one derived on the fly, with the mock
   * salt so that its salt is as stable as a stored verifier's; a missing user gets a mock verifier.
   */
  private scramCredential(): ScramCredential {
    const credential = this.credential;
    if (credential?.kind === 'scram') return credential;
    const salt = hmac(mockAuthNonce, this.user).subarray(0, SALT_LEN);
    if (credential && !this.doomed) return scramVerifier(credential.password, { salt });
    return {
      kind: 'scram',
      iterations: DEFAULT_ITERATIONS,
      salt,
      storedKey: Buffer.alloc(KEY_LEN),
      serverKey: Buffer.alloc(KEY_LEN),
    };
  }

  /** The body of a cleartext or md5 'p' message: exactly one NUL-terminated string. */
  private readPassword(body: Buffer): Buffer {
    if (body.indexOf(0) !== body.length - 1) throw fatal(SqlState.protocolViolation, 'invalid password packet size');
    return body.subarray(0, body.length - 1);
  }

  private verifyCleartext(given: Buffer): boolean {
    const credential = this.credential;
    if (credential?.kind === 'plain') {
      // Digests have a fixed length, so the comparison reveals neither content nor length.
      return timingSafeEqual(sha256(given), sha256(Buffer.from(credential.password)));
    }
    // A missing user is checked against the mock verifier, so that it costs as much as a real one.
    const verifier = this.scramCredential();
    const salted = saltedPassword(given.toString('utf8'), verifier.salt, verifier.iterations);
    return timingSafeEqual(hmac(salted, 'Server Key'), verifier.serverKey);
  }

  /** md5 needs the plain password: a SCRAM verifier cannot produce md5(password + user). */
  private verifyMd5(given: Buffer, salt: Buffer): boolean {
    const credential = this.credential;
    if (credential?.kind !== 'plain') return false;
    const inner = md5hex(credential.password + this.user);
    const expected = Buffer.from('md5' + md5hex(Buffer.concat([Buffer.from(inner), salt])));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /**
   * SASLInitialResponse: mechanism name (cstring), then an int32 length and that many bytes of
   * client-first-message, or length -1 when the client sends it in the next message instead.
   * Framing errors are the ones PostgreSQL's pq_getmsg* functions raise.
   */
  private onSaslInitialResponse(body: Buffer, credential: ScramCredential): AuthStep {
    const nul = body.indexOf(0);
    if (nul < 0) throw fatal(SqlState.protocolViolation, 'invalid string in message');
    const mechanism = body.toString('latin1', 0, nul);
    const dataStart = nul + 5;
    if (dataStart > body.length) throw fatal(SqlState.protocolViolation, 'insufficient data left in message');
    const length = body.readInt32BE(nul + 1);
    if (length < -1 || dataStart + Math.max(length, 0) > body.length) {
      throw fatal(SqlState.protocolViolation, 'insufficient data left in message');
    }
    if (dataStart + Math.max(length, 0) !== body.length) throw fatal(SqlState.protocolViolation, 'invalid message format');
    if (mechanism !== SCRAM_MECHANISM) {
      throw fatal(SqlState.protocolViolation, 'client selected an invalid SASL authentication mechanism');
    }
    if (length === -1) {
      // RFC 4422: without an initial response the server sends an empty challenge.
      this.state = { step: 'saslFirst', credential };
      return { kind: 'send', message: { type: 'SASLContinue', data: Buffer.alloc(0) } };
    }
    return this.onClientFirst(body.subarray(dataStart), credential);
  }

  /** client-first-message = gs2-header client-first-message-bare. */
  private onClientFirst(data: Buffer, credential: ScramCredential): AuthStep {
    const message = scramText(data);

    // gs2-header: cbind-flag "," [authzid] ","
    const flag = message[0];
    if (flag === 'p') {
      throw malformedScram(
        'The client selected SCRAM-SHA-256 without channel binding, but the SCRAM message includes channel binding data.',
      );
    }
    if (flag !== 'n' && flag !== 'y') throw malformedScram(`Unexpected channel-binding flag ${sanitizeChar(flag)}.`);
    if (message[1] !== ',') throw malformedScram(`Comma expected, but found character ${sanitizeChar(message[1])}.`);
    if (message[2] === 'a') {
      throw fatal(SqlState.featureNotSupported, 'client uses authorization identity, but it is not supported');
    }
    if (message[2] !== ',') {
      throw malformedScram(`Unexpected attribute ${sanitizeChar(message[2])} in client-first-message.`);
    }

    const clientFirstBare = message.slice(3);
    const attrs = readAttributes(clientFirstBare);
    if (attrs[0]?.name === 'm') {
      throw fatal(SqlState.featureNotSupported, 'client requires an unsupported SCRAM extension');
    }
    expectAttribute(attrs[0], 'n');
    const clientNonce = expectAttribute(attrs[1], 'r');
    if (!/^[\x21-\x2b\x2d-\x7e]*$/.test(clientNonce)) {
      throw fatal(SqlState.protocolViolation, 'non-printable characters in SCRAM nonce');
    }
    // Any further attributes are optional extensions, which PostgreSQL ignores too.

    const nonce = clientNonce + this.rng(NONCE_LEN).toString('base64');
    const serverFirst = `r=${nonce},s=${credential.salt.toString('base64')},i=${credential.iterations}`;
    this.state = { step: 'saslFinal', credential, cbindFlag: flag, nonce, clientFirstBare, serverFirst };
    return { kind: 'send', message: { type: 'SASLContinue', data: Buffer.from(serverFirst, 'latin1') } };
  }

  /** SASLResponse: client-final-message = c=<gs2 header b64>,r=<nonce>[,extensions],p=<proof>. */
  private onClientFinal(body: Buffer, state: Extract<State, { step: 'saslFinal' }>): AuthStep {
    const message = scramText(body);
    const attrs = readAttributes(message);
    const channelBinding = expectAttribute(attrs[0], 'c');
    // Without channel binding the client must echo its own gs2 header: "n,," or "y,,".
    if (channelBinding !== Buffer.from(`${state.cbindFlag},,`).toString('base64')) {
      throw fatal(SqlState.protocolViolation, 'unexpected SCRAM channel-binding attribute in client-final-message');
    }
    const finalNonce = expectAttribute(attrs[1], 'r');
    const proofIndex = attrs.findIndex((a, i) => i >= 2 && a.name === 'p');
    if (proofIndex < 0) throw malformedScram('Proof attribute expected in client-final-message.');
    const proof = decodeBase64(attrs[proofIndex].value);
    if (proof?.length !== KEY_LEN) throw malformedScram('Malformed proof in client-final-message.');
    if (proofIndex !== attrs.length - 1) throw malformedScram('Garbage found at the end of client-final-message.');
    if (finalNonce !== state.nonce) {
      throw fatal(SqlState.protocolViolation, 'invalid SCRAM response', 'Nonce does not match.');
    }

    const withoutProof = attrs
      .slice(0, proofIndex)
      .map((a) => `${a.name}=${a.value}`)
      .join(',');
    const authMessage = Buffer.from(`${state.clientFirstBare},${state.serverFirst},${withoutProof}`, 'latin1');
    const { storedKey, serverKey } = state.credential;
    const clientSignature = hmac(storedKey, authMessage);
    const clientKey = Buffer.from(proof.map((byte, i) => byte ^ clientSignature[i]));
    // Computed even when doomed, so a mock exchange takes as long as a real one.
    const verified = timingSafeEqual(sha256(clientKey), storedKey);
    const final = Buffer.from(`v=${hmac(serverKey, authMessage).toString('base64')}`, 'latin1');
    return this.finish(verified, final);
  }
}

/**
 * SCRAM messages are ASCII in practice but the username may hold any bytes; latin1 maps bytes to
 * characters one to one, so re-encoding the AuthMessage reproduces exactly what the client signed.
 */
function scramText(data: Buffer): string {
  if (data.length === 0) throw malformedScram('The message is empty.');
  if (data.includes(0)) throw malformedScram('Message length does not match input length.');
  return data.toString('latin1');
}
