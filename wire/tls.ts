/**
 * TLS for TCP clients, as PostgreSQL's `ssl = on`: before the startup packet, SSLRequest is
 * answered 'S' and the socket becomes a TLS server socket; GSSENCRequest is answered 'N' (evsql
 * has no GSSAPI). With `--tls-required`, a TCP client that did not upgrade is refused once its
 * startup packet names the user and database, as a pg_hba.conf of `hostssl` lines refuses it.
 * Over the Unix socket, as in PostgreSQL, there is no TLS and nothing is required.
 */
import type { Socket } from 'node:net';
import { TLSSocket, type SecureContext } from 'node:tls';
import * as msg from './backend-messages.js';
import { GSSENC_REQUEST, MessageWriter, SSL_REQUEST } from './frames.js';
import { PgError, SqlState } from '../pg/errors.js';

/** Writes `err` (FATAL) on a socket that has no Connection yet, and closes it. */
export function refuse(socket: Socket, err: PgError): void {
  const out = new MessageWriter(256);
  msg.errorResponse(out, err);
  socket.on('error', () => socket.destroy());
  // Closed outright once written: a client that never closes its side must not hold the socket.
  socket.end(out.flush(), () => socket.destroy());
}

/**
 * Reads the client's first packets while they are encryption requests (each kind once, in either
 * order, as libpq may send them) and answers them. Resolves with the socket the session goes on
 * with: a TLSSocket after 'S' (its handshake under way), else `socket` itself, paused, with what
 * was read put back. Resolves null when the socket closed, was refused, or sent too little before
 * `timeoutMs` (then it is dropped without a word, as PostgreSQL's authentication_timeout does).
 */
export function negotiateEncryption(socket: Socket, context: SecureContext, timeoutMs: number): Promise<Socket | null> {
  return new Promise((resolve) => {
    let held: Buffer = Buffer.alloc(0);
    let gssDone = false;
    const finish = (next: Socket | null): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(next);
    };
    const onClose = (): void => finish(null);
    const timer = setTimeout(() => {
      socket.destroy();
      finish(null);
    }, timeoutMs);
    timer.unref();
    const onData = (chunk: Buffer): void => {
      held = held.length ? Buffer.concat([held, chunk]) : chunk;
      while (held.length >= 4) {
        if (held.readInt32BE(0) !== 8) break;
        if (held.length < 8) return;
        const code = held.readInt32BE(4);
        if (code === GSSENC_REQUEST && !gssDone) {
          gssDone = true;
          socket.write('N');
          held = held.subarray(8);
          continue;
        }
        if (code !== SSL_REQUEST) break;
        if (held.length > 8) {
          // Bytes sent before the handshake were not encrypted, and may have been injected by a man in the middle.
          refuse(socket, new PgError(SqlState.protocolViolation, 'received unencrypted data after SSL request', {
            severity: 'FATAL',
            detail: 'This could be either a client-software bug or evidence of an attempted man-in-the-middle attack.',
          }));
          finish(null);
          return;
        }
        socket.write('S');
        const secure = new TLSSocket(socket, { isServer: true, secureContext: context });
        socket.on('error', () => secure.destroy());
        finish(secure);
        return;
      }
      if (held.length < 4) return;
      socket.pause();
      socket.unshift(held);
      finish(socket);
    };
    socket.on('data', onData);
    socket.on('close', onClose);
  });
}

/** With `--tls-required`: the FATAL that PostgreSQL's hostssl-only pg_hba.conf gives a TCP client without TLS. */
export function requireEncryption(socket: Socket, user: string, database: string): void {
  if ((socket as TLSSocket).encrypted || !socket.remoteAddress) return;
  throw new PgError(SqlState.invalidAuthorizationSpecification, `no pg_hba.conf entry for host "${socket.remoteAddress}", user "${user}", database "${database}", no encryption`, {
    severity: 'FATAL',
  });
}
