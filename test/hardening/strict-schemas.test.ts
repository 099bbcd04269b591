/**
 * Every YAML file is validated strictly: an unknown key — a typo such as
 * `fingerprnt:` in baseline.yaml, which used to be dropped so that an edited
 * conflict passed with exit 0 — is an error at the key's line naming the
 * closest allowed key, in every file kind and at every depth. And the
 * mechanism is generic: every object of every file schema is strict, so a
 * field added to any schema later is covered without anyone remembering
 * (checked on the JSON Schemas, which the loader's strict schemas generate).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkClaimsFolder } from '../../src/check/index.js';
import { CLAIM_FOLDER_FILE_KINDS, claimFolderJsonSchema } from '../../src/claims/index.js';
import { objectKeysAt, strictSchema } from '../../src/model/strict-schema.js';
import { runInProcess } from '../cli/memory-io.js';
import { flat, type FlatMessage } from '../support/flat-message.js';
import { scratchFolders } from '../support/scratch-folders.js';

const CORPUS = join(import.meta.dirname, '../../claims');
const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const { copyOf } = scratchFolders('strict');

/** Replace the first `find` in a file of the folder. */
const edit = (dir: string, file: string, find: string, replace: string): void => {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(find)) throw new Error(`${file} has no "${find}"`);
  writeFileSync(join(dir, file), text.replace(find, replace));
};

interface TypoCase {
  readonly name: string;
  readonly change: (dir: string) => void;
  readonly expected: Partial<FlatMessage>;
  /** The allowed key the hint suggests. */
  readonly meant: string;
}

const CLAIM_ENTRY = (extra: string) =>
  `source: wire\nclaims:\n  - id: typo\n    subject: Project Vault\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    quote: worth nearly $12 billion\n${extra}`;

const CASES: readonly TypoCase[] = [
  {
    name: 'baseline.yaml: fingerprnt (an edited conflict must not pass)',
    change: (dir) => writeFileSync(join(dir, 'baseline.yaml'), 'findings:\n  - id: value-conflict:000000000000\n    rule: value-conflict\n    verdict: tension\n    reason: checked\n    reviewedBy: me\n    fingerprnt: abc\n'),
    expected: { code: 'baseline-schema', file: 'baseline.yaml', line: 7, column: 5 },
    meant: 'fingerprint',
  },
  {
    name: 'a source file: publiser',
    change: (dir) => edit(dir, 'sources/wire.yaml', 'publisher:', 'publiser:'),
    expected: { code: 'schema', file: 'sources/wire.yaml', line: 4, column: 1 },
    meant: 'publisher',
  },
  {
    name: 'a source file, inside a list entry: cites[0].quot',
    change: (dir) => edit(dir, 'sources/wire.yaml', '    quote: officials said', '    quot: officials said'),
    expected: { code: 'schema', file: 'sources/wire.yaml', line: 10, column: 5 },
    meant: 'quote',
  },
  {
    name: 'a claim: atribution',
    change: (dir) => writeFileSync(join(dir, 'claims/typo.yaml'), CLAIM_ENTRY('    atribution: { speaker: officials }\n')),
    expected: { code: 'schema', file: 'claims/typo.yaml', line: 8, column: 5, claimId: 'typo' },
    meant: 'attribution',
  },
  {
    name: 'a claim, nested: attribution.speakr',
    change: (dir) => writeFileSync(join(dir, 'claims/typo.yaml'), CLAIM_ENTRY('    attribution: { speakr: officials }\n')),
    expected: { code: 'schema', file: 'claims/typo.yaml', line: 8, column: 20, claimId: 'typo' },
    meant: 'speaker',
  },
  {
    name: 'a claim file: sourse',
    change: (dir) => edit(dir, 'claims/wire.yaml', 'source: wire', 'sourse: wire'),
    expected: { code: 'schema', file: 'claims/wire.yaml', line: 1, column: 1 },
    meant: 'source',
  },
  {
    name: 'predicates.yaml: cardinalty',
    change: (dir) => edit(dir, 'predicates.yaml', '    cardinality: functional', '    cardinalty: functional'),
    expected: { code: 'schema', file: 'predicates.yaml', line: 4, column: 5 },
    meant: 'cardinality',
  },
  {
    name: 'a value in its normalized form: precison (it was dropped silently)',
    change: (dir) =>
      writeFileSync(
        join(dir, 'claims/typo.yaml'),
        'source: wire\nclaims:\n  - id: typo\n    subject: Pax Silica\n    predicate: signed-on\n    value: { type: date, start: "2025-12-12", end: "2025-12-12", precison: day }\n    quote: signed the Pax Silica Declaration on Friday\n',
      ),
    expected: { code: 'invalid-value', file: 'claims/typo.yaml', line: 6, claimId: 'typo' },
    meant: 'precision',
  },
];

describe('an unknown key in any file is an error at its line, naming the closest allowed key', () => {
  it.each(CASES)('$name', async ({ change, expected, meant }) => {
    const dir = copyOf(FIXTURE);
    change(dir);
    const check = await checkClaimsFolder(dir);
    expect(check.ok).toBe(false);
    // (A misspelt required key is also reported as missing; the unknown key is its own message.)
    const found = check.messages.map(flat).find((m) => m.code === expected.code && m.file === expected.file && /unknown key "\w+"/.test(m.message));
    expect(found).toMatchObject(expected);
    expect(found?.hint).toContain(`did you mean "${meant}"?`);
  });

  it('the bundled corpus with one reviewed fingerprint misspelt: exit 2, not 0', async () => {
    const dir = copyOf(CORPUS);
    edit(dir, 'baseline.yaml', '    fingerprint:', '    fingerprnt:');
    const result = await runInProcess(['check', '.'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/baseline\.yaml:\d+:5: error \[baseline-schema\] findings\[\d+\]: unknown key "fingerprnt"\n {2}hint: did you mean "fingerprint"\?/);
  });
});

describe('strictness is generic', () => {
  /** Every object node of a JSON Schema, with where it is. */
  const objectNodes = (node: unknown, at: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] => {
    if (Array.isArray(node)) node.forEach((n, i) => objectNodes(n, `${at}[${i}]`, out));
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['type'] === 'object' && record['properties'] !== undefined) out.push([at, record]);
      for (const [key, value] of Object.entries(record)) objectNodes(value, `${at}.${key}`, out);
    }
    return out;
  };

  it.each(CLAIM_FOLDER_FILE_KINDS)('every object of the %s schema refuses keys it does not declare', (kind) => {
    const nodes = objectNodes(claimFolderJsonSchema(kind), kind);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter(([, node]) => node['additionalProperties'] !== false).map(([at]) => at)).toEqual([]);
  });

  it('strictSchema makes any object strict, wherever it sits, and keeps declared catch-alls and refinements', () => {
    const schema = z.object({
      a: z.array(z.object({ b: z.string() })).optional(),
      c: z.union([z.object({ d: z.number() }), z.object({ e: z.number() })]),
      f: z.record(z.string(), z.object({ g: z.boolean() })),
      h: z.lazy(() => z.object({ i: z.string() })),
      j: z.looseObject({ k: z.string() }),
      l: z.object({ m: z.number() }).refine((v) => v.m > 0, { error: 'm must be positive' }),
    });
    const strict = strictSchema(schema);
    const valid = { a: [{ b: 'x' }], c: { d: 1 }, f: { x: { g: true } }, h: { i: 'x' }, j: { k: 'x', extra: 1 }, l: { m: 1 } };
    expect(strict.safeParse(valid).success).toBe(true);
    for (const [path, bad] of [
      ['a.0', { ...valid, a: [{ b: 'x', bb: 1 }] }],
      ['c', { ...valid, c: { d: 1, dd: 1 } }],
      ['f.x', { ...valid, f: { x: { g: true, gg: 1 } } }],
      ['h', { ...valid, h: { i: 'x', ii: 1 } }],
      ['top', { ...valid, zz: 1 }],
    ] as const) {
      expect(strict.safeParse(bad).success, path).toBe(false);
      // The schema as written still drops them (it is not changed in place).
      expect(schema.safeParse(bad).success, path).toBe(true);
    }
    expect(strict.safeParse({ ...valid, l: { m: -1 } }).success).toBe(false);
    expect(objectKeysAt(strict, ['a', 0])).toEqual(['b']);
    expect(objectKeysAt(strict, ['c'])).toEqual(['d', 'e']);
    expect(objectKeysAt(strict, [])).toEqual(['a', 'c', 'f', 'h', 'j', 'l']);
  });
});
