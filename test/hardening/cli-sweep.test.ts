/**
 * Hostile input through every command that reads it, as a user runs them
 * (the built bin, `node dist/cli.js`): for each input, `check`, `report` (all
 * of its formats at once), and `suggest` / `add` where the input is a source
 * or a page. Each command must
 * - exit with its documented code (docs/cli.md, *Exit codes*), and return
 *   at all: a hang fails the test by its timeout (generous, not a measure);
 * - print no stack trace;
 * - name the problem at file:line:column, and the claim where there is one;
 * - write no partial file: a command that fails leaves the folder as it was,
 *   and `report` writes all of its files or none.
 * The library-level catalogue, with every diagnostic's fields, is
 * hostile-input.test.ts; cli-hostile.test.ts has `check` alone on a few of
 * these inputs.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { contentHash } from '../../src/ingest/index.js';
import { ensureBuilt, runBinAsync } from '../cli/built-bin.js';
import { stylishPattern } from '../support/stylish-pattern.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const REPORT_FILES = ['conflict-report.html', 'conflict-report.md', 'conflicts.json'];
/** Only catches a hang: the biggest inputs take a minute on a loaded machine. */
const HANG = 240_000;

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt('js'), 180_000);

/** A claim on the fixture source, fields as YAML flow text. */
const claim = (id: string, fields: Record<string, string> = {}): string => {
  const all = { subject: 'Pax Silica', predicate: 'amount', value: '{ quantity: "$12 billion" }', quote: 'worth nearly $12 billion', ...fields };
  return `  - id: ${id}\n${Object.entries(all)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n')}\n`;
};
const claimFile = (entries: string, source = 'wire'): string => `source: ${source}\nclaims:\n${entries}`;

/** A source's metadata and text, the hash recorded as `add` would. */
const source = (id: string, text: string | Uint8Array, hashed = typeof text === 'string' ? text : ''): Record<string, string | Uint8Array> => ({
  [`sources/${id}.yaml`]: `id: ${id}\ntext: ${id}.txt\npublishedAt: unknown\n${hashed === '' ? '' : `contentHash: ${contentHash(hashed)}\n`}`,
  [`sources/${id}.txt`]: text,
});

/** Every file under `dir`, relative, with its size: what "nothing written" compares. */
const listing = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (at: string, depth: number): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isSymbolicLink()) out.push(`${relative(dir, path)} -> link`);
      else if (entry.isDirectory() && depth < 8) walk(path, depth + 1);
      else out.push(`${relative(dir, path)} ${entry.isFile() ? statSync(path).size : 'other'}`);
    }
  };
  walk(dir, 0);
  return out.sort();
};

const expectNoStackTrace = (output: string, expect: ExpectStatic): void => {
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output).not.toMatch(/node:internal|TypeError|RangeError|ReferenceError|internal error/);
};

interface Expected {
  /** The documented exit code. */
  readonly code: 0 | 1 | 2;
  /** A problem it must print, as `formatMessage` writes it (`file:line:col: severity [code]`). */
  readonly printed?: string;
  /** The claim the problem names, `(claim <id>)`. */
  readonly claim?: string;
  /** Words it prints where there is no place to name (a page given to `add`). */
  readonly says?: string;
}

interface SweepCase {
  readonly name: string;
  readonly files?: Record<string, string | Uint8Array>;
  readonly setup?: (dir: string) => void;
  readonly check: Expected;
  /** `report`'s exit code: 1 (nothing written) when the folder has errors, else 0 (every file written). */
  readonly report: 0 | 1;
  /** Assertions on the report files, when written. */
  readonly reported?: (files: Readonly<Record<string, string>>, expect: ExpectStatic) => void;
  /** `suggest <id>` on a source of the folder. */
  readonly suggest?: { readonly id: string } & Expected;
  /** `add <file> --into` a fresh folder, for a page given as a file of the folder. */
  readonly add?: { readonly file: string } & Expected;
}

const K = 1024;
const MB = K * K;
const WIRE = readFileSync(join(FIXTURE, 'sources/wire.txt'), 'utf8');
const LONG_LINE = `${'word '.repeat((50 * MB) / 5 - 8)}The end: 42 units.`;
/** Half a megabyte on one line with no full stop, thick with what suggest proposes: figures, dates, names, lists, parentheses, speakers. */
const DENSE_LINE = Array.from(
  { length: 3_200 },
  (_, i) =>
    `Hartwell Water reported ${1000 + ((i * 37) % 9000)} spill events (about ${i % 97}% of the total) on March ${1 + (i % 28)}, ${2000 + (i % 26)} and Severn Vale, Anglian Mere and Thames Crest paid £${i % 500}m, Priya Raman said `,
).join('');

const CASES: readonly SweepCase[] = [
  {
    name: 'a YAML alias bomb ("billion laughs")',
    files: {
      'claims/bomb.yaml':
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
        ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]\n`).join('') +
        'source: wire\nclaims: *i\n',
    },
    check: { code: 1, printed: 'claims/bomb.yaml:1:1: error [yaml-alias-limit]' },
    report: 1,
  },
  {
    name: 'YAML mappings nested 10 000 deep',
    files: { 'claims/deep.yaml': `source: wire\nclaims:\n  - id: deep\n    note: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n` },
    check: { code: 1, printed: 'claims/deep.yaml:4:' },
    report: 1,
  },
  {
    name: 'a 50 MB source on one line',
    files: { ...source('long', LONG_LINE), 'claims/long.yaml': claimFile(claim('end', { predicate: 'signed-on', value: '{ date: Friday }', quote: '"The end: 42 units."' }), 'long') },
    check: { code: 0 },
    report: 0,
    suggest: { id: 'long', code: 0 },
  },
  {
    name: 'half a megabyte of figures, dates and names on one line, with no full stop',
    files: source('dense', DENSE_LINE),
    check: { code: 0 },
    report: 0,
    suggest: { id: 'dense', code: 0 },
  },
  {
    name: 'a source text with NUL bytes',
    files: { ...source('nul', `Officials said\u0000 the reserve is worth nearly $12 billion.\u0000\n`), 'claims/nul.yaml': claimFile(claim('nul-reserve'), 'nul') },
    check: { code: 0 },
    report: 0,
    suggest: { id: 'nul', code: 0 },
    add: { file: 'sources/nul.txt', code: 0 },
  },
  {
    name: 'a source text that is not UTF-8',
    files: { ...source('latin', Uint8Array.from([...new TextEncoder().encode('Officials said the reserve is worth nearly $12 billion in caf'), 0xe9, 0x0a])) },
    // The place is the metadata's `text:` field; the message names the text's own line and column.
    check: { code: 1, printed: 'sources/latin.yaml:2:7: error [invalid-utf8] sources/latin.txt is not valid UTF-8: the first invalid byte is at line 1, column 62' },
    report: 1,
    // A page on its own is read as windows-1252, with a warning that says so.
    add: { file: 'sources/latin.txt', code: 0, says: 'warning [encoding-guessed] the file is not UTF-8 and declares no encoding; it was read as windows-1252' },
  },
  {
    name: 'a byte-order mark and CRLF line ends in a source and a claim file',
    files: {
      ...source('crlf', `\uFEFF${WIRE.replace(/\n/g, '\r\n')}`, WIRE),
      'claims/crlf.yaml': `\uFEFF${claimFile(claim('crlf-reserve'), 'crlf').replace(/\n/g, '\r\n')}`,
    },
    check: { code: 0 },
    report: 0,
    suggest: { id: 'crlf', code: 0 },
  },
  {
    name: 'lone CR line ends in a source and a claim file, with an error on line 5',
    files: {
      ...source('cr', WIRE.replace(/\n/g, '\r'), WIRE),
      'claims/cr.yaml': claimFile(claim('cr-reserve', { predicate: 'no-such-predicate' }), 'cr').replace(/\n/g, '\r'),
    },
    check: { code: 1, printed: 'claims/cr.yaml:5:16: error [unknown-predicate]', claim: 'cr-reserve' },
    report: 1,
    suggest: { id: 'cr', code: 0 },
  },
  {
    name: 'a quote of combining marks only',
    files: { 'claims/marks.yaml': claimFile(claim('marks', { quote: '"\u0301\u0308\u0327"' })) },
    check: { code: 1, printed: 'claims/marks.yaml:7:12: error', claim: 'marks' },
    report: 1,
  },
  {
    name: 'a quote of white space only',
    files: { 'claims/blank.yaml': claimFile(claim('blank', { quote: '"  \\t \\u00a0 "' })) },
    check: { code: 1, printed: 'claims/blank.yaml:7:12: error', claim: 'blank' },
    report: 1,
  },
  {
    name: 'a right-to-left quote and an emoji-ZWJ quote',
    files: {
      ...source('rtl', 'قال المسؤولون إن الاحتياطي يساوي 12 مليار دولار. The family 👨‍👩‍👧 signed on Friday.\n'),
      'claims/rtl.yaml': claimFile(
        claim('rtl-amount', { quote: 'الاحتياطي يساوي 12 مليار دولار' }) +
          claim('emoji-signed', { predicate: 'signed-on', value: '{ date: Friday }', quote: '"👨‍👩‍👧 signed on Friday"' }),
        'rtl',
      ),
    },
    check: { code: 0 },
    report: 0,
    suggest: { id: 'rtl', code: 0 },
  },
  {
    name: 'a claim id of 10 000 characters',
    files: { 'claims/long-id.yaml': claimFile(claim(`x${'y'.repeat(9_999)}`, { predicate: 'no-such-predicate' })) },
    check: { code: 1, printed: 'claims/long-id.yaml:3:9: error [schema] claims[0].id: a claim id must be at most 200 characters (claim xyyy' },
    report: 1,
  },
  {
    name: '100 000 claims in one file',
    files: {
      'claims/many.yaml': claimFile(
        Array.from({ length: 100_000 }, (_, i) => `  - { id: c${i}, subject: Pax Silica, predicate: amount, value: { quantity: "$12 billion" }, quote: worth nearly $12 billion }\n`).join(''),
      ),
    },
    check: { code: 0 },
    report: 0,
  },
  {
    name: 'numbers at the edge as values: 1e308, -0, NaN',
    files: {
      'claims/numbers.yaml': claimFile(
        claim('huge', { value: '{ quantity: 1e308 }' }) + claim('minus-zero', { value: '{ quantity: -0 }' }) + claim('not-a-number', { value: '{ quantity: .nan }' }),
      ),
    },
    check: { code: 1, printed: 'claims/numbers.yaml:16:24: error [invalid-value] value: expected the amount in words ("nearly $12 billion", "more than 50") or a finite number', claim: 'not-a-number' },
    report: 1,
  },
  {
    name: 'dates out of range: 0000-00-00 and year 275760',
    files: {
      'claims/dates.yaml': claimFile(
        claim('zero-date', { predicate: 'signed-on', value: '{ date: 0000-00-00 }', quote: 'signed the Pax Silica Declaration on Friday' }) +
          claim('far-date', { predicate: 'signed-on', value: '{ date: "275760-09-14" }', quote: 'signed the Pax Silica Declaration on Friday' }),
      ),
    },
    check: { code: 1, printed: 'claims/dates.yaml:6:20: error [invalid-value] value: found no date in "0000-00-00"', claim: 'zero-date' },
    report: 1,
  },
  {
    name: 'Markdown and HTML injection in what a finding says',
    files: {
      'claims/inject.yaml': claimFile(
        ['$12 billion', '$120 billion']
          .map((amount, i) =>
            claim(`inject-${i}`, {
              subject: JSON.stringify('Vault </table><script>window.__pwned=1</script> | cell ` tick ``'),
              value: `{ quantity: ${JSON.stringify(amount)} }`,
              note: JSON.stringify('note | with </td> and ``` fence'),
            }),
          )
          .join(''),
      ),
    },
    check: { code: 1 },
    report: 0,
    reported: (files, expect) => {
      expect(files['conflict-report.html']).not.toContain('<script>window.__pwned');
      expect(files['conflict-report.html']).not.toContain('</table><script>');
      const md = files['conflict-report.md'] ?? '';
      expect(md).toContain('Vault');
      expect(md).not.toContain('</table><script>');
      const rows = md.split('\n').filter((l) => l.startsWith('| Vault &lt;/table&gt;'));
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        // Every `|` inside the subject is escaped: the row keeps its column count.
        expect(row).toContain('\\|');
      }
      expect(JSON.parse(files['conflicts.json'] ?? '')).toBeTruthy();
    },
  },
  {
    name: 'a symbolic link loop inside the claims folder',
    setup: (dir) => symlinkSync(join(dir, 'claims'), join(dir, 'claims/loop')),
    check: { code: 0, printed: 'claims/loop:1:1: warning [folder-link]' },
    report: 0,
  },
  {
    name: 'a source text that is a directory',
    files: { 'sources/dir.yaml': 'id: dir\ntext: dir.txt\npublishedAt: unknown\n' },
    setup: (dir) => mkdirSync(join(dir, 'sources/dir.txt')),
    check: { code: 1, printed: 'sources/dir.yaml:2:7: error [source-text-missing]' },
    report: 1,
    add: { file: 'sources/dir.txt', code: 2 },
  },
];

const folderWith = (c: SweepCase): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-sweep-'));
  scratch.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, content] of Object.entries(c.files ?? {})) writeFileSync(join(dir, path), content);
  c.setup?.(dir);
  return dir;
};

const expectOutcome = (result: { code: number | null; stdout: string; stderr: string }, expected: Expected, expect: ExpectStatic): void => {
  const output = result.stdout + result.stderr;
  expect(result.code, output.slice(0, 4000)).toBe(expected.code);
  expectNoStackTrace(output, expect);
  if (expected.printed !== undefined) expect(output).toMatch(stylishPattern(expected.printed));
  if (expected.claim !== undefined) expect(output).toContain(`(claim ${expected.claim})`);
  if (expected.says !== undefined) expect(output).toContain(expected.says);
};

describe.concurrent.for(CASES)('$name', (c) => {
  it('check: its exit code, the problem at file:line:column, no stack trace, nothing written', { timeout: HANG }, async ({ expect }) => {
    const dir = folderWith(c);
    const before = listing(dir);
    expectOutcome(await runBinAsync(['check', '.'], { cwd: dir, env: { NO_COLOR: '1' }, timeout: HANG }), c.check, expect);
    expect(listing(dir)).toEqual(before);
  });

  it('report (every format): all files or none', { timeout: HANG }, async ({ expect }) => {
    const dir = folderWith(c);
    const before = listing(dir);
    const result = await runBinAsync(['report', '.', '--out', 'out'], { cwd: dir, env: { NO_COLOR: '1' }, timeout: HANG });
    expectOutcome(result, { code: c.report }, expect);
    const written = listing(dir).filter((f) => !before.includes(f));
    if (c.report !== 0) {
      expect(written).toEqual([]);
      return;
    }
    expect(written.map((f) => f.split(' ')[0])).toEqual(REPORT_FILES.map((f) => `out/${f}`));
    c.reported?.(Object.fromEntries(REPORT_FILES.map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')])), expect);
  });
});

describe.concurrent.for(CASES.flatMap((c) => (c.suggest === undefined ? [] : [{ ...c, suggest: c.suggest }])))('$name', (c) => {
  it('suggest: its exit code, nothing written', { timeout: HANG }, async ({ expect }) => {
    const dir = folderWith(c);
    const before = listing(dir);
    expectOutcome(await runBinAsync(['suggest', '.', c.suggest.id], { cwd: dir, env: { NO_COLOR: '1' }, timeout: HANG }), c.suggest, expect);
    expect(listing(dir)).toEqual(before);
  });
});

describe.concurrent.for(CASES.flatMap((c) => (c.add === undefined ? [] : [{ ...c, add: c.add }])))('$name', (c) => {
  it('add: its exit code, the whole capture or nothing', { timeout: HANG }, async ({ expect }) => {
    const dir = folderWith(c);
    const into = mkdtempSync(join(tmpdir(), 'claimtrace-sweep-into-'));
    scratch.push(into);
    const before = listing(into);
    expectOutcome(await runBinAsync(['add', join(dir, c.add.file), '--into', into], { cwd: dir, env: { NO_COLOR: '1' }, timeout: HANG }), c.add, expect);
    const written = listing(into).filter((f) => !before.includes(f));
    if (c.add.code === 0) expect(written.filter((f) => /^sources\/[^/]+\.(txt|yaml) \d+$/.test(f))).toHaveLength(2);
    else expect(written).toEqual([]);
  });
});
