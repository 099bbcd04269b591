/**
 * Output folders the CLI cannot create (regression: `--out /proc/x` and
 * `claimtrace init /proc/x` spun at 100 % CPU forever, because Node's
 * recursive mkdir retries when an existing parent answers ENOENT for a
 * child, as procfs does). Now: exit 2 with "cannot write", at once. The bin is
 * spawned with a timeout, so a regression fails instead of hanging the suite.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFolders } from '../../src/files/make-folders.js';
import { ensureBuilt, runBinAsync } from '../cli/built-bin.js';
import { faultyFileSystem } from '../support/faulty-file-system.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt('js'), 180_000);

describe('output folders the CLI cannot create', () => {
  it.concurrent.for([
    { name: 'report --out under /proc', args: ['report', FIXTURE, '--out', '/proc/claimtrace-no-such-dir/out'] },
    { name: 'export --out under /proc', args: ['export', FIXTURE, '--format', 'prov', '--out', '/proc/claimtrace-no-such-dir/prov.jsonld'] },
    { name: 'init under /proc', args: ['init', '/proc/claimtrace-no-such-dir'] },
  ])('$name: exit 2 with "cannot write", no hang, no stack trace', async ({ args }, { expect }) => {
    const result = await runBinAsync(args, { env: { NO_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('cannot write');
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('makeFolders', () => {
  it('creates every missing folder of a path, and accepts one that exists', () => {
    const base = mkdtempSync(join(tmpdir(), 'claimtrace-folders-'));
    scratch.push(base);
    makeFolders(join(base, 'a/b/c'));
    makeFolders(join(base, 'a/b/c'));
    writeFileSync(join(base, 'a/b/c/x.txt'), 'x');
    expect(readFileSync(join(base, 'a/b/c/x.txt'), 'utf8')).toBe('x');
  });

  it.each([
    ['the folder itself', 'a/b', ['a']],
    ['a parent', 'a', ['a/b']],
  ])('takes a folder another process creates meanwhile (%s) as made, not as an error, and does not claim it', (_what, racedPath, mine) => {
    const base = mkdtempSync(join(tmpdir(), 'claimtrace-folders-'));
    scratch.push(base);
    const raced = join(base, racedPath);
    // The other process's mkdir lands between this one's look and its own mkdir.
    const fileSystem = faultyFileSystem([{ op: 'mkdir', path: (p) => p === raced, nth: 1, before: (p) => mkdirSync(p) }]);
    expect(makeFolders(join(base, 'a/b'), fileSystem)).toEqual(mine.map((m) => join(base, m)));
    expect(statSync(join(base, 'a/b')).isDirectory()).toBe(true);
  });

  it('still refuses a name another process takes with a file meanwhile', () => {
    const base = mkdtempSync(join(tmpdir(), 'claimtrace-folders-'));
    scratch.push(base);
    const fileSystem = faultyFileSystem([{ op: 'mkdir', path: (p) => p === join(base, 'a'), nth: 1, before: (p) => writeFileSync(p, '') }]);
    expect(() => makeFolders(join(base, 'a/b'), fileSystem)).toThrow(/EEXIST/);
  });

  it('refuses a path through a file', () => {
    const base = mkdtempSync(join(tmpdir(), 'claimtrace-folders-'));
    scratch.push(base);
    writeFileSync(join(base, 'file'), '');
    expect(() => makeFolders(join(base, 'file/sub'))).toThrow();
  });
});
