/**
 * money (cash.c) in evsql's storage form: a signed 64-bit count of cents, an SQLite INTEGER, so
 * SQLite compares, sorts, sums and indexes it as PostgreSQL does. Read and printed as under
 * lc_monetary C, the only locale evsql has: `$1,234.56`, `-$1,234.56`; two fraction digits.
 */
import { PgError, SqlState } from '../errors.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

const outOfRange = () => new PgError(SqlState.numericValueOutOfRange, 'money out of range');

/** A cent count past int64's range is 22003, as cash.c's overflow checks raise it. */
export function checkedCash(cents: bigint): bigint {
  if (cents < INT64_MIN || cents > INT64_MAX) throw outOfRange();
  return cents;
}

/**
 * cash_in: blanks, a currency symbol and a sign (`-` or an opening parenthesis) before the digits,
 * `,` between them ignored, the third fraction digit rounding half up, then blanks, `)`, a sign
 * or the symbol; nothing else.
 */
export function parseMoney(text: string): bigint {
  const invalid = () => new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type money: "${text}"`);
  let s = text.replace(/^\s*(?:\$)?\s*/, '');
  let negative = false;
  if (s.startsWith('-') || s.startsWith('(')) negative = true;
  if (/^[-(+]/.test(s)) s = s.slice(1);
  s = s.replace(/^\s*(?:\$)?\s*/, '');
  let value = 0n;
  let fraction = -1;
  let i = 0;
  for (; i < s.length; i++) {
    const ch = s[i]!;
    if (ch >= '0' && ch <= '9' && fraction < 2) {
      value = value * 10n + BigInt(ch.charCodeAt(0) - 48);
      if (value > -INT64_MIN) throw new PgError(SqlState.numericValueOutOfRange, `value "${text}" is out of range for type money`);
      if (fraction >= 0) fraction++;
    } else if (ch === '.' && fraction < 0) fraction = 0;
    else if (ch !== ',') break;
  }
  if (/[5-9]/.test(s[i] ?? '')) value++;
  value *= 10n ** BigInt(2 - Math.max(fraction, 0));
  const rest = s.slice(i).replace(/^\d+/, '');
  for (const ch of rest) {
    if (ch === '-') negative = true;
    else if (!/[\s)+$]/.test(ch)) throw invalid();
  }
  const result = negative ? -value : value;
  if (result < INT64_MIN || result > INT64_MAX) throw new PgError(SqlState.numericValueOutOfRange, `value "${text}" is out of range for type money`);
  return result;
}

/** cash_out: the sign, the symbol, the units in groups of three, two fraction digits. */
export function formatMoney(cents: bigint): string {
  const magnitude = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  const units = magnitude.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${cents < 0n ? '-' : ''}$${units}.${magnitude.slice(-2)}`;
}

/** cash_numeric: the cents as a decimal text of scale 2. */
export function moneyNumericText(cents: bigint): string {
  const magnitude = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${cents < 0n ? '-' : ''}${magnitude.slice(0, -2)}.${magnitude.slice(-2)}`;
}

/** cash_mul_int8 and its kin. */
export function moneyTimesInteger(cents: bigint, n: bigint): bigint {
  return checkedCash(cents * n);
}

/** cash_mul_flt8 (a numeric converts to float8 for it): the product rounded half to even. */
export function moneyTimesFloat(cents: bigint, f: number): bigint {
  return checkedCash(roundHalfEven(Number(cents) * f));
}

/** cash_div_int8: truncated toward zero; cash_div_flt8: rounded half to even. */
export function moneyDivided(cents: bigint, divisor: bigint | number): bigint {
  if (divisor === 0n || divisor === 0) throw new PgError(SqlState.divisionByZero, 'division by zero');
  return typeof divisor === 'bigint' ? cents / divisor : checkedCash(roundHalfEven(Number(cents) / divisor));
}

/** cash_div_cash: the quotient as a float8. */
export function moneyRatio(a: bigint, b: bigint): number {
  if (b === 0n) throw new PgError(SqlState.divisionByZero, 'division by zero');
  return Number(a) / Number(b);
}

/** C's rint under the default rounding mode, to a cent count. */
function roundHalfEven(x: number): bigint {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 63) throw outOfRange();
  const floor = Math.floor(x);
  const diff = x - floor;
  const rounded = diff > 0.5 || (diff === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return BigInt(rounded);
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** cash.c's big[]: small + 18, so that big[2] is twenty. */
const tens = (n: number) => SMALL[18 + n]!;

/** cash.c's num_word: a number below 1000 in words. */
function numWord(value: number): string {
  const tu = value % 100;
  if (value <= 20) return SMALL[value]!;
  const hundreds = value > 99 ? `${SMALL[Math.floor(value / 100)]} hundred` : '';
  if (tu === 0) return hundreds;
  const rest = value % 10 === 0 && tu > 10 ? tens(tu / 10) : tu < 20 ? SMALL[tu]! : `${tens(Math.floor(tu / 10))} ${SMALL[tu % 10]}`;
  return hundreds === '' ? rest : `${hundreds}${tu < 20 && !(value % 10 === 0 && tu > 10) ? ' and' : ''} ${rest}`;
}

const GROUPS: ReadonlyArray<readonly [bigint, string]> = [
  [100000000000000000n, ' quadrillion '],
  [100000000000000n, ' trillion '],
  [100000000000n, ' billion '],
  [100000000n, ' million '],
  [100000n, ' thousand '],
];

/** cash_words: the amount in English words, its first letter upper-case. */
export function moneyWords(cents: bigint): string {
  const value = cents < 0n ? -cents : cents;
  let words = '';
  for (const [unit, name] of GROUPS) {
    const group = Number((value / unit) % 1000n);
    if (group) words += numWord(group) + name;
  }
  const units = Number((value / 100n) % 1000n);
  if (units) words += numWord(units);
  if (words === '') words = 'zero';
  const cent = Number(value % 100n);
  const text = `${cents < 0n ? 'minus ' : ''}${words}${value / 100n === 1n ? ' dollar and ' : ' dollars and '}${numWord(cent)}${cent === 1 ? ' cent' : ' cents'}`;
  return text[0]!.toUpperCase() + text.slice(1);
}
