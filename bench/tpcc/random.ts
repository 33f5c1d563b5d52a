/**
 * TPC-C's random inputs (clause 2.1.6 and 4.3.2), at this benchmark's reduced scale. Each client
 * has its own seeded generator, so a run's inputs do not depend on how clients interleave.
 */
import { CUSTOMERS_PER_DISTRICT, ITEMS, LAST_NAMES } from './schema.js';

const SYLLABLES = ['BAR', 'OUGHT', 'ABLE', 'PRI', 'PRES', 'ESE', 'ANTI', 'CALLY', 'ATION', 'EING'];
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * NURand's run-time constants C. Clause 2.1.6.1 wants C for c_last at run time to differ from the
 * load-time one by a bounded delta; both are fixed here so runs are comparable.
 */
const C_LAST_LOAD = 157;
const C_LAST_RUN = 223;
const C_ID = 259;
const C_ITEM = 7911;

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** mulberry32: fast, 32-bit state, good enough for workload inputs. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Non-uniform random (clause 2.1.6): skewed toward a set of hot values. */
  nurand(a: number, lo: number, hi: number, c: number): number {
    return (((this.int(0, a) | this.int(lo, hi)) + c) % (hi - lo + 1)) + lo;
  }

  customerId(): number {
    return this.nurand(1023, 1, CUSTOMERS_PER_DISTRICT, C_ID);
  }

  itemId(): number {
    return this.nurand(8191, 1, ITEMS, C_ITEM);
  }

  /** A last name at run time: drawn from the names the loader gave out (see LAST_NAMES). */
  lastName(): string {
    return lastName(this.nurand(255, 0, LAST_NAMES - 1, C_LAST_RUN));
  }

  /** The last name of customer `cId` at load time: every name once, then skewed draws. */
  loadLastName(cId: number): string {
    return lastName(cId <= LAST_NAMES ? cId - 1 : this.nurand(255, 0, LAST_NAMES - 1, C_LAST_LOAD));
  }

  alnum(min: number, max: number): string {
    const n = this.int(min, max);
    let s = '';
    for (let i = 0; i < n; i++) s += ALNUM[Math.floor(this.next() * ALNUM.length)];
    return s;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }

  /** i_data / s_data: 10% contain "ORIGINAL" somewhere (clause 4.3.3.1). */
  data(min: number, max: number): string {
    const s = this.alnum(min, max);
    if (this.next() >= 0.1) return s;
    const at = this.int(0, s.length - 8);
    return s.slice(0, at) + 'ORIGINAL' + s.slice(at + 8);
  }

  zip(): string {
    return this.digits(4) + '11111';
  }

  /** A fixed-point value in [lo, hi] with `scale` fraction digits, as text for a numeric column. */
  fixed(lo: number, hi: number, scale: number): string {
    const f = 10 ** scale;
    return (this.int(Math.round(lo * f), Math.round(hi * f)) / f).toFixed(scale);
  }
}

/** Clause 4.3.2.3: three syllables chosen by the digits of a number in 0..999. */
export function lastName(n: number): string {
  return SYLLABLES[Math.floor(n / 100) % 10]! + SYLLABLES[Math.floor(n / 10) % 10]! + SYLLABLES[n % 10]!;
}
