import { createHash, createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthExchange,
  formatScramSecret,
  loadUsersFile,
  parseScramSecret,
  scramVerifier,
  type AuthMethod,
  type AuthStep,
  type StoredCredential,
  type UserStore,
} from '../../wire/auth.js';

// node-postgres's own SCRAM and md5 client code, so the server is checked against a real client
// rather than against a mirror of itself. These modules ship without type declarations.
interface SaslSession {
  mechanism: string;
  response: string;
}
const require = createRequire(import.meta.url);
const sasl = require('pg/lib/crypto/sasl.js') as {
  startSession(mechanisms: string[], stream?: object): SaslSession;
  continueSession(session: SaslSession, password: string, serverData: string, stream?: object): Promise<void>;
  finalizeSession(session: SaslSession, serverData: string): void;
};
const pgCrypto = require('pg/lib/crypto/utils.js') as {
  postgresMd5PasswordHash(user: string, password: string, salt: Buffer): Promise<string>;
};

/** RFC 7677 section 3: user "user", password "pencil". */
const RFC7677 = {
  salt: 'W22ZaJ0SNY7soEsUEjb6gQ==',
  clientFirstBare: 'n=user,r=rOprNGfwEbeRWgbNEkqO',
  serverFirst: 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096',
  clientFinalWithoutProof: 'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0',
  proof: 'dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
  serverSignature: '6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=',
};
/** The pg_authid secret for that vector, computed independently with Python's hashlib. */
const PENCIL_SECRET =
  'SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=';

const FAST = { iterations: 16 };

function storeOf(entries: Record<string, StoredCredential>): UserStore {
  const users = new Map(Object.entries(entries));
  return { lookup: (user) => users.get(user) };
}

const store = storeOf({
  plainUser: { kind: 'plain', password: 'secret' },
  scramUser: scramVerifier('s3cr3t', FAST),
  pencil: parseScramSecret(PENCIL_SECRET),
  noPassword: { kind: 'plain', password: '' },
});

function cstring(text: string): Buffer {
  return Buffer.concat([Buffer.from(text), Buffer.alloc(1)]);
}

function saslInitialResponse(mechanism: string, data: string | null): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(data === null ? -1 : Buffer.byteLength(data));
  return Buffer.concat([cstring(mechanism), length, Buffer.from(data ?? '')]);
}

type Sent = Extract<AuthStep, { kind: 'send' }>['message'];

function sent<T extends Sent['type']>(step: AuthStep, type: T): Extract<Sent, { type: T }> {
  if (step.kind !== 'send' || step.message.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(step)}`);
  return step.message as Extract<Sent, { type: T }>;
}

function failure(step: AuthStep): { code: string; message: string; severity: string } {
  if (step.kind !== 'fail') throw new Error(`expected failure, got ${JSON.stringify(step)}`);
  return { code: step.error.code, message: step.error.message, severity: step.error.severity };
}

const rejected = (user: string) => ({
  code: '28P01',
  message: `password authentication failed for user "${user}"`,
  severity: 'FATAL',
});

/** Runs a whole SCRAM exchange with node-postgres's client; on success it also checks the server signature. */
async function scramLogin(user: string, password: string, opts: { stream?: object; store?: UserStore } = {}) {
  const exchange = new AuthExchange('scram-sha-256', user, opts.store ?? store);
  const session = sasl.startSession(sent(exchange.start(), 'SASL').mechanisms, opts.stream);
  const serverFirst = sent(
    exchange.onPasswordMessage(saslInitialResponse(session.mechanism, session.response)),
    'SASLContinue',
  );
  await sasl.continueSession(session, password, serverFirst.data.toString(), opts.stream);
  const result = exchange.onPasswordMessage(Buffer.from(session.response));
  if (result.kind === 'ok') sasl.finalizeSession(session, result.final!.toString());
  return { result, serverFirst: serverFirst.data.toString() };
}

async function md5Login(user: string, password: string, credentials: UserStore = store): Promise<AuthStep> {
  const exchange = new AuthExchange('md5', user, credentials);
  const { salt } = sent(exchange.start(), 'MD5Password');
  return exchange.onPasswordMessage(cstring(await pgCrypto.postgresMd5PasswordHash(user, password, salt)));
}

function cleartextLogin(user: string, password: string): AuthStep {
  const exchange = new AuthExchange('password', user, store);
  sent(exchange.start(), 'CleartextPassword');
  return exchange.onPasswordMessage(cstring(password));
}

describe('SCRAM verifiers and secrets', () => {
  it('derives the RFC 7677 keys: its ClientProof verifies and its ServerSignature matches', () => {
    const verifier = scramVerifier('pencil', { salt: Buffer.from(RFC7677.salt, 'base64'), iterations: 4096 });
    expect(formatScramSecret(verifier)).toBe(PENCIL_SECRET);

    const authMessage = `${RFC7677.clientFirstBare},${RFC7677.serverFirst},${RFC7677.clientFinalWithoutProof}`;
    const clientSignature = createHmac('sha256', verifier.storedKey).update(authMessage).digest();
    const clientKey = Buffer.from(Buffer.from(RFC7677.proof, 'base64').map((b, i) => b ^ clientSignature[i]));
    expect(createHash('sha256').update(clientKey).digest()).toEqual(verifier.storedKey);
    expect(createHmac('sha256', verifier.serverKey).update(authMessage).digest('base64')).toBe(RFC7677.serverSignature);
  });

  it('defaults to 4096 iterations and a fresh 16-byte salt', () => {
    const a = scramVerifier('pw');
    const b = scramVerifier('pw');
    expect(a.iterations).toBe(4096);
    expect(a.salt).toHaveLength(16);
    expect(a.salt).not.toEqual(b.salt);
  });

  it('round-trips a generated verifier through the pg_authid format', () => {
    const verifier = scramVerifier('hunter2', { iterations: 100 });
    const secret = formatScramSecret(verifier);
    expect(secret).toMatch(/^SCRAM-SHA-256\$100:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$/);
    expect(parseScramSecret(secret)).toEqual(verifier);
  });

  it.each([
    ['wrong prefix', PENCIL_SECRET.replace('SCRAM-SHA-256', 'SCRAM-SHA-1')],
    ['zero iterations', PENCIL_SECRET.replace('$4096:', '$0:')],
    ['non-numeric iterations', PENCIL_SECRET.replace('$4096:', '$4k:')],
    ['invalid base64 salt', PENCIL_SECRET.replace('W22ZaJ0SNY7soEsUEjb6gQ==', 'W22Z*J0SNY7soEsUEjb6gQ==')],
    ['short StoredKey', PENCIL_SECRET.replace('WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=', 'WG5d8oPm')],
    ['missing ServerKey', PENCIL_SECRET.slice(0, PENCIL_SECRET.lastIndexOf(':'))],
    ['md5 hash', 'md5' + '0'.repeat(32)],
  ])('rejects a secret with %s', (_, secret) => {
    expect(() => parseScramSecret(secret)).toThrow(/invalid SCRAM secret/);
  });

  it('applies SASLprep to the password (RFC 4013 examples)', () => {
    const salt = Buffer.alloc(16, 1);
    const ix = scramVerifier('IX', { salt, ...FAST });
    expect(scramVerifier('I\u00ADX', { salt, ...FAST })).toEqual(ix); // soft hyphen maps to nothing
    expect(scramVerifier('\u2168', { salt, ...FAST })).toEqual(ix); // NFKC: ROMAN NUMERAL NINE
    expect(scramVerifier('a\u00A0b', { salt, ...FAST })).toEqual(scramVerifier('a b', { salt, ...FAST }));
  });
});

describe('loadUsersFile', () => {
  it('reads plain passwords and SCRAM secrets, skipping comments and blank lines', () => {
    const users = loadUsersFile(
      [
        '# evsql users',
        '',
        'alice:wonder land',
        '   ',
        '  # indented comment',
        `pencil:${PENCIL_SECRET}`,
        'bob:pa:ss:word\r',
        'carol: padded ',
      ].join('\n'),
    );
    expect([...users.keys()]).toEqual(['alice', 'pencil', 'bob', 'carol']);
    expect(users.get('alice')).toEqual({ kind: 'plain', password: 'wonder land' });
    expect(users.get('pencil')).toEqual(parseScramSecret(PENCIL_SECRET));
    expect(users.get('bob')).toEqual({ kind: 'plain', password: 'pa:ss:word' });
    expect(users.get('carol')).toEqual({ kind: 'plain', password: ' padded ' });
  });

  it('reads back what formatScramSecret writes', () => {
    const verifier = scramVerifier('x', FAST);
    expect(loadUsersFile(`u:${formatScramSecret(verifier)}\n`).get('u')).toEqual(verifier);
  });

  it.each([
    ['a line without a colon', 'alice\n', /line 1: expected user:password/],
    ['an empty user name', ':secret\n', /line 1: expected user:password/],
    ['an empty password', '# c\nalice:\n', /line 2: empty password for user "alice"/],
    ['a duplicate user', 'alice:a\nalice:b\n', /line 2: duplicate user "alice"/],
    ['a malformed secret', 'alice:SCRAM-SHA-256$4096:abc\n', /line 1: invalid SCRAM secret/],
  ])('rejects %s, naming the line', (_, text, error) => {
    expect(() => loadUsersFile(text)).toThrow(error);
  });
});

describe('SCRAM-SHA-256 exchange', () => {
  it('accepts the right password for a SCRAM credential, with a server signature the client verifies', async () => {
    expect((await scramLogin('scramUser', 's3cr3t')).result.kind).toBe('ok');
    expect((await scramLogin('pencil', 'pencil')).result.kind).toBe('ok');
  });

  it('accepts the right password for a plain credential', async () => {
    expect((await scramLogin('plainUser', 'secret')).result.kind).toBe('ok');
  });

  it('normalizes a plain credential with SASLprep as the client does', async () => {
    const users = storeOf({ u: { kind: 'plain', password: 'I\u00ADX' } });
    expect((await scramLogin('u', 'IX', { store: users })).result.kind).toBe('ok');
  });

  it("accepts a client that supports channel binding but sends 'y' for a server without it", async () => {
    expect((await scramLogin('scramUser', 's3cr3t', { stream: {} })).result.kind).toBe('ok');
  });

  it('rejects a wrong password with 28P01', async () => {
    expect(failure((await scramLogin('scramUser', 'wrong')).result)).toEqual(rejected('scramUser'));
    expect(failure((await scramLogin('plainUser', 'wrong')).result)).toEqual(rejected('plainUser'));
  });

  it('runs a full mock exchange for an unknown user, with a stable salt, then fails like a wrong password', async () => {
    const first = await scramLogin('nobody', 'whatever');
    const second = await scramLogin('nobody', 'whatever');
    expect(failure(first.result)).toEqual(rejected('nobody'));
    const saltAndIterations = (serverFirst: string) => serverFirst.split(',').slice(1).join(',');
    expect(saltAndIterations(first.serverFirst)).toMatch(/^s=[A-Za-z0-9+/]{22}==,i=4096$/);
    expect(saltAndIterations(second.serverFirst)).toBe(saltAndIterations(first.serverFirst));
    expect(saltAndIterations((await scramLogin('someone-else', 'x')).serverFirst)).not.toBe(
      saltAndIterations(first.serverFirst),
    );
  });

  it('never accepts a user whose password is empty', async () => {
    expect(failure((await scramLogin('noPassword', 'anything')).result)).toEqual(rejected('noPassword'));
  });

  it('sends an empty challenge when SASLInitialResponse carries no data (length -1)', async () => {
    const exchange = new AuthExchange('scram-sha-256', 'scramUser', store);
    const session = sasl.startSession(sent(exchange.start(), 'SASL').mechanisms);
    expect(sent(exchange.onPasswordMessage(saslInitialResponse('SCRAM-SHA-256', null)), 'SASLContinue').data).toHaveLength(0);
    const serverFirst = sent(exchange.onPasswordMessage(Buffer.from(session.response)), 'SASLContinue');
    await sasl.continueSession(session, 's3cr3t', serverFirst.data.toString());
    const result = exchange.onPasswordMessage(Buffer.from(session.response));
    expect(result.kind).toBe('ok');
  });

  it('builds the server nonce from the injected random source', () => {
    const exchange = new AuthExchange('scram-sha-256', 'scramUser', store, (n) => Buffer.alloc(n, 0xff));
    exchange.start();
    const serverFirst = sent(exchange.onPasswordMessage(saslInitialResponse('SCRAM-SHA-256', 'n,,n=,r=abc')), 'SASLContinue');
    expect(serverFirst.data.toString()).toMatch(/^r=abc\/{24},s=/);
  });

  function afterStart(): AuthExchange {
    const exchange = new AuthExchange('scram-sha-256', 'scramUser', store);
    exchange.start();
    return exchange;
  }

  const malformedInitial: Array<[string, Buffer, string]> = [
    ['no mechanism terminator', Buffer.from('SCRAM-SHA-256'), '08P01'],
    ['a truncated length', Buffer.concat([cstring('SCRAM-SHA-256'), Buffer.alloc(2)]), '08P01'],
    ['a length past the end', saslInitialResponse('SCRAM-SHA-256', 'n,,n=,r=abc').subarray(0, -1), '08P01'],
    ['bytes after the data', Buffer.concat([saslInitialResponse('SCRAM-SHA-256', 'n,,n=,r=abc'), Buffer.from('x')]), '08P01'],
    ['an unoffered mechanism', saslInitialResponse('SCRAM-SHA-256-PLUS', 'p=tls-server-end-point,,n=,r=abc'), '08P01'],
    ['an empty message', saslInitialResponse('SCRAM-SHA-256', ''), '08P01'],
    ['a NUL inside the message', saslInitialResponse('SCRAM-SHA-256', 'n,,n=\0,r=abc'), '08P01'],
    ['channel binding required', saslInitialResponse('SCRAM-SHA-256', 'p=tls-server-end-point,,n=,r=abc'), '08P01'],
    ['an unknown cbind flag', saslInitialResponse('SCRAM-SHA-256', 'x,,n=,r=abc'), '08P01'],
    ['a missing comma after the flag', saslInitialResponse('SCRAM-SHA-256', 'n;,n=,r=abc'), '08P01'],
    ['an authorization identity', saslInitialResponse('SCRAM-SHA-256', 'n,a=admin,n=,r=abc'), '0A000'],
    ['a mandatory extension', saslInitialResponse('SCRAM-SHA-256', 'n,,m=ext,n=,r=abc'), '0A000'],
    ['no username attribute', saslInitialResponse('SCRAM-SHA-256', 'n,,r=abc'), '08P01'],
    ['no nonce', saslInitialResponse('SCRAM-SHA-256', 'n,,n='), '08P01'],
    ['a non-printable nonce', saslInitialResponse('SCRAM-SHA-256', 'n,,n=,r=ab\x7fc'), '08P01'],
    ['an attribute without =', saslInitialResponse('SCRAM-SHA-256', 'n,,n=,r=abc,x'), '08P01'],
  ];
  it.each(malformedInitial)('fails the client-first-message with %s', (_, body, code) => {
    const exchange = afterStart();
    const error = failure(exchange.onPasswordMessage(body));
    expect(error.code).toBe(code);
    expect(error.severity).toBe('FATAL');
    expect(failure(exchange.onPasswordMessage(body)).message).toBe('unexpected password message');
  });

  it('ignores optional extensions after the client nonce', () => {
    sent(afterStart().onPasswordMessage(saslInitialResponse('SCRAM-SHA-256', 'n,,n=,r=abc,x=1')), 'SASLContinue');
  });

  /** A client-final-message built from a correct one by `edit`, so each case breaks one thing. */
  async function finalWith(edit: (good: string) => string): Promise<AuthStep> {
    const exchange = afterStart();
    const session = sasl.startSession(['SCRAM-SHA-256']);
    const serverFirst = sent(
      exchange.onPasswordMessage(saslInitialResponse(session.mechanism, session.response)),
      'SASLContinue',
    );
    await sasl.continueSession(session, 's3cr3t', serverFirst.data.toString());
    return exchange.onPasswordMessage(Buffer.from(edit(session.response)));
  }

  it.each<[string, (good: string) => string, string]>([
    ['a channel binding other than the gs2 header', (m) => m.replace('c=biws', 'c=eSws'), 'unexpected SCRAM channel-binding'],
    ['a changed nonce', (m) => m.replace(',r=', ',r=x'), 'invalid SCRAM response'],
    ['no proof', (m) => m.slice(0, m.indexOf(',p=')), 'malformed SCRAM message'],
    ['a short proof', (m) => m.replace(/,p=.*$/, ',p=AAAA'), 'malformed SCRAM message'],
    ['a non-base64 proof', (m) => m.replace(/,p=.{4}/, ',p=!!!!'), 'malformed SCRAM message'],
    ['attributes after the proof', (m) => `${m},x=1`, 'malformed SCRAM message'],
    ['attributes out of order', (m) => m.split(',').reverse().join(','), 'malformed SCRAM message'],
    ['an empty message', () => '', 'malformed SCRAM message'],
  ])('fails the client-final-message with %s as 08P01', async (_, edit, message) => {
    const error = failure(await finalWith(edit));
    expect(error.code).toBe('08P01');
    expect(error.message).toContain(message);
  });

  it('accepts extensions between the nonce and the proof', async () => {
    // The extension is covered by the proof, so inserting it makes the proof wrong but not malformed.
    expect(failure(await finalWith((m) => m.replace(',p=', ',x=1,p='))).code).toBe('28P01');
  });
});

describe('md5 exchange', () => {
  it("accepts the hash node-postgres computes, over the salt from the injected random source", async () => {
    const exchange = new AuthExchange('md5', 'plainUser', store, (n) => Buffer.alloc(n, 0xab));
    const { salt } = sent(exchange.start(), 'MD5Password');
    expect(salt).toEqual(Buffer.from([0xab, 0xab, 0xab, 0xab]));
    const hash = await pgCrypto.postgresMd5PasswordHash('plainUser', 'secret', salt);
    expect(exchange.onPasswordMessage(cstring(hash))).toEqual({ kind: 'ok' });
  });

  it('rejects a wrong password, an unknown user and an empty password alike', async () => {
    expect(failure(await md5Login('plainUser', 'wrong'))).toEqual(rejected('plainUser'));
    expect(failure(await md5Login('nobody', 'secret'))).toEqual(rejected('nobody'));
    expect(failure(await md5Login('noPassword', ''))).toEqual(rejected('noPassword'));
  });

  it('cannot use a SCRAM-only credential', async () => {
    expect(failure(await md5Login('scramUser', 's3cr3t'))).toEqual(rejected('scramUser'));
  });

  it.each([
    ['no terminator', Buffer.from('md5abc')],
    ['bytes after the terminator', Buffer.from('md5abc\0x')],
  ])('fails a response with %s as 08P01', (_, body) => {
    const exchange = new AuthExchange('md5', 'plainUser', store);
    exchange.start();
    expect(failure(exchange.onPasswordMessage(body)).message).toBe('invalid password packet size');
  });
});

describe('cleartext exchange', () => {
  it('accepts the right password for plain and SCRAM credentials', () => {
    expect(cleartextLogin('plainUser', 'secret')).toEqual({ kind: 'ok' });
    expect(cleartextLogin('scramUser', 's3cr3t')).toEqual({ kind: 'ok' });
    expect(cleartextLogin('pencil', 'pencil')).toEqual({ kind: 'ok' });
  });

  it('rejects wrong passwords, unknown users and empty passwords with 28P01', () => {
    expect(failure(cleartextLogin('plainUser', 'secre'))).toEqual(rejected('plainUser'));
    expect(failure(cleartextLogin('scramUser', 'wrong'))).toEqual(rejected('scramUser'));
    expect(failure(cleartextLogin('nobody', 'secret'))).toEqual(rejected('nobody'));
    expect(failure(cleartextLogin('noPassword', ''))).toEqual(rejected('noPassword'));
  });

  it('fails a password without its terminator as 08P01', () => {
    const exchange = new AuthExchange('password', 'plainUser', store);
    exchange.start();
    expect(failure(exchange.onPasswordMessage(Buffer.from('secret'))).code).toBe('08P01');
  });
});

describe('trust and misuse', () => {
  it('trust succeeds at once and takes no password message', () => {
    const exchange = new AuthExchange('trust', 'anyone', store);
    expect(exchange.start()).toEqual({ kind: 'ok' });
    expect(failure(exchange.onPasswordMessage(cstring('x'))).code).toBe('08P01');
  });

  it('refuses a second start', () => {
    const exchange = new AuthExchange('password', 'plainUser', store);
    exchange.start();
    expect(() => exchange.start()).toThrow(/twice/);
  });
});

/**
 * Just enough of the backend protocol for pg.Client to connect: the startup packet, the
 * authentication requests AuthExchange asks for, then ReadyForQuery. It checks the message framing
 * assumed above against the real client end to end.
 */
function authServer(method: AuthMethod): net.Server {
  const message = (type: string, ...parts: Buffer[]): Buffer => {
    const body = Buffer.concat(parts);
    const header = Buffer.alloc(5);
    header.write(type);
    header.writeInt32BE(body.length + 4, 1);
    return Buffer.concat([header, body]);
  };
  const int32 = (n: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    return b;
  };
  const auth = (code: number, ...parts: Buffer[]): Buffer => message('R', int32(code), ...parts);

  return net.createServer((socket) => {
    let buffered = Buffer.alloc(0);
    let exchange: AuthExchange | undefined;
    const act = (step: AuthStep): void => {
      if (step.kind === 'fail') {
        const fields = [`SFATAL`, `VFATAL`, `C${step.error.code}`, `M${step.error.message}`].map(cstring);
        socket.end(message('E', ...fields, Buffer.alloc(1)));
      } else if (step.kind === 'ok') {
        if (step.final) socket.write(auth(12, step.final));
        socket.write(Buffer.concat([auth(0), message('Z', Buffer.from('I'))]));
      } else {
        const m = step.message;
        if (m.type === 'SASL') socket.write(auth(10, ...m.mechanisms.map(cstring), Buffer.alloc(1)));
        else if (m.type === 'SASLContinue') socket.write(auth(11, m.data));
        else if (m.type === 'SASLFinal') socket.write(auth(12, m.data));
        else if (m.type === 'MD5Password') socket.write(auth(5, m.salt));
        else socket.write(auth(3));
      }
    };
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const headerLen = exchange ? 1 : 0;
        if (buffered.length < headerLen + 4) return;
        const length = buffered.readInt32BE(headerLen);
        if (buffered.length < headerLen + length) return;
        const type = exchange ? String.fromCharCode(buffered[0]) : '';
        const body = buffered.subarray(headerLen + 4, headerLen + length);
        buffered = buffered.subarray(headerLen + length);
        if (!exchange) {
          const params = body.subarray(4).toString().split('\0');
          exchange = new AuthExchange(method, params[params.indexOf('user') + 1], store);
          act(exchange.start());
        } else if (type === 'p') {
          act(exchange.onPasswordMessage(body));
        } else if (type === 'X') {
          socket.end();
        }
      }
    });
  });
}

describe.each<AuthMethod>(['scram-sha-256', 'md5', 'password'])('pg.Client over a socket with %s', (method) => {
  let server: net.Server;
  let port: number;
  beforeAll(async () => {
    server = authServer(method);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const connect = async (user: string, password: string): Promise<void> => {
    const client = new pg.Client({ host: '127.0.0.1', port, user, password, database: 'evsql' });
    try {
      await client.connect();
    } finally {
      await client.end().catch(() => undefined);
    }
  };

  it('connects with the right password', async () => {
    await connect('plainUser', 'secret');
  });

  it('is refused with 28P01 for a wrong password', async () => {
    await expect(connect('plainUser', 'wrong')).rejects.toMatchObject({
      code: '28P01',
      message: 'password authentication failed for user "plainUser"',
    });
  });
});
