/**
 * The quick reader of plain YAML (js-yaml's events) against the `yaml`
 * package: wherever the quick reader answers, the value, the diagnostics (none)
 * and the line:column of every node and key must be the ones `yaml` gives;
 * wherever it is unsure, it must step aside so that `yaml` reads the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { readYamlDocument, readYamlFile, type YamlPath } from '../../src/claims/yaml-file.js';
import { readPlainYaml } from '../../src/claims/yaml-plain-read.js';

const ROOT = join(import.meta.dirname, '../..');

const yamlFilesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : yamlFilesUnder(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });

/** Every path of the document, keys included (`yaml`'s own walk). */
const pathsOf = (text: string): YamlPath[] => {
  const paths: YamlPath[] = [[]];
  const walk = (node: unknown, path: YamlPath): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = pair.key.value as string;
        paths.push([...path, key]);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        paths.push([...path, i]);
        walk(item, [...path, i]);
      });
    }
  };
  walk(parseDocument(text).contents as YamlNode | null, []);
  // Paths that are not there (a missing key, an index past the end, a key under a scalar) fall back to an ancestor.
  return paths.flatMap((p) => [p, [...p, 'missing'], [...p, 99], [...p, '0']]);
};

/** Both readers on `text`: the quick one must agree with `yaml` everywhere it answers. */
const expectSameAsYaml = (text: string): boolean => {
  const plain = readPlainYaml(text);
  const slow = readYamlDocument('f.yaml', text);
  const quick = readYamlFile('f.yaml', text);
  if (plain === undefined) {
    expect(quick).toEqual(expect.objectContaining({ ok: slow.ok, messages: slow.messages }));
    return false;
  }
  // The quick reader answered: `yaml` must have found nothing wrong and read the same value.
  expect(slow.messages).toEqual([]);
  expect(quick.ok && slow.ok).toBe(true);
  if (!quick.ok || !slow.ok) return true;
  expect(quick.value.value).toEqual(slow.value.value);
  expect(Object.getPrototypeOf(quick.value.value ?? 0)).toBe(Object.getPrototypeOf(slow.value.value ?? 0));
  for (const path of pathsOf(text)) {
    expect({ path, at: quick.value.placeOf(path) }).toEqual({ path, at: slow.value.placeOf(path) });
    expect({ path, key: quick.value.placeOfKey(path) }).toEqual({ path, key: slow.value.placeOfKey(path) });
  }
  return true;
};

describe('the quick YAML reader agrees with `yaml` on every YAML file of the repository', () => {
  const files = [...yamlFilesUnder(join(ROOT, 'claims')), ...yamlFilesUnder(join(ROOT, 'test'))];
  it('covers the bundled corpus and the fixtures', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    expectSameAsYaml(readFileSync(file, 'utf8'));
  });
  it('reads every file of the bundled corpus itself (none is left to `yaml`)', () => {
    const left = yamlFilesUnder(join(ROOT, 'claims')).filter((f) => readPlainYaml(readFileSync(f, 'utf8')) === undefined);
    expect(left).toEqual([]);
  });
});

describe('values: plain scalars resolve by the YAML 1.2 core schema as `yaml` resolves them', () => {
  const scalars = [
    '', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
    '0', '-0', '+0', '007', '12', '+12', '-12', '1_000', '0o17', '0o18', '-0o17', '0x1F', '0X1F', '-0x1F', '0b101', '12:30', '12:30:00',
    '1.5', '-1.5', '+1.5', '.5', '-.5', '1.', '1.0', '1.50', '1e3', '1E3', '1e+3', '1.5e-3', '.5e3', '1.e3', 'e3', '1e', '.', '-', '+',
    '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', '-.nan', 'inf', 'nan', 'NaN', '9'.repeat(400), `1e${'9'.repeat(5)}`,
    '2025-12-12', '2025-12-12T10:00:00Z', 'Dec 12, 2025', '3 billion', '$3.2bn', '~ 3', '0.1.2', '1,000', '١٢',
  ];
  it.each(scalars.map((s) => [JSON.stringify(s), s]))('plain scalar %s', (_name, scalar) => {
    // `value: -` is no scalar (a sequence indicator): `yaml` reads it; every other one is read quickly.
    expect(expectSameAsYaml(`value: ${scalar}\nlist: [${scalar === '' ? "''" : scalar}]\n`)).toBe(scalar !== '' && scalar !== '-');
  });
  it.each(scalars.map((s) => [JSON.stringify(s), s]))('quoted %s stays a string', (_name, scalar) => {
    expect(expectSameAsYaml(`a: "${scalar}"\nb: '${scalar}'\n`)).toBe(true);
  });
});

describe('structure and places', () => {
  const documents: [string, string, boolean][] = [
    ['nested block collections', 'source: wire\nclaims:\n  - id: c1\n    value: { amount: 3, unit: t }\n    evidence:\n      - quote: "a b"\n        start: 3\n  - id: c2\n', true],
    ['compact sequences of mappings', 'a:\n- x: 1\n  y: [1, 2]\n-   z: 2\n', true],
    ['flow collections over several lines', 'a: [1,\n  2, {b: c,\n  d: "e"}]\n', true],
    ['multi-line plain and quoted scalars', 'a: one\n  two\n  three\nb: "x\n  y\\n z"\nc: \'p\n\n  q\'\nd: after\n', true],
    ['escapes and unicode', 'a: "\\u00e9\\t\\x41\\"q\\" \\\\"\nb: \'it\'\'s\'\nc: café — “quoted” 😀\nd: after\n', true],
    ['comments everywhere', '# head\na: 1 # one\n# between\nb:\n  # inside\n  - 2 # two\nc: "x" # three\n', true],
    ['a document start marker', '---\na: 1\n', true],
    ['a document end marker', 'a: 1\n...\n', true],
    ['keys quoted, with spaces, with colons', '"a b": 1\n\'c: d\': 2\ne f: 3\nurl: http://x.y/z\n', true],
    ['a top-level sequence', '- 1\n- a\n- [b]\n', true],
    ['a top-level scalar', 'just text\n', true],
    ['flow mapping at the top', '{a: 1, b: [2]}\n', true],
    ['an empty flow mapping and sequence', 'a: {}\nb: []\n', true],
    ['deep nesting', `${'- '.repeat(40)}x\n`, true],
    ['no final newline', 'a: 1\nb: 2', true],
    // Left to `yaml`: it reports or places these differently, or they are not plain.
    ['an empty value', 'a:\nb: 1\n', false],
    ['an empty sequence item', '- \n- 1\n', false],
    ['a literal block scalar', 'a: |\n  text\n', true],
    ['a folded block scalar', 'a: >-\n  text\n  more\n', true],
    ['block scalars with indicators and comments', 'a: |2+ # keep\n   text\n\nb: >- # a | b > c\n  x\n  y\n"k|>": |\n  z\n- |\n', false],
    ['block scalars in sequences', 'a:\n  - |\n    one\n  - >\n    two\n    lines\n  - x\n', true],
    ['a block scalar after a quoted key with indicators', '"a | b >": >-\n  text\nc: 1\n', true],
    ['a block scalar with a comment line before its content', 'a: |\n  # not a comment\n  text\n', true],
    ['a block scalar with leading blank lines', 'a: |\n\n  text\n', true],
    ['an empty block scalar', 'a: |\nb: 1\n', true],
    ['an anchor and alias', 'a: &x 1\nb: *x\n', false],
    ['a tag', 'a: !!str 1\n', false],
    ['a local tag', 'a: !thing 1\n', false],
    ['a directive', '%YAML 1.2\n---\na: 1\n', false],
    ['two documents', 'a: 1\n---\nb: 2\n', false],
    ['an empty file', '', false],
    ['only a comment', '# nothing\n', false],
    ['a numeric key', '1: a\n', false],
    ['a null key', 'null: a\n', false],
    ['a boolean key', 'true: a\n', false],
    ['an explicit key', '? a\n: 1\n', true],
    ['a collection as key', '[a]: 1\n', false],
    ['a __proto__ key', '__proto__: 1\n', false],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {x: 1}\n', true],
    ['a tab', 'a:\t1\n', false],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n', false],
    ['a byte-order mark', '\uFEFFa: 1\n', false],
    // Errors: both must agree there is one, and `yaml`'s diagnostics are the ones reported.
    ['a duplicate key', 'a: 1\na: 2\n', false],
    ['a duplicate quoted key', 'a: 1\n"a": 2\n', false],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n', false],
    ['an unclosed flow sequence', 'a: [1, 2\n', false],
    ['an unclosed quote', 'a: "x\n', false],
    ['a sequence after a scalar', 'a: x\n- y\n', false],
    ['a mapping in a compact key', 'a: b: c\n', false],
    ['a comment without a space', 'a: "x"#c\n', false],
    ['text after a quoted scalar', 'a: "x" y\n', false],
    ['a key and a scalar on one level', 'a: 1\nplain\n', false],
    ['a reserved indicator', 'a: @x\n', false],
    ['a backquote', 'a: `x`\n', false],
    ['an implicit key over two lines', 'a\nb: 1\n', false],
    ['a flow mapping without commas', '{a: 1 b: 2}\n', false],
    ['a closing bracket in a plain scalar', 'a: 1]\n', true],
    ['a document marker inside a scalar', 'a: "x\n---\n"\n', false],
  ];
  it.each(documents)('%s', (_name, text, quick) => {
    expect(expectSameAsYaml(text)).toBe(quick);
  });
});

describe('mutants of the bundled claim files (a fixed seed): the quick reader never accepts what `yaml` rejects', () => {
  // A small deterministic generator (mulberry32), so a failure reproduces.
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const PIECES = [':', ': ', '-', '- ', ' ', '  ', '"', "'", '\n', '#', ' #', '[', ']', '{', '}', ',', '|', '>', '?', '&', '*', '!', '%', '@', '`', '\\', 'x', '1'];
  const base = readFileSync(join(ROOT, 'claims/claims/001.yaml'), 'utf8').split('\n').slice(0, 30).join('\n');
  const next = random(19);
  const mutants = Array.from({ length: 200 }, () => {
    let text = base;
    for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
      const at = Math.floor(next() * text.length);
      const piece = PIECES[Math.floor(next() * PIECES.length)]!;
      text = next() < 0.5 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + piece + text.slice(at + 1 + Math.floor(next() * 3));
    }
    return text;
  });
  let quick = 0;
  it.each(mutants.map((text, i) => [i, text]))('mutant %i agrees (value and places, or stepping aside)', (_i, text) => {
    if (expectSameAsYaml(text)) quick++;
  });
  it('most mutants stay plain YAML, so the comparison is not vacuous', () => {
    expect(quick).toBeGreaterThan(50);
  });
});
