/**
 * random() after setseed(): PostgreSQL's own generator (src/common/pg_prng.c, xoroshiro128**
 * seeded through splitmix64), so a seeded session draws PostgreSQL's values, in its order. The
 * state travels as a session setting: every replica starts a request from the same state and
 * hands the state after its draws back, as set_config() hands back what it set.
 */
import { PgError, SqlState } from '../../pg/errors.js';

/** The session setting holding the generator's state after setseed(): two 64-bit words in hex. */
export const RANDOM_STATE_SETTING = 'evsql.random_state';

const MASK = (1n << 64n) - 1n;
const rotl = (x: bigint, bits: bigint): bigint => ((x << bits) | (x >> (64n - bits))) & MASK;

function splitmix64(state: { seed: bigint }): bigint {
  state.seed = (state.seed + 0x9e3779b97f4a7c15n) & MASK;
  let v = state.seed;
  v = ((v ^ (v >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  v = ((v ^ (v >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return v ^ (v >> 31n);
}

const encode = (s0: bigint, s1: bigint): string => s0.toString(16).padStart(16, '0') + s1.toString(16).padStart(16, '0');

/** setseed(seed): the state pg_prng_fseed makes of a double in [-1, 1]. */
export function seededState(seed: number): string {
  if (!(seed >= -1 && seed <= 1)) throw new PgError(SqlState.invalidParameterValue, `setseed parameter ${seed} is out of allowed range [-1,1]`);
  // C's (int64) cast truncates toward zero; the (uint64) one that follows wraps a negative seed.
  const state = { seed: BigInt.asUintN(64, BigInt(Math.trunc((2 ** 52 - 1) * seed))) };
  let s0 = splitmix64(state);
  let s1 = splitmix64(state);
  if (s0 === 0n && s1 === 0n) [s0, s1] = [0x5851f42d4c957f2dn, 0x14057b7ef767814fn];
  return encode(s0, s1);
}

/** One draw of pg_prng_double from `state`: the value in [0, 1) and the state after it. */
export function seededDraw(state: string): { value: number; state: string } {
  const s0 = BigInt(`0x${state.slice(0, 16)}`);
  const sx = BigInt(`0x${state.slice(16)}`) ^ s0;
  const v = (rotl((s0 * 5n) & MASK, 7n) * 9n) & MASK;
  return { value: Number(v >> 12n) / 2 ** 52, state: encode(rotl(s0, 24n) ^ sx ^ ((sx << 16n) & MASK), rotl(sx, 37n)) };
}
