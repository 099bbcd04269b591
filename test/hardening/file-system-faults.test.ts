/**
 * Files that cannot be read, or that change while a folder is read, are
 * diagnostics — never an "internal error", and never at the cost of the other
 * diagnostics. Each case injects one fault into the loader's file system (as
 * root, chmod cannot make a file unreadable; a file cannot be made to vanish
 * between two calls on demand), beside a folder that has another problem
 * (an unknown predicate in claims/bad.yaml) and a valid extra claim: the
 * fault's diagnostic, the other problem and the other claims must all come
 * through. The same faults are then produced for real: the built CLI run as
 * an unprivileged user on files with mode 000, and a file deleted for real
 * between listing the folder and reading it.
 */
import { chmodSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder } from '../../src/check/index.js';
import { loadCorpus } from '../../src/claims/index.js';
import { settled } from '../../src/model/result.js';
import { BIN, ensureBuilt } from '../cli/built-bin.js';
import { faultyFileSystem, type Fault } from '../support/faulty-file-system.js';
import { flat, type FlatMessage } from '../support/flat-message.js';
import { scratchFolders } from '../support/scratch-folders.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const FIXTURE_CLAIMS = ['members', 'reserve', 'signed'];
const { copyOf } = scratchFolders('faults');

const BAD = 'source: wire\nclaims:\n  - id: typo\n    subject: Pax Silica\n    predicate: amont\n    value: { quantity: "$12 billion" }\n    quote: worth nearly $12 billion\n';
const MORE = 'source: wire\nclaims:\n  - id: kept\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    quote: worth nearly $12 billion\n';
const BASELINE = 'findings: []\n';

/** The fixture, a claim file with an unknown predicate, a valid extra claim file, a baseline and an empty sub-folder. */
const folder = (): string => {
  const dir = copyOf(FIXTURE);
  writeFileSync(join(dir, 'claims/bad.yaml'), BAD);
  writeFileSync(join(dir, 'claims/more.yaml'), MORE);
  writeFileSync(join(dir, 'baseline.yaml'), BASELINE);
  mkdirSync(join(dir, 'claims/sub'));
  return dir;
};

const endsWith = (suffix: string) => (path: string) => path.endsWith(suffix);

interface FaultCase {
  readonly name: string;
  readonly faults: (dir: string) => readonly Fault[];
  readonly expected: Partial<FlatMessage>;
  /** Claims that load besides the fixture's (default: `kept`); `[]` and `lost` when the fault costs claims. */
  readonly loads?: readonly string[];
}

const CASES: readonly FaultCase[] = [
  {
    name: 'EACCES opening a claim file',
    faults: () => [{ op: 'open', path: endsWith('claims/more.yaml'), fail: 'EACCES' }],
    expected: { code: 'unreadable', file: 'claims/more.yaml', line: 1, column: 1 },
    loads: FIXTURE_CLAIMS,
  },
  {
    name: 'EACCES opening a source text (placed at its `text:` key)',
    faults: () => [{ op: 'open', path: endsWith('sources/wire.txt'), fail: 'EACCES' }],
    expected: { code: 'unreadable', file: 'sources/wire.yaml', line: 2, column: 7, sourceId: 'wire' },
    loads: [],
  },
  {
    name: 'EACCES following the path of a source text',
    faults: () => [{ op: 'realpath', path: endsWith('sources/wire.txt'), fail: 'EACCES' }],
    expected: { code: 'unreadable', file: 'sources/wire.yaml', line: 2, column: 7, sourceId: 'wire' },
    loads: [],
  },
  {
    name: 'EACCES opening baseline.yaml',
    faults: () => [{ op: 'open', path: endsWith('/baseline.yaml'), fail: 'EACCES' }],
    expected: { code: 'baseline-unreadable', file: 'baseline.yaml', line: 1, column: 1 },
  },
  {
    name: 'EACCES listing a folder',
    faults: () => [{ op: 'readdir', path: endsWith('/claims/sub'), fail: 'EACCES' }],
    expected: { code: 'unreadable', file: 'claims/sub', line: 1, column: 1 },
  },
  {
    name: 'a claim file deleted between listing the folder and looking at it (ENOENT on lstat)',
    faults: () => [{ op: 'lstat', path: endsWith('claims/more.yaml'), fail: 'ENOENT' }],
    expected: { code: 'file-vanished', severity: 'error', file: 'claims/more.yaml' },
    loads: FIXTURE_CLAIMS,
  },
  {
    name: 'a claim file deleted between looking at it and opening it (ENOENT on open)',
    faults: () => [{ op: 'open', path: endsWith('claims/more.yaml'), fail: 'ENOENT' }],
    expected: { code: 'file-vanished', severity: 'error', file: 'claims/more.yaml' },
    loads: FIXTURE_CLAIMS,
  },
  {
    name: 'a folder renamed while the folder is read (a warning: it may have held claims)',
    faults: () => [{ op: 'lstat', path: endsWith('claims/sub'), fail: 'ENOENT' }],
    expected: { code: 'file-vanished', severity: 'warning', file: 'claims/sub' },
  },
  {
    name: 'a claim file deleted for real between listing and reading',
    faults: (dir) => [{ op: 'lstat', path: endsWith('claims/more.yaml'), before: () => unlinkSync(join(dir, 'claims/more.yaml')) }],
    expected: { code: 'file-vanished', severity: 'error', file: 'claims/more.yaml' },
    loads: FIXTURE_CLAIMS,
  },
  {
    name: 'a source text deleted for real after its path was checked',
    faults: (dir) => [{ op: 'open', path: endsWith('sources/wire.txt'), before: () => unlinkSync(join(dir, 'sources/wire.txt')) }],
    expected: { code: 'source-text-missing', file: 'sources/wire.yaml', line: 2, column: 7 },
    loads: [],
  },
  {
    name: 'ENAMETOOLONG opening a claim file',
    faults: () => [{ op: 'open', path: endsWith('claims/more.yaml'), fail: 'ENAMETOOLONG' }],
    expected: { code: 'path-too-long', file: 'claims/more.yaml' },
    loads: FIXTURE_CLAIMS,
  },
  {
    name: 'EIO reading a claim file',
    faults: () => [{ op: 'read', path: endsWith('claims/more.yaml'), fail: 'EIO' }],
    expected: { code: 'unreadable', file: 'claims/more.yaml' },
    loads: FIXTURE_CLAIMS,
  },
];

describe('file-system faults while checking a folder', () => {
  it.each(CASES)('$name: a diagnostic, the other problems kept', async ({ faults, expected, loads }) => {
    const dir = folder();
    const check = await checkClaimsFolder(dir, { fileSystem: faultyFileSystem(faults(dir)) });
    const messages = check.messages.map(flat);
    expect(check.ok).toBe(false);
    expect(messages).toContainEqual(expect.objectContaining(expected));
    // Nothing else is lost: the unknown predicate of claims/bad.yaml is still reported …
    if (loads === undefined || loads.length > 0) {
      expect(messages).toContainEqual(expect.objectContaining({ code: 'unknown-predicate', file: 'claims/bad.yaml', line: 5 }));
    }
    // … and the claims that can load, load.
    const loaded = settled(check).loaded.corpus.claims.map((c) => c.id);
    expect(loaded).toEqual(expect.arrayContaining([...(loads ?? [...FIXTURE_CLAIMS, 'kept'])]));
    for (const m of messages) expect(m.message).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('a folder with more entries than the walk looks at', () => {
  it('stops with one folder-too-large error, not a walk of hours (the bound lowered to 6 for the test)', async () => {
    const dir = folder();
    for (let i = 0; i < 10; i += 1) writeFileSync(join(dir, `claims/sub/n${i}.txt`), '');
    const load = await loadCorpus(dir, { maxFolderEntries: 6 });
    expect(load.messages.map(flat).filter((m) => m.code === 'folder-too-large')).toEqual([
      expect.objectContaining({ file: 'claims/sub', message: 'the claims folder has more than 6 files and folders; the rest were not read' }),
    ]);
  });
});

/** Run the built bin as an unprivileged user when we are root (root reads mode-000 files). */
const runAsUser = (args: readonly string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, encoding: 'utf8', ...asUser }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
  });

describe('unreadable files for real (the built CLI as an unprivileged user, files with mode 000)', () => {
  beforeAll(() => ensureBuilt('js'), 180_000);

  it('a claim file, a source text and the baseline unreadable: each reported, with every other diagnostic, exit 2, no internal error', async () => {
    const dir = folder();
    const source = join(dir, 'sources/other.yaml');
    writeFileSync(source, 'id: other\ntext: other.txt\npublishedAt: unknown\n');
    writeFileSync(join(dir, 'sources/other.txt'), 'Other words.');
    chmodSync(dir, 0o755);
    for (const sub of ['claims', 'sources', 'claims/sub']) chmodSync(join(dir, sub), 0o755);
    for (const file of ['claims/more.yaml', 'sources/other.txt', 'baseline.yaml']) chmodSync(join(dir, file), 0o000);
    for (const file of ['claims/bad.yaml', 'claims/wire.yaml', 'sources/wire.yaml', 'sources/wire.txt', 'sources/other.yaml', 'predicates.yaml', 'entities.yaml']) chmodSync(join(dir, file), 0o644);
    const result = await runAsUser(['check', '.'], dir);
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(2);
    expect(output).toContain('claims/more.yaml:1:1: error [unreadable] cannot read claims/more.yaml: permission denied (EACCES)');
    expect(output).toContain('sources/other.yaml:2:7: error [unreadable]');
    expect(output).toContain('baseline.yaml:1:1: error [baseline-unreadable]');
    expect(output).toContain('claims/bad.yaml:5:16: error [unknown-predicate]');
    expect(output).not.toMatch(/internal error|^\s+at /m);
  });

  it('a directory where baseline.yaml is expected: baseline-unreadable, not a crash', async () => {
    const dir = folder();
    rmSync(join(dir, 'baseline.yaml'));
    mkdirSync(join(dir, 'baseline.yaml'));
    const check = await checkClaimsFolder(dir);
    expect(check.messages.map(flat)).toContainEqual(expect.objectContaining({ code: 'baseline-unreadable', file: 'baseline.yaml' }));
    expect(check.messages.map(flat).find((m) => m.code === 'baseline-unreadable')?.message).toContain('is a folder, not a regular file');
  });
});
