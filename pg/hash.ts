/**
 * PostgreSQL's hash_bytes (src/common/hashfn.c, Bob Jenkins' lookup3), as hashtext() applies it to
 * a text's bytes in a deterministic collation: the int4 apps take advisory lock keys from.
 */
const rot = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

export function hashBytes(k: Uint8Array): number {
  let len = k.length;
  let a = (0x9e3779b9 + len + 3923095) >>> 0;
  let b = a;
  let c = a;
  const word = (i: number) => (k[i]! | (k[i + 1]! << 8) | (k[i + 2]! << 16) | (k[i + 3]! << 24)) >>> 0;
  let at = 0;
  while (len >= 12) {
    a = (a + word(at)) >>> 0;
    b = (b + word(at + 4)) >>> 0;
    c = (c + word(at + 8)) >>> 0;
    a = (a - c) >>> 0; a = (a ^ rot(c, 4)) >>> 0; c = (c + b) >>> 0;
    b = (b - a) >>> 0; b = (b ^ rot(a, 6)) >>> 0; a = (a + c) >>> 0;
    c = (c - b) >>> 0; c = (c ^ rot(b, 8)) >>> 0; b = (b + a) >>> 0;
    a = (a - c) >>> 0; a = (a ^ rot(c, 16)) >>> 0; c = (c + b) >>> 0;
    b = (b - a) >>> 0; b = (b ^ rot(a, 19)) >>> 0; a = (a + c) >>> 0;
    c = (c - b) >>> 0; c = (c ^ rot(b, 4)) >>> 0; b = (b + a) >>> 0;
    at += 12;
    len -= 12;
  }
  // The last 11 bytes, little-endian; the lowest byte of c is left for the length.
  const byte = (i: number, shift: number) => (k[at + i]! << shift) >>> 0;
  if (len >= 11) c = (c + byte(10, 24)) >>> 0;
  if (len >= 10) c = (c + byte(9, 16)) >>> 0;
  if (len >= 9) c = (c + byte(8, 8)) >>> 0;
  if (len >= 8) b = (b + byte(7, 24)) >>> 0;
  if (len >= 7) b = (b + byte(6, 16)) >>> 0;
  if (len >= 6) b = (b + byte(5, 8)) >>> 0;
  if (len >= 5) b = (b + byte(4, 0)) >>> 0;
  if (len >= 4) a = (a + byte(3, 24)) >>> 0;
  if (len >= 3) a = (a + byte(2, 16)) >>> 0;
  if (len >= 2) a = (a + byte(1, 8)) >>> 0;
  if (len >= 1) a = (a + byte(0, 0)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rot(b, 14)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rot(c, 11)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rot(a, 25)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rot(b, 16)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rot(c, 4)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rot(a, 14)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rot(b, 24)) >>> 0;
  return c | 0;
}

/** hashtext(text): int4. */
export function hashText(s: string): number {
  return hashBytes(Buffer.from(s, 'utf8'));
}
