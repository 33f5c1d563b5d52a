/**
 * tsvector and tsquery in the binary format (tsvectorsend/recv, tsquerysend/recv): a tsvector as
 * its lexemes with their packed positions (weight in the top two bits), a tsquery as its items in
 * prefix order, each operator's right operand before its left.
 */
import { PgError, SqlState } from '../errors.js';
import type { QueryNode, TsQuery } from './tsquery.js';
import type { TsVector } from './tsvector.js';

const OPERATORS = { '!': 1, '&': 2, '|': 3, '<->': 4 } as const;

export function tsvectorBinary(v: TsVector): Buffer {
  const parts: Buffer[] = [int32(v.length)];
  for (const l of v) {
    const positions = Buffer.alloc(2 + 2 * l.positions.length);
    positions.writeUInt16BE(l.positions.length, 0);
    l.positions.forEach((p, i) => positions.writeUInt16BE((p.weight << 14) | p.pos, 2 + 2 * i));
    parts.push(Buffer.from(l.word + '\0', 'utf8'), positions);
  }
  return Buffer.concat(parts);
}

export function tsqueryBinary(q: TsQuery): Buffer {
  const items: Buffer[] = [];
  const walk = (n: QueryNode) => {
    if (n.kind === 'val') items.push(Buffer.from([1, n.weight, n.prefix ? 1 : 0]), Buffer.from(n.word + '\0', 'utf8'));
    else if (n.kind === 'not') {
      items.push(Buffer.from([2, OPERATORS['!']]));
      walk(n.arg);
    } else if (n.kind === 'op') {
      items.push(Buffer.from([2, OPERATORS[n.op]]));
      if (n.op === '<->') items.push(Buffer.from([n.distance >> 8, n.distance & 0xff]));
      walk(n.right);
      walk(n.left);
    }
  };
  if (q) walk(q);
  const count = (n: QueryNode): number => (n.kind === 'not' ? 1 + count(n.arg) : n.kind === 'op' ? 1 + count(n.left) + count(n.right) : 1);
  return Buffer.concat([int32(q ? count(q) : 0), ...items]);
}

function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n, 0);
  return b;
}

function malformed(type: string): PgError {
  return new PgError(SqlState.invalidBinaryRepresentation, `invalid ${type} in binary format`);
}

/** A binary parameter read back into the value (sorted and checked by the caller's text round trip). */
export function tsvectorFromBinary(buf: Buffer): TsVector {
  let at = 0;
  const need = (n: number) => {
    if (at + n > buf.length) throw malformed('tsvector');
  };
  need(4);
  const count = buf.readInt32BE(0);
  at = 4;
  const out: TsVector = [];
  for (let i = 0; i < count; i++) {
    const end = buf.indexOf(0, at);
    if (end < 0) throw malformed('tsvector');
    const word = buf.toString('utf8', at, end);
    at = end + 1;
    need(2);
    const n = buf.readUInt16BE(at);
    at += 2;
    need(2 * n);
    const positions = Array.from({ length: n }, (_, j) => {
      const p = buf.readUInt16BE(at + 2 * j);
      return { pos: p & 0x3fff, weight: p >> 14 };
    });
    at += 2 * n;
    out.push({ word, positions });
  }
  return out;
}

export function tsqueryFromBinary(buf: Buffer): TsQuery {
  if (buf.length < 4) throw malformed('tsquery');
  let at = 4;
  const item = (): QueryNode => {
    const kind = buf[at++];
    if (kind === 1) {
      const weight = buf[at++]!;
      const prefix = buf[at++] === 1;
      const end = buf.indexOf(0, at);
      if (end < 0) throw malformed('tsquery');
      const word = buf.toString('utf8', at, end);
      at = end + 1;
      return { kind: 'val', word, weight, prefix };
    }
    if (kind !== 2) throw malformed('tsquery');
    const oper = buf[at++];
    if (oper === OPERATORS['!']) return { kind: 'not', arg: item() };
    const op = oper === 2 ? '&' : oper === 3 ? '|' : oper === 4 ? '<->' : undefined;
    if (!op) throw malformed('tsquery');
    const distance = op === '<->' ? buf.readUInt16BE((at += 2) - 2) : 0;
    const right = item();
    return { kind: 'op', op, distance, left: item(), right };
  };
  return buf.readInt32BE(0) === 0 ? null : item();
}
