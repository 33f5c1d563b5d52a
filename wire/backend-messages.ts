/**
 * Backend messages of the v3 protocol, written into a MessageWriter.
 */
import type { PgError } from '../pg/errors.js';
import type { AuthRequest } from './auth.js';
import type { MessageWriter } from './frames.js';

export interface FieldDescription {
  name: string;
  tableOid: number;
  columnNumber: number;
  typeOid: number;
  typeLen: number;
  typmod: number;
  format: number;
}

export function errorResponse(w: MessageWriter, err: PgError, notice = false): void {
  w.begin(notice ? 'N' : 'E');
  const severity = err.severity;
  w.byte(0x53).cstring(severity); // S
  w.byte(0x56).cstring(severity); // V: not localized
  w.byte(0x43).cstring(err.code); // C
  w.byte(0x4d).cstring(err.message); // M
  const f = err.fields;
  if (f.detail) w.byte(0x44).cstring(f.detail);
  if (f.hint) w.byte(0x48).cstring(f.hint);
  if (f.position) w.byte(0x50).cstring(String(f.position));
  if (f.schema) w.byte(0x73).cstring(f.schema);
  if (f.table) w.byte(0x74).cstring(f.table);
  if (f.column) w.byte(0x63).cstring(f.column);
  if (f.dataType) w.byte(0x64).cstring(f.dataType);
  if (f.constraint) w.byte(0x6e).cstring(f.constraint);
  if (f.where) w.byte(0x57).cstring(f.where); // W
  w.byte(0).end();
}

export function authRequest(w: MessageWriter, m: AuthRequest | { type: 'Ok' }): void {
  w.begin('R');
  switch (m.type) {
    case 'Ok':
      w.int32(0);
      break;
    case 'CleartextPassword':
      w.int32(3);
      break;
    case 'MD5Password':
      w.int32(5).raw(m.salt);
      break;
    case 'SASL':
      w.int32(10);
      for (const mech of m.mechanisms) w.cstring(mech);
      w.byte(0);
      break;
    case 'SASLContinue':
      w.int32(11).raw(m.data);
      break;
    case 'SASLFinal':
      w.int32(12).raw(m.data);
      break;
  }
  w.end();
}

export function parameterStatus(w: MessageWriter, name: string, value: string): void {
  w.begin('S').cstring(name).cstring(value).end();
}

/** NotificationResponse: the sending session's pid, the channel, the payload. */
export function notificationResponse(w: MessageWriter, pid: number, channel: string, payload: string): void {
  w.begin('A').int32(pid).cstring(channel).cstring(payload).end();
}

/** NegotiateProtocolVersion: the newest 3.x minor version the server speaks (0), and the options it ignored. */
export function negotiateProtocolVersion(w: MessageWriter, unrecognized: string[]): void {
  w.begin('v').int32(0).int32(unrecognized.length);
  for (const o of unrecognized) w.cstring(o);
  w.end();
}

export function backendKeyData(w: MessageWriter, pid: number, secret: number): void {
  w.begin('K').int32(pid).int32(secret).end();
}

export function readyForQuery(w: MessageWriter, status: 'I' | 'T' | 'E'): void {
  w.begin('Z').byte(status.charCodeAt(0)).end();
}

export function rowDescription(w: MessageWriter, fields: FieldDescription[]): void {
  w.begin('T').int16(fields.length);
  for (const f of fields) {
    w.cstring(f.name).int32(f.tableOid).int16(f.columnNumber).int32(f.typeOid).int16(f.typeLen).int32(f.typmod).int16(f.format);
  }
  w.end();
}

export function dataRow(w: MessageWriter, values: Array<string | Buffer | null>): void {
  // Converted before the message begins: a value the client's encoding cannot hold fails the
  // statement (22P05) with no half-written row in the output.
  if (w.encoding) values = values.map((v) => (typeof v === 'string' ? w.text(v) : v));
  w.begin('D').int16(values.length);
  for (const v of values) w.value(v);
  w.end();
}

export function commandComplete(w: MessageWriter, tag: string): void {
  w.begin('C').cstring(tag).end();
}

export function parameterDescription(w: MessageWriter, oids: number[]): void {
  w.begin('t').int16(oids.length);
  for (const o of oids) w.int32(o);
  w.end();
}

/** Messages with no body: ParseComplete '1', BindComplete '2', CloseComplete '3', NoData 'n', EmptyQueryResponse 'I', PortalSuspended 's', CopyDone 'c'. */
export function empty(w: MessageWriter, type: '1' | '2' | '3' | 'n' | 'I' | 's' | 'c'): void {
  w.begin(type).end();
}

/** CopyInResponse 'G' / CopyOutResponse 'H', all columns in text format. */
export function copyResponse(w: MessageWriter, type: 'G' | 'H', columns: number, binary = false): void {
  const format = binary ? 1 : 0;
  w.begin(type).byte(format).int16(columns);
  for (let i = 0; i < columns; i++) w.int16(format);
  w.end();
}

export function copyData(w: MessageWriter, data: string | Buffer): void {
  const bytes = typeof data === 'string' ? w.text(data) : data;
  w.begin('d');
  w.raw(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
  w.end();
}
