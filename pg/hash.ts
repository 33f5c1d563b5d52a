/**
 * PostgreSQL's hash_bytes (src/common/hashfn.c, Bob Jenkins' lookup3), as hashtext() applies it to
 * a text's bytes in a deterministic collation: the int4 apps take advisory lock keys from; and its
 * seeded 64-bit variants, which hash partitioning routes rows by (partbounds.c).
 */
const rot = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** lookup3's state, a, b and c. */
type State = [number, number, number];

function mix(s: State): void {
  let [a, b, c] = s;
  a = (a - c) >>> 0; a = (a ^ rot(c, 4)) >>> 0; c = (c + b) >>> 0;
  b = (b - a) >>> 0; b = (b ^ rot(a, 6)) >>> 0; a = (a + c) >>> 0;
  c = (c - b) >>> 0; c = (c ^ rot(b, 8)) >>> 0; b = (b + a) >>> 0;
  a = (a - c) >>> 0; a = (a ^ rot(c, 16)) >>> 0; c = (c + b) >>> 0;
  b = (b - a) >>> 0; b = (b ^ rot(a, 19)) >>> 0; a = (a + c) >>> 0;
  c = (c - b) >>> 0; c = (c ^ rot(b, 4)) >>> 0; b = (b + a) >>> 0;
  s[0] = a; s[1] = b; s[2] = c;
}

function final(s: State): void {
  let [a, b, c] = s;
  c = (c ^ b) >>> 0; c = (c - rot(b, 14)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rot(c, 11)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rot(a, 25)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rot(b, 16)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rot(c, 4)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rot(a, 14)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rot(b, 24)) >>> 0;
  s[0] = a; s[1] = b; s[2] = c;
}

/** The state before the data: the length in it, and a 64-bit seed mixed in where not 0 (the _extended variants). */
function initial(len: number, seed: bigint): State {
  const v = (0x9e3779b9 + len + 3923095) >>> 0;
  const s: State = [v, v, v];
  if (seed !== 0n) {
    s[0] = (s[0] + Number((seed >> 32n) & 0xffffffffn)) >>> 0;
    s[1] = (s[1] + Number(seed & 0xffffffffn)) >>> 0;
    mix(s);
  }
  return s;
}

/** hash_bytes over `k` from state `s`, ending in final. */
function bytesInto(k: Uint8Array, s: State): void {
  let len = k.length;
  const word = (i: number) => (k[i]! | (k[i + 1]! << 8) | (k[i + 2]! << 16) | (k[i + 3]! << 24)) >>> 0;
  let at = 0;
  while (len >= 12) {
    s[0] = (s[0] + word(at)) >>> 0;
    s[1] = (s[1] + word(at + 4)) >>> 0;
    s[2] = (s[2] + word(at + 8)) >>> 0;
    mix(s);
    at += 12;
    len -= 12;
  }
  // The last 11 bytes, little-endian; the lowest byte of c is left for the length.
  const add = (j: 0 | 1 | 2, i: number, shift: number) => {
    if (len > i) s[j] = (s[j] + ((k[at + i]! << shift) >>> 0)) >>> 0;
  };
  add(2, 10, 24); add(2, 9, 16); add(2, 8, 8);
  add(1, 7, 24); add(1, 6, 16); add(1, 5, 8); add(1, 4, 0);
  add(0, 3, 24); add(0, 2, 16); add(0, 1, 8); add(0, 0, 0);
  final(s);
}

/** The 64-bit result of an _extended hash: b above c. */
const extended = (s: State): bigint => (BigInt(s[1]) << 32n) | BigInt(s[2]);

export function hashBytes(k: Uint8Array): number {
  const s = initial(k.length, 0n);
  bytesInto(k, s);
  return s[2] | 0;
}

/** hash_bytes_extended: hashtextextended of a text in a deterministic collation, as uint64. */
export function hashBytesExtended(k: Uint8Array, seed: bigint): bigint {
  const s = initial(k.length, seed);
  bytesInto(k, s);
  return extended(s);
}

/**
 * hashint8extended, as uint64: the value's two halves folded into one word (so that an int2, int4
 * and int8 of one value hash alike, as hashint2/4extended do), then hash_bytes_uint32_extended.
 */
export function hashInt8Extended(v: bigint, seed: bigint): bigint {
  const lo = Number(BigInt.asUintN(32, v));
  const hi = Number(BigInt.asUintN(32, v >> 32n));
  const s = initial(4, seed);
  s[0] = (s[0] + ((lo ^ (v >= 0n ? hi : ~hi)) >>> 0)) >>> 0;
  final(s);
  return extended(s);
}

/** hashtext(text): int4. */
export function hashText(s: string): number {
  return hashBytes(Buffer.from(s, 'utf8'));
}

/** HASH_PARTITION_SEED (partbounds.c): the seed every hash partition key's hash function gets. */
const PARTITION_SEED = 0x7a5b22367996dcfdn;

/** hash_combine64 (hashfn.h), in uint64. */
function combine64(a: bigint, b: bigint): bigint {
  return BigInt.asUintN(64, a ^ BigInt.asUintN(64, b + 0x49a0f4dd15e5a8e3n + BigInt.asUintN(64, a << 54n) + (a >> 7n)));
}

/**
 * compute_partition_hash_value: a row's hash over its partition key values, integers (any width)
 * or texts, NULLs left out; the row belongs to the partition whose remainder is this modulo its modulus.
 */
export function partitionHash(values: readonly (bigint | string | null)[]): bigint {
  let row = 0n;
  for (const v of values) {
    if (v === null) continue;
    row = combine64(row, typeof v === 'bigint' ? hashInt8Extended(v, PARTITION_SEED) : hashBytesExtended(Buffer.from(v, 'utf8'), PARTITION_SEED));
  }
  return row;
}
