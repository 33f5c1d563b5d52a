/**
 * jsonpath (pg/types/jsonpath.ts), jsonb's editing functions (pg/types/jsonb-edit.ts), json's
 * source-text `->` (pg/types/json.ts), to_char(interval) and date_bin against the text PostgreSQL
 * 15 printed for the same calls (PostgreSQL 15.18), and the refusals of what evsql does not evaluate.
 */
import { describe, expect, it } from 'vitest';
import { jsonbText, jsonSourceStep, parseJson } from '../../pg/types/json.js';
import { jsonbConcat, jsonbDeleteKeys, jsonbDeletePath, jsonbPretty, jsonbSetPath, jsonbStripNulls } from '../../pg/types/jsonb-edit.js';
import { jsonPathMatch, jsonPathQuery, parseJsonPath } from '../../pg/types/jsonpath.js';
import { formatIntervalChar } from '../../pg/to-char.js';
import { parseInterval } from '../../pg/types/interval.js';
import { dateBin } from '../../pg/datetime.js';
import { sqlstate } from '../helpers/sqlstate.js';

const query = (doc: string, path: string, vars = '{}') => jsonbText(jsonPathQuery(parseJson(doc), parseJsonPath(path), parseJson(vars)));

describe('jsonpath in lax mode', () => {
  const cases: Array<[string, string, string]> = [
    ['{"a":[1,2,3]}', '$.a[*] ? (@ > 1)', '[2, 3]'],
    ['{"a":[1,2.50,3]}', '$.a[*]', '[1, 2.50, 3]'],
    ['{"a":[1,2,3,4]}', '$.a[1 to last]', '[2, 3, 4]'],
    ['{"a":[1,2,3]}', '$.a[last - 1]', '[2]'],
    ['{"items":[{"n":"x","p":5},{"n":"y","p":15}]}', '$.items[*] ? (@.p > 10).n', '["y"]'],
    ['{"a":[{"b":1},{"b":2}]}', '$.a.b', '[1, 2]'],
    ['{"a":{"b":1,"c":[2,3]}}', '$.a.*', '[1, [2, 3]]'],
    ['[1,[2,3],{"x":1}]', '$[*].type()', '["number", "array", "object"]'],
    ['[1,[2,3]]', '$[*].size()', '[1, 2]'],
    ['{"a":[-1.5, 2.5]}', '$.a[*].abs()', '[1.5, 2.5]'],
    ['{"a":["abc","xbc"]}', '$.a[*] ? (@ starts with "ab")', '["abc"]'],
    ['{"a":[1,null,"x"]}', '$.a[*] ? (@ != null)', '[1, "x"]'],
    ['{"a":[1,2]}', '$.a ? (!(@ == 1))', '[2]'],
    ['{"a":1}', '$.a ? (@ > $min)', '[1]'],
  ];
  it.each(cases)('%s %s', (doc, path, expected) => {
    expect(query(doc, path, '{"min": 0}')).toBe(expected);
  });

  it('answers predicates with true, false or unknown', () => {
    const match = (doc: string, path: string) => jsonPathMatch(parseJson(doc), parseJsonPath(path), parseJson('{}'));
    expect(match('{"a":[1,2,3]}', '$.a[*] > 2')).toBe(true);
    expect(match('{"a":[1,2,3]}', '$.a[*] > 5')).toBe(false);
    expect(match('{"a":"x"}', '$.a > 5')).toBe(null);
  });

  it('refuses what it does not evaluate, and bad syntax', () => {
    expect(sqlstate(() => parseJsonPath('$.a.datetime("DD-MM-YYYY")'))).toBe('0A000');
    expect(sqlstate(() => parseJsonPath('$.a ? (@ like_regex "x" flag "x")'))).toBe('0A000');
    expect(sqlstate(() => query('[{"a":1}]', '$[*].keyvalue()'))).toBe('0A000');
    expect(sqlstate(() => parseJsonPath('$.a ? (@ >'))).toBe('42601');
  });
});

describe('jsonpath in strict mode, arithmetic, like_regex, .** and methods', () => {
  // PostgreSQL 15's answers (test/corpus/32-json13.sql).
  const cases: Array<[string, string, string]> = [
    ['{"a": [{"b": 1}]}', 'strict $.a[*].b', '[1]'],
    ['[1, "a"]', 'strict $[*] ? (@ > 0)', '[1]'],
    ['[1, [2, [3]]]', 'strict $.**', '[[1, [2, [3]]], 1, [2, [3]], 2, [3], 3]'],
    ['{"a": {"b": {"c": 1}}, "c": 2}', '$.**.c', '[2, 1]'],
    ['{"a": {"b": {"c": 1}}}', '$.**{2 to last}', '[{"c": 1}, 1]'],
    ['{"x": [{"k": 1}, {"k": 2}]}', '$.** ? (@.k > 1)', '[{"k": 2}, {"k": 2}]'],
    ['{"a": 7}', '$.a / 2', '[3.5000000000000000]'],
    ['{"a": 1.50}', '$.a * 2', '[3.00]'],
    ['1', '($ + 2) * 3', '[9]'],
    ['[1, 2, 3]', '-$[*]', '[-1, -2, -3]'],
    ['["ABC", "abd", "xyz"]', '$[*] ? (@ like_regex "^ab" flag "i")', '["ABC", "abd"]'],
    ['[1, "a1"]', '$[*] ? (@ like_regex "1")', '["a1"]'],
    ['["1.5", 2, "1e2"]', '$[*].double()', '[1.5, 2, 100]'],
    ['{"a": 1, "b": [2]}', '$.keyvalue()', '[{"id": 0, "key": "a", "value": 1}, {"id": 0, "key": "b", "value": [2]}]'],
    ['["2024-02-29 10:30:00"]', '$[*].datetime()', '["2024-02-29T10:30:00"]'],
    ['["2024-02-29", "2023-01-01"]', '$[*] ? (@.datetime() > "2024-01-01".datetime())', '["2024-02-29"]'],
    ['["2024-02-29"]', '$[*].datetime().type()', '["date"]'],
  ];
  it.each(cases)('%s %s', (doc, path, expected) => {
    expect(query(doc, path)).toBe(expected);
  });

  it('raises strict mode\'s structural errors and arithmetic errors', () => {
    expect(sqlstate(() => query('{"a": 1}', 'strict $.b'))).toBe('2203A');
    expect(sqlstate(() => query('[1, 2]', 'strict $[5]'))).toBe('22033');
    expect(sqlstate(() => query('{"a": 1}', 'strict $[0]'))).toBe('22039');
    expect(sqlstate(() => query('{"a": "x"}', '$.a + 1'))).toBe('22038');
    expect(sqlstate(() => query('{"a": 7}', '$.a / 0'))).toBe('22012');
    expect(query('{"a": 1}', 'lax $.b')).toBe('[]');
  });
});

describe('jsonb editing keeps numbers as written', () => {
  const j = (s: string) => parseJson(s);
  it('concatenates, deletes and sets', () => {
    expect(jsonbText(jsonbConcat(j('{"a":1.50,"b":[1,2]}'), j('{"c":2.0}')))).toBe('{"a": 1.50, "b": [1, 2], "c": 2.0}');
    expect(jsonbText(jsonbConcat(j('[1.0]'), j('2.50')))).toBe('[1.0, 2.50]');
    expect(jsonbText(jsonbDeleteKeys(j('{"a":1,"b":2,"c":3.0}'), ['a', 'b']))).toBe('{"c": 3.0}');
    expect(jsonbText(jsonbDeletePath(j('{"a":[1,{"x":2.50}]}'), ['a', '0']))).toBe('{"a": [{"x": 2.50}]}');
    expect(jsonbText(jsonbSetPath(j('{"a":1.50,"b":[1,2]}'), ['b', '0'], j('10.0'), 'replace', true))).toBe('{"a": 1.50, "b": [10.0, 2]}');
    expect(jsonbText(jsonbSetPath(j('[1,2]'), ['-5'], j('3'), 'replace', true))).toBe('[3, 1, 2]');
    expect(jsonbText(jsonbSetPath(j('{"a":[0,1,2]}'), ['a', '1'], j('"new"'), 'after', false))).toBe('{"a": [0, 1, "new", 2]}');
    expect(jsonbText(jsonbStripNulls(j('{"a":null,"b":[null,1.50],"c":{"d":null}}')))).toBe('{"b": [null, 1.50], "c": {}}');
    expect(jsonbText(jsonbConcat(j('{"n": 12345678901234567890}'), j('{}')))).toBe('{"n": 12345678901234567890}');
  });

  it('refuses what PostgreSQL refuses', () => {
    expect(sqlstate(() => jsonbSetPath(j('{"a":{"b":1}}'), ['a', 'b'], j('2'), 'before', false))).toBe('22023');
    expect(sqlstate(() => jsonbDeletePath(j('1'), ['a']))).toBe('22023');
    expect(sqlstate(() => jsonbSetPath(j('{"a":[1]}'), ['a', 'x'], j('1'), 'replace', true))).toBe('22P02');
  });

  it('pretty-prints as jsonb_pretty', () => {
    expect(jsonbPretty(j('{"a":1.50,"bb":[1,{"c":null}],"e":{},"f":[]}'))).toBe('{\n    "a": 1.50,\n    "e": {\n    },\n    "f": [\n    ],\n    "bb": [\n        1,\n        {\n            "c": null\n        }\n    ]\n}');
  });
});

describe("json's -> returns the source text", () => {
  it('keeps spaces and digits, the last of a repeated key', () => {
    expect(jsonSourceStep('{"a": [1,  2.50 ] , "b":"x"}', 'a')).toBe('[1,  2.50 ]');
    expect(jsonSourceStep('{"a":1,"a":2}', 'a')).toBe('2');
    expect(jsonSourceStep('[1, {"c" : 1.0}]', -1)).toBe('{"c" : 1.0}');
    expect(jsonSourceStep('[1]', 5)).toBeUndefined();
    expect(jsonSourceStep('{"a":1}', 0)).toBeUndefined();
  });
});

describe('to_char(interval) and date_bin', () => {
  it('prints an interval\'s fields as interval_to_char', () => {
    expect(formatIntervalChar(parseInterval('1 day 3 hours 4 minutes'), 'HH24:MI:SS')).toBe('03:04:00');
    expect(formatIntervalChar(parseInterval('-3 hours -4 minutes'), 'HH24:MI:SS')).toBe('-03:-04:00');
    expect(formatIntervalChar(parseInterval('27 hours 5.5 seconds'), 'HH24:MI:SS.MS US')).toBe('27:00:05.500 500000');
    expect(formatIntervalChar(parseInterval('1 year 2 months 3 days'), 'YYYY-MM-DD DDD')).toBe('0001-02-03 423');
    expect(formatIntervalChar(parseInterval('13 hours'), 'HH12 AM FMHH24 SSSS')).toBe('01 PM 13 46800');
    expect(sqlstate(() => formatIntervalChar(parseInterval('3 days'), 'Day'))).toBe('22007');
  });

  it('bins timestamps as timestamp_bin', () => {
    expect(dateBin('15 minutes', '2020-02-11 15:44:17', '2001-01-01', false)).toBe('2020-02-11 15:30:00');
    expect(dateBin('1 hour', '2020-02-11 15:44:17', '2020-02-11 16:30:00', false)).toBe('2020-02-11 15:30:00');
    // A source before the origin on a bin's start is that start (15.18 rounds toward -infinity only off one).
    expect(dateBin('30 minutes', '2024-02-01 15:00:00', '2024-02-01 17:00:00', false)).toBe('2024-02-01 15:00:00');
    expect(dateBin('2 days 3 hours', '2020-02-11 15:44:17.123456', '2001-01-01 00:00:01.5', false)).toBe('2020-02-11 15:00:01.5');
    expect(sqlstate(() => dateBin('1 month', '2020-02-11', '2001-01-01', false))).toBe('0A000');
    expect(sqlstate(() => dateBin('0 minutes', '2020-02-11', '2001-01-01', false))).toBe('22008');
  });
});
