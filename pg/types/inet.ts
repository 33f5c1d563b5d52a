/**
 * inet and cidr: input as network_in reads it (PostgreSQL's inet_net_pton for inet, the looser
 * inet_cidr_pton for cidr, which infers a class-based width), output as inet_out/cidr_out print it,
 * the binary form of inet_send, and network_cmp's order as a sortable text.
 *
 * A value is stored as its output text; equal values of one type have one text.
 */
import { PgError, SqlState } from '../errors.js';
import { hexValue, invalidSyntax } from './input-syntax.js';

export interface Inet {
  /** 4 or 6. */
  family: 4 | 6;
  /** The netmask length. */
  bits: number;
  /** 4 or 16 bytes. */
  bytes: number[];
}

/** network_in: an inet or cidr value from its text; 22P02 when malformed or, for cidr, when host bits are set. */
export function parseInet(text: string, cidr: boolean): Inet {
  const label = cidr ? 'cidr' : 'inet';
  const value = text.includes(':') ? ipv6(text) : ipv4(text, cidr);
  if (value === undefined) throw invalidSyntax(label, text);
  if (cidr && !hostBitsClear(value)) {
    throw new PgError(SqlState.invalidTextRepresentation, `invalid cidr value: "${text}"`, { detail: 'Value has bits set to right of mask.' });
  }
  return value;
}

function ipv4(text: string, cidr: boolean): Inet | undefined {
  const m = /^(\d+(?:\.\d+){0,3})(?:\/(\d+))?$/.exec(text);
  if (!m) return undefined;
  const bytes = m[1]!.split('.').map(Number);
  if (bytes.some((b) => b > 255)) return undefined;
  const given = bytes.length;
  let bits = m[2] === undefined ? -1 : Number(m[2]);
  if (bits > 32) return undefined;
  if (bits === -1) {
    // inet needs all four octets to default to /32; cidr infers the width from the address class.
    if (!cidr) {
      if (given !== 4) return undefined;
      bits = 32;
    } else {
      const first = bytes[0]!;
      bits = first >= 240 ? 32 : first >= 224 ? 8 : first >= 192 ? 24 : first >= 128 ? 16 : 8;
      if (bits < given * 8) bits = given * 8;
      if (bits === 8 && first === 224) bits = 4;
    }
  } else if (!cidr && Math.floor(bits / 8) > given) {
    return undefined;
  }
  while (bytes.length < 4) bytes.push(0);
  return { family: 4, bits, bytes };
}

function ipv6(text: string): Inet | undefined {
  const slash = text.indexOf('/');
  let bits = 128;
  let address = text;
  if (slash >= 0) {
    const width = text.slice(slash + 1);
    if (!/^\d+$/.test(width) || Number(width) > 128) return undefined;
    bits = Number(width);
    address = text.slice(0, slash);
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string, last: boolean): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const items = part.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (last && i === items.length - 1 && item.includes('.')) {
        const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(item);
        if (!v4) return undefined;
        const q = v4.slice(1).map(Number);
        if (q.some((b) => b > 255)) return undefined;
        out.push((q[0]! << 8) | q[1]!, (q[2]! << 8) | q[3]!);
        continue;
      }
      if (item.length === 0 || item.length > 4 || [...item].some((c) => hexValue(c.charCodeAt(0)) < 0)) return undefined;
      out.push(parseInt(item, 16));
    }
    return out;
  };
  const front = groups(halves[0]!, halves.length === 1);
  const back = halves.length === 2 ? groups(halves[1]!, true) : [];
  if (!front || !back) return undefined;
  const words = halves.length === 2 ? (front.length + back.length > 7 ? undefined : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back]) : front.length === 8 ? front : undefined;
  if (!words) return undefined;
  return { family: 6, bits, bytes: words.flatMap((w) => [w >> 8, w & 255]) };
}

function hostBitsClear(v: Inet): boolean {
  return v.bytes.every((b, i) => (b & ~maskByte(v.bits, i) & 255) === 0);
}

/** The netmask's byte i for a width of bits. */
function maskByte(bits: number, i: number): number {
  const n = Math.max(0, Math.min(8, bits - 8 * i));
  return (0xff00 >> n) & 255;
}

/** The address alone, as inet_net_ntop prints it. */
export function hostText(v: Inet): string {
  if (v.family === 4) return v.bytes.join('.');
  const words = Array.from({ length: 8 }, (_, i) => (v.bytes[2 * i]! << 8) | v.bytes[2 * i + 1]!);
  // The longest run of two or more zero words (the first of equal ones) becomes '::'.
  let best = { base: -1, len: 0 };
  let cur = { base: -1, len: 0 };
  for (let i = 0; i <= 8; i++) {
    if (i < 8 && words[i] === 0) {
      cur = cur.base === -1 ? { base: i, len: 1 } : { base: cur.base, len: cur.len + 1 };
    } else if (cur.base !== -1) {
      if (best.base === -1 || cur.len > best.len) best = cur;
      cur = { base: -1, len: 0 };
    }
  }
  if (best.len < 2) best = { base: -1, len: 0 };
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (best.base !== -1 && i >= best.base && i < best.base + best.len) {
      if (i === best.base) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    // An IPv4 address held in IPv6 (::a.b.c.d, ::ffff:a.b.c.d) prints in dotted form.
    if (i === 6 && best.base === 0 && (best.len === 6 || (best.len === 7 && words[7] !== 1) || (best.len === 5 && words[5] === 0xffff))) {
      out += v.bytes.slice(12).join('.');
      return out;
    }
    out += words[i]!.toString(16);
  }
  if (best.base !== -1 && best.base + best.len === 8) out += ':';
  return out;
}

function maxBits(v: Inet): number {
  return v.family === 4 ? 32 : 128;
}

/** inet_out / cidr_out: the width only where it is not the whole address, always for cidr. */
export function formatInet(v: Inet, cidr: boolean): string {
  return cidr || v.bits !== maxBits(v) ? `${hostText(v)}/${v.bits}` : hostText(v);
}

/** text(inet): the address with its width, always. */
export function inetTextWithWidth(v: Inet): string {
  return `${hostText(v)}/${v.bits}`;
}

/** abbrev(cidr): inet_cidr_ntop's form, the words or octets past the width left out. */
export function abbrevCidr(v: Inet): string {
  return v.family === 4 ? abbrevCidr4(v) : abbrevCidr6(v);
}

function abbrevCidr4(v: Inet): string {
  const shown = Math.max(1, Math.ceil(v.bits / 8));
  let end = 4;
  while (end > shown && v.bytes[end - 1] === 0) end--;
  return `${v.bytes.slice(0, end).join('.')}/${v.bits}`;
}

/** inet_cidr_ntop_ipv6, run of zeros rule included (it may be one word long, and the first longest wins). */
function abbrevCidr6(v: Inet): string {
  if (v.bits === 0) return '::/0';
  const s = networkOf(v).bytes;
  let words = Math.floor((v.bits + 15) / 16);
  if (words === 1) words = 2;
  let zeroStart = 0;
  let zeroLength = 0;
  let runStart = 0;
  let runLength = 0;
  for (let i = 0; i < words * 2; i += 2) {
    if ((s[i]! | s[i + 1]!) === 0) {
      if (runLength === 0) runStart = i / 2;
      runLength++;
    } else if (runLength && zeroLength < runLength) {
      [zeroStart, zeroLength, runLength] = [runStart, runLength, 0];
    }
  }
  if (runLength && zeroLength < runLength) [zeroStart, zeroLength] = [runStart, runLength];
  const ipv4 = zeroLength !== words && zeroStart === 0 && (zeroLength === 6 || (zeroLength === 5 && s[10] === 0xff && s[11] === 0xff) || (zeroLength === 7 && s[14] !== 0 && s[15] !== 1));
  let out = '';
  for (let p = 0; p < words; p++) {
    if (zeroLength !== 0 && p >= zeroStart && p < zeroStart + zeroLength) {
      if (p === zeroStart) out += ':';
      if (p === words - 1) out += ':';
      continue;
    }
    if (ipv4 && p > 5) {
      out += (p === 6 ? ':' : '.') + s[2 * p];
      if (p !== 7 || v.bits > 120) out += '.' + s[2 * p + 1];
    } else {
      if (out !== '') out += ':';
      out += ((s[2 * p]! << 8) | s[2 * p + 1]!).toString(16);
    }
  }
  return `${out}/${v.bits}`;
}

/**
 * A text that sorts as network_cmp orders: by family, by the bits both masks cover, the shorter
 * mask first, then by the whole address. The bits under the mask are written as '0'/'1' and end
 * in '-' (before both), so a mask that is a prefix of another sorts first.
 */
export function inetSortKey(v: Inet): string {
  let prefix = '';
  for (let i = 0; i < v.bits; i++) prefix += (v.bytes[i >> 3]! >> (7 - (i & 7))) & 1;
  return `${v.family}${prefix}-${Buffer.from(v.bytes).toString('hex')}`;
}

/** network(inet): the host bits cleared. */
export function networkOf(v: Inet): Inet {
  return { ...v, bytes: v.bytes.map((b, i) => b & maskByte(v.bits, i)) };
}

/** broadcast(inet): the host bits set. */
export function broadcastOf(v: Inet): Inet {
  return { ...v, bytes: v.bytes.map((b, i) => (b | ~maskByte(v.bits, i)) & 255) };
}

/** netmask(inet) / hostmask(inet): full-width addresses. */
export function maskOf(v: Inet, host: boolean): Inet {
  return { family: v.family, bits: maxBits(v), bytes: v.bytes.map((_, i) => (host ? ~maskByte(v.bits, i) & 255 : maskByte(v.bits, i))) };
}

/** set_masklen: -1 is the whole address; out of range is 22023. */
export function withMaskLength(v: Inet, bits: number, cidr: boolean): Inet {
  const width = bits === -1 ? maxBits(v) : bits;
  if (width < 0 || width > maxBits(v)) throw new PgError(SqlState.invalidParameterValue, `invalid mask length: ${bits}`);
  const out = { ...v, bits: width };
  return cidr ? networkOf(out) : out;
}

/** Whether a's network lies within b's: `<<` (strictly) and `<<=`. */
export function within(a: Inet, b: Inet, orEqual: boolean): boolean {
  if (a.family !== b.family) return false;
  if (orEqual ? a.bits < b.bits : a.bits <= b.bits) return false;
  return samePrefix(a, b, b.bits);
}

/** `&&`: either network contains the other. */
export function overlaps(a: Inet, b: Inet): boolean {
  return a.family === b.family && samePrefix(a, b, Math.min(a.bits, b.bits));
}

function samePrefix(a: Inet, b: Inet, bits: number): boolean {
  for (let i = 0; i < a.bytes.length; i++) {
    const m = maskByte(bits, i);
    if ((a.bytes[i]! & m) !== (b.bytes[i]! & m)) return false;
  }
  return true;
}

/** inet + integer (and - integer): the address moved, 22003 beyond the family's range. */
export function addToInet(v: Inet, n: bigint): Inet {
  let value = 0n;
  for (const b of v.bytes) value = (value << 8n) | BigInt(b);
  value += n;
  if (value < 0n || value >= 1n << BigInt(8 * v.bytes.length)) throw new PgError(SqlState.numericValueOutOfRange, 'result is out of range');
  const bytes = v.bytes.map((_, i) => Number((value >> BigInt(8 * (v.bytes.length - 1 - i))) & 255n));
  return { ...v, bytes };
}

/** inet - inet: the difference of the addresses, 22023 across families. */
export function inetDifference(a: Inet, b: Inet): bigint {
  if (a.family !== b.family) throw new PgError(SqlState.invalidParameterValue, 'cannot subtract inet values of different sizes');
  const num = (v: Inet) => v.bytes.reduce((acc, x) => (acc << 8n) | BigInt(x), 0n);
  const d = num(a) - num(b);
  if (d > 0x7fffffffffffffffn || d < -0x8000000000000000n) throw new PgError(SqlState.numericValueOutOfRange, 'result is out of range');
  return d;
}

/** inetnot (`~`), inetand (`&`), inetor (`|`): the addresses' bits; 22023 across families. */
export function inetBits(op: '~' | '&' | '|', a: Inet, b?: Inet): Inet {
  if (op === '~' || !b) return { ...a, bytes: a.bytes.map((x) => ~x & 255) };
  if (a.family !== b.family) throw new PgError(SqlState.invalidParameterValue, `cannot ${op === '&' ? 'AND' : 'OR'} inet values of different sizes`);
  return { family: a.family, bits: Math.max(a.bits, b.bits), bytes: a.bytes.map((x, i) => (op === '&' ? x & b.bytes[i]! : x | b.bytes[i]!)) };
}

/** inet_send: family (PGSQL_AF_INET 2, PGSQL_AF_INET6 3), bits, is_cidr, length, the bytes. */
export function inetBinary(v: Inet, cidr: boolean): Buffer {
  return Buffer.from([v.family === 4 ? 2 : 3, v.bits, cidr ? 1 : 0, v.bytes.length, ...v.bytes]);
}

/** inet_recv: 22P03 for a malformed value. */
export function inetFromBinary(buf: Buffer, cidr: boolean): Inet {
  const bad = (what: string) => new PgError(SqlState.invalidBinaryRepresentation, `invalid ${what} in external "${cidr ? 'cidr' : 'inet'}" value`);
  if (buf.length < 4) throw bad('length');
  const family = buf[0] === 2 ? 4 : buf[0] === 3 ? 6 : undefined;
  if (family === undefined) throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid address family in external "inet" value');
  const bytes = [...buf.subarray(4)];
  const bits = buf[1]!;
  if (bits > (family === 4 ? 32 : 128)) throw bad('bits');
  if (buf[3] !== bytes.length || bytes.length !== (family === 4 ? 4 : 16)) throw bad('length');
  const v: Inet = { family, bits, bytes };
  if (cidr && !hostBitsClear(v)) throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid external "cidr" value', { detail: 'Value has bits set to right of mask.' });
  return v;
}

/** The stored text of an inet or cidr value, read back (it was written by formatInet). */
export function storedInet(text: string): Inet {
  return parseInet(text, false);
}
