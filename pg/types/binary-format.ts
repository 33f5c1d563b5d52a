/** PostgreSQL's binary wire format: each type's *_send and *_recv on the storage convention. */
import { hstoreBinary, hstoreFromBinary } from './hstore.js';
import { isUtf8 } from 'node:buffer';
import { PgError, SqlState } from '../errors.js';
import { arrayBinary, decodeArrayBinary } from './array.js';
import { exactLength, need } from './binary-input.js';
import { toBool } from './bool.js';
import { toBytea } from './bytea.js';
import { decodeFloatText } from './float.js';
import { INT2, INT32_MAX, INT32_MIN, INT4, INT8, OIDT, toInteger } from './integer.js';
import { formatInterval, parseInterval } from './interval.js';
import { decimalText, decodeNumericBinary, numericBinary, numericRecv } from './numeric.js';
import { OID, arrayElementOid, type ArrayValue, type SqliteValue } from './registry.js';
import { scalarText } from './scalar-text.js';
import { decodeTextParam, encodeText } from './text-format.js';
import {
  DATE_END_DAYS,
  MIN_DAYS,
  USEC_PER_DAY,
  clockText,
  formatDate,
  formatTimestamp,
  parseDate,
  parseTime,
  parseTimetz,
  parseTimestamp,
  timestampFromMicros,
  timestampMicros,
} from './timestamp.js';
import { formatInet, inetBinary, inetFromBinary, storedInet } from './inet.js';
import { bitsFromBinary, bitsToBinary } from './bit-string.js';
import { formatTimetz } from './timetz.js';
import { uuidBytes, uuidFromBytes } from './uuid.js';
import { checkedLsn } from './lsn.js';
import { tsqueryBinary, tsqueryFromBinary, tsvectorBinary, tsvectorFromBinary } from '../text-search/binary.js';
import { formatTsquery, parseTsquery } from '../text-search/tsquery.js';
import { formatTsvector, parseTsvector } from '../text-search/tsvector.js';
import { decodeRangeBinary, formatRange, parseRange, rangeBinary, rangeSubtype } from './range.js';

/**
 * A stored value in PostgreSQL's binary send format (null stays null). Types without a binary
 * format of their own here are sent as their text's UTF-8 bytes, which is their send format for
 * text-like types.
 */
export function encodeBinary(value: SqliteValue | ArrayValue, oid: number, typmod = -1): Buffer | null {
  if (value === null) return null;
  switch (oid) {
    case OID.int4: {
      const out = Buffer.allocUnsafe(4);
      out.writeInt32BE(Number(toInteger(value, INT4)));
      return out;
    }
    // cash_send: the cent count as an int8; pg_lsn_send the position as a uint64, which a stored one fits in.
    case OID.money:
    case OID.pg_lsn:
    case OID.xid8:
    case OID.int8: {
      const out = Buffer.allocUnsafe(8);
      out.writeBigInt64BE(toInteger(value, INT8));
      return out;
    }
    case OID.int2: {
      const out = Buffer.allocUnsafe(2);
      out.writeInt16BE(Number(toInteger(value, INT2)));
      return out;
    }
    case OID.oid:
    case OID.regproc:
    case OID.regprocedure:
    case OID.regoper:
    case OID.regoperator:
    case OID.regclass:
    case OID.regtype:
    case OID.regnamespace:
    case OID.regrole:
    case OID.xid:
    case OID.cid: {
      const out = Buffer.allocUnsafe(4);
      out.writeUInt32BE(Number(BigInt.asUintN(32, toInteger(value, OIDT))));
      return out;
    }
    case OID.text:
    case OID.varchar:
    case OID.name:
    case OID.json:
      return Buffer.from(typeof value === 'string' ? value : scalarText(value), 'utf8');
    case OID.bool:
      return Buffer.from([toBool(value) ? 1 : 0]);
    case OID.float8: {
      const out = Buffer.allocUnsafe(8);
      out.writeDoubleBE(toFloat(value, false));
      return out;
    }
    case OID.float4: {
      const out = Buffer.allocUnsafe(4);
      out.writeFloatBE(toFloat(value, true));
      return out;
    }
    case OID.numeric:
      return numericBinary(value, typmod);
    case OID.bytea:
      return toBytea(value);
    case OID.jsonb: {
      const text = Buffer.from(typeof value === 'string' ? value : scalarText(value), 'utf8');
      const out = Buffer.allocUnsafe(text.length + 1);
      out[0] = JSONB_VERSION;
      text.copy(out, 1);
      return out;
    }
    case OID.date: {
      const days = parseDate(scalarText(value));
      const out = Buffer.allocUnsafe(4);
      out.writeInt32BE(days === 'infinity' ? INT32_MAX : days === '-infinity' ? INT32_MIN : days);
      return out;
    }
    case OID.time: {
      const out = Buffer.allocUnsafe(8);
      out.writeBigInt64BE(BigInt(parseTime(scalarText(value))));
      return out;
    }
    case OID.timetz: {
      // timetz_send: the clock's microseconds, then the zone in seconds west of UTC.
      const t = parseTimetz(scalarText(value));
      const out = Buffer.alloc(12);
      out.writeBigInt64BE(BigInt(t.usec));
      out.writeInt32BE(-t.offset, 8);
      return out;
    }
    case OID.timestamp:
    case OID.timestamptz: {
      const out = Buffer.allocUnsafe(8);
      out.writeBigInt64BE(timestampMicros(parseTimestamp(scalarText(value), oid === OID.timestamptz)));
      return out;
    }
    case OID.interval: {
      const iv = parseInterval(scalarText(value));
      const out = Buffer.allocUnsafe(16);
      out.writeBigInt64BE(BigInt(iv.usec), 0);
      out.writeInt32BE(iv.days, 8);
      out.writeInt32BE(iv.months, 12);
      return out;
    }
    case OID.uuid:
      return uuidBytes(value);
    case OID.inet:
    case OID.cidr:
      return inetBinary(storedInet(scalarText(value)), oid === OID.cidr);
    case OID.bit:
    case OID.varbit:
      return bitsToBinary(scalarText(value));
    case OID.hstore:
      return hstoreBinary(scalarText(value));
    case OID.tsvector:
      return tsvectorBinary(parseTsvector(scalarText(value)));
    case OID.tsquery:
      return tsqueryBinary(scalarText(value) === '' ? null : parseTsquery(scalarText(value), () => undefined));
    default: {
      if (rangeSubtype(oid) !== 0) return rangeBinary(parseRange(scalarText(value), oid, decodeTextParam), oid, encodeBinary);
      const elem = arrayElementOid(oid);
      if (elem !== 0) return arrayBinary(value, elem, typmod, encodeBinary);
      return Buffer.from(encodeText(value, oid, typmod)!, 'utf8');
    }
  }
}

const JSONB_VERSION = 1;

function toFloat(value: SqliteValue | ArrayValue, float4: boolean): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const v = decodeFloatText(scalarText(value), float4);
  return typeof v === 'number' ? v : NaN;
}

/**
 * A binary-format parameter in the storage convention. oid 0 (unspecified) and bytea give the
 * bytes as they are. A value too short raises 22P03 'insufficient data left in message', one too
 * long 22P03 'incorrect binary data format' (PostgreSQL adds 'in bind parameter N').
 */
export function decodeBinaryParam(buf: Buffer, oid: number): SqliteValue {
  switch (oid) {
    case 0:
    case OID.bytea:
      return buf;
    case OID.bool:
      exactLength(buf, 1);
      return buf[0] !== 0 ? 1 : 0;
    case OID.int2:
      exactLength(buf, 2);
      return BigInt(buf.readInt16BE(0));
    case OID.int4:
      exactLength(buf, 4);
      return BigInt(buf.readInt32BE(0));
    case OID.int8:
    case OID.money:
    case OID.xid8:
      exactLength(buf, 8);
      return buf.readBigInt64BE(0);
    case OID.pg_lsn:
      exactLength(buf, 8);
      return checkedLsn(buf.readBigUInt64BE(0));
    case OID.oid:
    case OID.regproc:
    case OID.regprocedure:
    case OID.regoper:
    case OID.regoperator:
    case OID.regclass:
    case OID.regtype:
    case OID.regnamespace:
    case OID.regrole:
    case OID.xid:
    case OID.cid:
      exactLength(buf, 4);
      return BigInt(buf.readUInt32BE(0));
    case OID.float4: {
      exactLength(buf, 4);
      const v = buf.readFloatBE(0);
      return v === v ? v : 'NaN';
    }
    case OID.float8: {
      exactLength(buf, 8);
      const v = buf.readDoubleBE(0);
      return v === v ? v : 'NaN';
    }
    case OID.numeric:
      return decodeNumericBinary(buf);
    case OID.jsonb: {
      need(buf, 1);
      if (buf[0] !== JSONB_VERSION) throw new PgError(SqlState.internalError, `unsupported jsonb version number ${buf[0]}`);
      return decodeTextParam(utf8Text(buf.subarray(1)), OID.jsonb);
    }
    case OID.date: {
      exactLength(buf, 4);
      const days = buf.readInt32BE(0);
      if (days === INT32_MAX) return 'infinity';
      if (days === INT32_MIN) return '-infinity';
      if (days < MIN_DAYS || days >= DATE_END_DAYS) throw new PgError(SqlState.datetimeFieldOverflow, 'date out of range');
      return formatDate(days);
    }
    case OID.time: {
      exactLength(buf, 8);
      const usec = buf.readBigInt64BE(0);
      if (usec < 0n || usec > BigInt(USEC_PER_DAY)) throw new PgError(SqlState.datetimeFieldOverflow, 'time out of range');
      return clockText(Number(usec));
    }
    case OID.timetz: {
      exactLength(buf, 12);
      const usec = buf.readBigInt64BE(0);
      if (usec < 0n || usec > BigInt(USEC_PER_DAY)) throw new PgError(SqlState.datetimeFieldOverflow, 'time out of range');
      return formatTimetz({ usec: Number(usec), offset: -buf.readInt32BE(8) });
    }
    case OID.timestamp:
    case OID.timestamptz:
      exactLength(buf, 8);
      return formatTimestamp(timestampFromMicros(buf.readBigInt64BE(0)), oid === OID.timestamptz);
    case OID.interval:
      exactLength(buf, 16);
      return formatInterval({
        usec: Number(buf.readBigInt64BE(0)),
        days: buf.readInt32BE(8),
        months: buf.readInt32BE(12),
      });
    case OID.uuid:
      exactLength(buf, 16);
      return uuidFromBytes(buf);
    case OID.inet:
    case OID.cidr:
      return formatInet(inetFromBinary(buf, oid === OID.cidr), oid === OID.cidr);
    case OID.bit:
    case OID.varbit:
      return bitsFromBinary(buf);
    case OID.hstore:
      return hstoreFromBinary(buf);
    case OID.tsvector:
      // Through the text form: lexemes sorted and made distinct as tsvectorrecv does.
      return formatTsvector(parseTsvector(formatTsvector(tsvectorFromBinary(buf))));
    case OID.tsquery:
      return formatTsquery(tsqueryFromBinary(buf));
    default: {
      // A numeric bound keeps the scale it was sent with.
      if (rangeSubtype(oid) !== 0) return formatRange(decodeRangeBinary(buf, oid, (b, o) => (o === OID.numeric ? numericRecvText(b) : decodeBinaryParam(b, o))));
      const elem = arrayElementOid(oid);
      return elem === 0 ? decodeTextParam(utf8Text(buf), oid) : decodeArrayBinary(buf, elem, decodeBinaryParam);
    }
  }
}

/** Text received in binary form must be valid UTF-8 without NUL bytes, as pg_verify_mbstr demands. */
export function utf8Text(buf: Buffer): string {
  if (isUtf8(buf) && !buf.includes(0)) return buf.toString('utf8');
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 1;
    const seq = buf.subarray(i, i + len);
    if (b === 0 || (len === 1 && b >= 0x80) || seq.length < len || !isUtf8(seq)) {
      const bytes = [...seq].map((x) => '0x' + x.toString(16).padStart(2, '0')).join(' ');
      throw new PgError(SqlState.characterNotInRepertoire, `invalid byte sequence for encoding "UTF8": ${bytes}`);
    }
    i += len;
  }
  return buf.toString('utf8');
}

function numericRecvText(buf: Buffer): string {
  const d = numericRecv(buf);
  return typeof d === 'string' ? d : decimalText(d);
}
