/**
 * The Snowball English (Porter2) stemmer as PostgreSQL 15's english_stem runs it (libstemmer's
 * stem_UTF_8_english.c, generated from english.sbl): on a lowercase word, characters counted as
 * code points; a character beyond ASCII is a non-vowel.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** v_WXY of english.sbl: the characters after which a syllable is not short. */
const VOWELS_WXY = new Set([...VOWELS, 'w', 'x', 'Y']);
const VALID_LI = new Set(['c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't']);

const EXCEPTION1 = new Map<string, string>([
  ['skis', 'ski'], ['skies', 'sky'], ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'],
  ['idly', 'idl'], ['gently', 'gentl'], ['ugly', 'ugli'], ['early', 'earli'], ['only', 'onli'], ['singly', 'singl'],
  ...['sky', 'news', 'howe', 'atlas', 'cosmos', 'bias', 'andes'].map((w): [string, string] => [w, w]),
]);
const EXCEPTION2 = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
const REGION_PREFIXES = ['gener', 'commun', 'arsen'];

const STEP2: Array<[string, string]> = [
  ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['abli', 'able'], ['entli', 'ent'], ['izer', 'ize'], ['ization', 'ize'],
  ['ational', 'ate'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['aliti', 'al'], ['alli', 'al'], ['fulness', 'ful'],
  ['ousli', 'ous'], ['ousness', 'ous'], ['iveness', 'ive'], ['iviti', 'ive'], ['biliti', 'ble'], ['bli', 'ble'], ['ogi', 'og'],
  ['fulli', 'ful'], ['lessli', 'less'], ['li', ''],
];
const STEP3: Array<[string, string]> = [
  ['tional', 'tion'], ['ational', 'ate'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''], ['ative', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion'];
const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);

export function stemEnglish(word: string): string {
  const exception = EXCEPTION1.get(word);
  if (exception !== undefined) return exception;
  const w = [...word];
  if (w.length < 3) return word;
  if (w[0] === "'") w.shift();
  let yFound = false;
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 'y' && (i === 0 || VOWELS.has(w[i - 1]!))) {
      w[i] = 'Y';
      yFound = true;
    }
  }
  const vowel = (i: number) => VOWELS.has(w[i]!);
  // The position after the first non-vowel that follows a vowel, from `from`.
  const regionStart = (from: number) => {
    for (let i = from; i < w.length; i++) if (vowel(i) && i + 1 < w.length && !vowel(i + 1)) return i + 2;
    return w.length;
  };
  const joined = w.join('');
  const prefix = REGION_PREFIXES.find((p) => joined.startsWith(p));
  const p1 = prefix ? prefix.length : regionStart(0);
  const p2 = regionStart(p1);

  const ends = (s: string) => w.length >= s.length && w.slice(w.length - s.length).join('') === s;
  const longest = <T>(list: T[], key: (x: T) => string) => list.filter((x) => ends(key(x))).sort((a, b) => key(b).length - key(a).length)[0];
  const replace = (suffix: string, by: string) => w.splice(w.length - suffix.length, suffix.length, ...by);
  const hasVowelBefore = (end: number) => w.slice(0, end).some((c) => VOWELS.has(c));
  // english.sbl's shortv, at the end of w[0..end).
  const shortSyllable = (end: number) =>
    (end >= 3 && !VOWELS_WXY.has(w[end - 1]!) && VOWELS.has(w[end - 2]!) && !VOWELS.has(w[end - 3]!)) ||
    (end === 2 && !VOWELS.has(w[1]!) && VOWELS.has(w[0]!));

  // Step 1a
  const apostrophe = longest(["'", "'s'", "'s"], (s) => s);
  if (apostrophe) replace(apostrophe, '');
  const s1a = longest(['sses', 'ied', 'ies', 's', 'us', 'ss'], (s) => s);
  if (s1a === 'sses') replace(s1a, 'ss');
  else if (s1a === 'ied' || s1a === 'ies') replace(s1a, w.length - 3 >= 2 ? 'i' : 'ie');
  else if (s1a === 's' && hasVowelBefore(w.length - 2)) replace('s', '');

  if (!EXCEPTION2.has(w.join(''))) {
    // Step 1b
    const s1b = longest(['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly'], (s) => s);
    if (s1b === 'eed' || s1b === 'eedly') {
      if (w.length - s1b.length >= p1) replace(s1b, 'ee');
    } else if (s1b && hasVowelBefore(w.length - s1b.length)) {
      replace(s1b, '');
      if (ends('at') || ends('bl') || ends('iz')) w.push('e');
      else if (w.length >= 2 && DOUBLES.has(w[w.length - 2]! + w[w.length - 1]!)) w.pop();
      else if (w.length === p1 && shortSyllable(w.length)) w.push('e');
    }
    // Step 1c
    if ((ends('y') || ends('Y')) && w.length > 2 && !vowel(w.length - 2)) w[w.length - 1] = 'i';
    // Step 2
    const s2 = longest(STEP2, ([s]) => s);
    if (s2 && w.length - s2[0].length >= p1) {
      const before = w[w.length - s2[0].length - 1];
      if (s2[0] === 'ogi' ? before === 'l' : s2[0] === 'li' ? before !== undefined && VALID_LI.has(before) : true) replace(s2[0], s2[1]);
    }
    // Step 3
    const s3 = longest(STEP3, ([s]) => s);
    if (s3 && w.length - s3[0].length >= p1 && (s3[0] !== 'ative' || w.length - s3[0].length >= p2)) replace(s3[0], s3[1]);
    // Step 4
    const s4 = longest(STEP4, (s) => s);
    if (s4 && w.length - s4.length >= p2) {
      const before = w[w.length - s4.length - 1];
      if (s4 !== 'ion' || before === 's' || before === 't') replace(s4, '');
    }
    // Step 5
    if (ends('e')) {
      const at = w.length - 1;
      if (at >= p2 || (at >= p1 && !shortSyllable(at))) w.pop();
    } else if (ends('l') && w.length - 1 >= p2 && w[w.length - 2] === 'l') w.pop();
  }
  const out = w.join('');
  return yFound ? out.replace(/Y/g, 'y') : out;
}
