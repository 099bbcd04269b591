/**
 * No argument spread of an array that input can make long: `push(...xs)`,
 * `unshift(...xs)`, `Math.max(...xs)`, `Math.min(...xs)` and
 * `String.fromCharCode(...xs)` throw "RangeError: Maximum call stack size
 * exceeded" past about 125,000 items on Node 20 (a file's problems, a
 * group's claims, ten million claims' findings). src/ uses
 * src/model/append-all.ts instead; this test finds any that come back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const SPREAD_CALL = /\b(?:push|unshift|Math\.max|Math\.min|fromCharCode)\(\s*\.\.\./;

/** Whether a line of code (outside a comment) spreads into one of those calls. */
const spreads = (line: string): boolean => !/^\s*\*/.test(line) && SPREAD_CALL.test(line.replace(/\/\/.*$/, ''));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** `file:line: text` of every spread call outside comments. */
const spreadCalls = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (spreads(line) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : []));

describe('argument spread of arrays', () => {
  it.each<[string, string, boolean]>([
    ['push', 'a.push(...b);', true],
    ['Math.max', 'const w = Math.max(...xs.map((x) => x.length));', true],
    ['fromCharCode', 'String.fromCharCode(...codes)', true],
    ['unshift', 'queue.unshift( ...items)', true],
    ['not a comment naming it', '// never push(...items)', false],
    ['not a doc comment line', ' * `push(...xs)` throws', false],
    ['not an array literal', 'const all = [...a, ...b];', false],
    ['not a rest parameter', 'const f = (...parts) => parts;', false],
  ])('the check finds %s', (_, line, expected) => {
    expect(spreads(line)).toBe(expected);
  });

  it('src/ has none (use appendAll, largestOf, smallestOf from src/model/append-all.ts)', () => {
    const found = sourceFiles(SRC).flatMap(spreadCalls);
    expect(found).toEqual([]);
  });
});
