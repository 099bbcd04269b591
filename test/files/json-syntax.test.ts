/**
 * Where a JSON text stops being JSON: the first error, at its offset, in our
 * words; and the scan agrees with JSON.parse on what is JSON.
 */
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/files/json-syntax.js';

describe('jsonSyntaxError', () => {
  it.each([
    ['{"rules": {"a": "off",}}', 22, 'a comma before "}": JSON allows no trailing comma'],
    ['[1, 2,]', 6, 'a comma before "]": JSON allows no trailing comma'],
    ['{"a" 1}', 5, 'expected ":" after the property name, found "1"'],
    ['{a: 1}', 1, 'expected a property name in double quotes, found "a"'],
    ["{'a': 1}", 1, 'expected a property name in double quotes, found "\'"'],
    ['{"a": tru}', 6, 'expected a value (a string in double quotes, a number, true, false, null, an object or a list), found "t"'],
    ['{"a": 01}', 7, 'expected "," or "}" after a value, found "1"'],
    ['{"a": 1 "b": 2}', 8, 'expected "," or "}" after a value, found "\\""'],
    ['{"a": 1} x', 9, 'more after the end of the JSON value: "x"'],
    ['{"a": 1', 7, 'the file ends before the "}" that closes the object'],
    ['{"a": [1, 2', 11, 'the file ends before the "]" that closes the list'],
    ['{"a": [1, 2}', 11, 'expected "," or "]" after a value, found "}"'],
    ['{', 1, 'the file ends before the "}" that closes the object'],
    ['[[[', 3, 'the file ends where a value should be'],
    ['', 0, 'the file has no JSON value'],
    ['"a\nb"', 2, 'a line break or control character inside a string: write it as \\n, \\t or \\u00XX'],
    ['"abc', 4, 'the string is not closed (a `"` is missing)'],
    ['"\\q"', 1, '"\\q" is not a JSON escape (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)'],
    ['"\\u12G4"', 1, '\\u must be followed by four hexadecimal digits'],
    ['{"a": -}', 6, 'expected a value (a string in double quotes, a number, true, false, null, an object or a list), found "-"'],
    ['{"a": 😀}', 6, 'expected a value (a string in double quotes, a number, true, false, null, an object or a list), found "😀"'],
  ])('%j: at %i, %s', (text, offset, reason) => {
    expect(jsonSyntaxError(text)).toEqual({ offset, reason });
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each([
    '{}',
    ' [ ] ',
    '{"rules": {"value-conflict": ["error", {"tolerance": 0.05}]}, "failOn": "warning", "ignore": []}',
    '{"a": -1.5e+3, "b": "\\u00e9\\n\\"", "c": [true, false, null, {}], "d": 0, "e": 1E2}',
    '"just a string"',
    '\t\r\n 42 \n',
  ])('%j is JSON', (text) => {
    expect(jsonSyntaxError(text)).toBeUndefined();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('agrees with JSON.parse on every deletion and insertion in a configuration', () => {
    const valid = '{\n  "rules": { "value-conflict": ["error", { "tolerance": 0.05 }], "x": "off" },\n  "failOn": "warning",\n  "ignore": ["a\\\\b"]\n}\n';
    const inserts = ['"', ',', ':', '}', ']', '{', '[', 'x', '0', '-', '\\', ' ', '.', 'e', '\u0001'];
    const texts: string[] = [];
    for (let i = 0; i <= valid.length; i += 1) {
      texts.push(valid.slice(0, i) + valid.slice(i + 1));
      for (const insert of inserts) texts.push(valid.slice(0, i) + insert + valid.slice(i));
    }
    for (const text of texts) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(jsonSyntaxError(text) === undefined, JSON.stringify(text)).toBe(parses);
    }
  });

  it('scans a million open brackets without a deep call stack', () => {
    const text = '['.repeat(1_000_000);
    expect(jsonSyntaxError(text)).toEqual({ offset: 1_000_000, reason: 'the file ends where a value should be' });
  });

  // A line of an NDJSON file is named as a line, not a file.
  it.each([
    ['{"id": "x1", "source": ', 'the line ends where a value should be'],
    ['{"id": "x1"', 'the line ends before the "}" that closes the object'],
    ['', 'the line has no JSON value'],
    ['{"id": tru', 'expected a value (a string in double quotes, a number, true, false, null, an object or a list), found "t"'],
  ])('as a line: %j → %s', (text, reason) => {
    expect(jsonSyntaxError(text, 'line')?.reason).toBe(reason);
  });
});
