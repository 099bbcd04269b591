/**
 * Every write is atomic: a full disk, an I/O error, a SIGKILL at any moment
 * or another run writing at the same time leaves either the old complete
 * files or the new ones — a report's Markdown and JSON always from one run —
 * and outputs never go through links or over the claims folder's inputs.
 * Full disks and I/O errors are injected (a FileSystem with faults); kills are
 * real (a child process killed at random moments, and one that kills itself
 * between the two renames of a pair).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaffoldFiles } from '../../src/cli/scaffold.js';
import { finishInterruptedWrites, type FileToWrite, writeFileAtomic, writeFileSet, WriteRefused } from '../../src/files/atomic-write.js';
import { JOURNAL_FILE } from '../../src/files/write-journal.js';
import { ensureBuilt, REPO, runBinAsync } from '../cli/built-bin.js';
import { runInProcess } from '../cli/memory-io.js';
import { faultyFileSystem, type Fault } from '../support/faulty-file-system.js';
import { generation, generationOf } from '../support/generations.js';
import { scratchFolders } from '../support/scratch-folders.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const CHILD = join(import.meta.dirname, '../support/atomic-write-child.ts');
const { tempDir } = scratchFolders('writes');

/** The folder's entries that a write left behind: temporary files, the journal, the lock. */
const leftovers = (dir: string): string[] => readdirSync(dir).filter((name) => name.startsWith('.'));

const refusal = (write: () => void): WriteRefused => {
  try {
    write();
  } catch (error) {
    if (error instanceof WriteRefused) return error;
    throw error;
  }
  throw new Error('the write was not refused');
};

describe('a failed write leaves the old files and nothing else', () => {
  interface FailureCase {
    readonly name: string;
    /** Files present before (relative path → content). */
    readonly before: Readonly<Record<string, string>>;
    readonly write: readonly { readonly path: string; readonly content: string }[];
    readonly createOnly?: boolean;
    readonly spaceBytes?: number;
    readonly faults?: readonly Fault[];
    readonly code: WriteRefused['code'];
  }
  const OLD = { 'conflict-report.md': 'old markdown\n', 'conflicts.json': '{"old":true}\n' };
  const NEW = [
    { path: 'conflict-report.md', content: 'new markdown\n'.repeat(400) },
    { path: 'conflicts.json', content: `{"new":"${'y'.repeat(5000)}"}\n` },
  ];
  const CASES: readonly FailureCase[] = [
    { name: 'a full disk (ENOSPC) in the first file of a pair', before: OLD, write: NEW, spaceBytes: 1000, code: 'no-space' },
    { name: 'a full disk in the second file of a pair (the first was complete)', before: OLD, write: NEW, spaceBytes: 5400, code: 'no-space' },
    { name: 'a full disk writing one file', before: OLD, write: NEW.slice(0, 1), spaceBytes: 10, code: 'no-space' },
    { name: 'a full disk creating new files in new folders (init)', before: {}, write: [{ path: 'a/b/new.yaml', content: 'x'.repeat(3000) }, { path: 'a/c.yaml', content: 'y' }], spaceBytes: 100, createOnly: true, code: 'no-space' },
    { name: 'EIO flushing the second file', before: OLD, write: NEW, faults: [{ op: 'fsync', path: (p) => p.includes('conflicts.json'), fail: 'EIO' }], code: 'io' },
    { name: 'EDQUOT (quota) on the first write', before: OLD, write: NEW, faults: [{ op: 'write', fail: 'EDQUOT', nth: 1 }], code: 'no-space' },
    { name: 'a create-only set whose second link fails: the first is taken back', before: {}, write: NEW, createOnly: true, faults: [{ op: 'link', path: (p) => p.endsWith('conflicts.json'), fail: 'EACCES' }], code: 'io' },
  ];

  it.each(CASES)('$name', ({ before, write, createOnly, spaceBytes, faults, code }) => {
    const dir = tempDir('enospc');
    for (const [path, content] of Object.entries(before)) writeFileSync(join(dir, path), content);
    const files: FileToWrite[] = write.map((f) => ({ path: join(dir, f.path), content: f.content }));
    const fileSystem = faultyFileSystem(faults ?? [], spaceBytes !== undefined ? { spaceBytes } : {});
    const error = refusal(() => writeFileSet(files, { fileSystem, ...(createOnly === true ? { createOnly } : {}) }));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/nothing was written/);
    // The old files, byte for byte; no new file, no temporary file, no folder this write created.
    expect(Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]))).toEqual(before);
    // Retried with room (and no fault), it writes the new files.
    writeFileSet(files, createOnly === true ? { createOnly } : {});
    for (const f of write) expect(readFileSync(join(dir, f.path), 'utf8')).toBe(f.content);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a rename that fails after the first of a pair (not a crash) says which file was replaced', () => {
    const dir = tempDir('rename-fails');
    for (const [path, content] of Object.entries(OLD)) writeFileSync(join(dir, path), content);
    const fileSystem = faultyFileSystem([{ op: 'rename', path: (p) => p.endsWith('conflicts.json'), fail: 'EACCES' }]);
    const error = refusal(() => writeFileSet(NEW.map((f) => ({ path: join(dir, f.path), content: f.content })), { fileSystem }));
    expect(error.message).toContain('conflict-report.md were already replaced');
    expect(readFileSync(join(dir, 'conflicts.json'), 'utf8')).toBe(OLD['conflicts.json']);
    expect(leftovers(dir)).toEqual([]);
  });
});

/** Spawn the child writer; resolves once it printed "ready" (its first write is complete). */
const startChild = (args: readonly string[]): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => reject(new Error(`the child writer ended early (${code ?? signal})`)));
  });

const killAfter = (child: ChildProcess, ms: number): Promise<void> =>
  new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    setTimeout(() => child.kill('SIGKILL'), ms);
  });

/** Delays spread over a few writes of 8 MB: before, during and after writing, flushing and renaming. */
const DELAYS = [0, 30, 90, 200, 400];

describe('SIGKILL at any moment', () => {
  it('a single file is always one complete generation, and the next write removes the killed runs’ temporary files', async () => {
    const dir = tempDir('kill-single');
    for (const delay of DELAYS) {
      await killAfter(await startChild(['single', dir]), delay);
      expect(generationOf(readFileSync(join(dir, 'report.md'), 'utf8')), `killed after ${delay} ms`).not.toBe('torn');
    }
    writeFileAtomic(join(dir, 'report.md'), generation('report', 0, 10));
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it('a pair is always from one generation once the interrupted write is finished', async () => {
    const dir = tempDir('kill-pair');
    for (const delay of DELAYS) {
      await killAfter(await startChild(['pair', dir]), delay);
      finishInterruptedWrites(dir);
      const md = generationOf(readFileSync(join(dir, 'conflict-report.md'), 'utf8'));
      const json = generationOf(readFileSync(join(dir, 'conflicts.json'), 'utf8'));
      expect(md, `killed after ${delay} ms`).not.toBe('torn');
      expect(json, `killed after ${delay} ms`).toBe(md);
    }
  }, 120_000);

  it('killed between the two renames: the journal makes the next write finish the pair', async () => {
    const dir = tempDir('kill-between');
    writeFileSet([
      { path: join(dir, 'conflict-report.md'), content: generation('markdown', 1, 100) },
      { path: join(dir, 'conflicts.json'), content: generation('json', 1, 100) },
    ]);
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'pair-crash', dir, '2'], { cwd: REPO, stdio: 'ignore' });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, s) => resolve(s)));
    expect(signal).toBe('SIGKILL');
    // The window: the new Markdown beside the old JSON, and the journal that says how to finish.
    expect(generationOf(readFileSync(join(dir, 'conflict-report.md'), 'utf8'))).toBe(2);
    expect(generationOf(readFileSync(join(dir, 'conflicts.json'), 'utf8'))).toBe(1);
    expect(existsSync(join(dir, JOURNAL_FILE))).toBe(true);
    // The next write into the folder (here: finishing only) completes the killed run's pair.
    finishInterruptedWrites(dir);
    expect(generationOf(readFileSync(join(dir, 'conflicts.json'), 'utf8'))).toBe(2);
    expect(leftovers(dir)).toEqual([]);
  }, 60_000);
});

describe('two runs writing into one folder never mix their files', () => {
  it('while one run renames its pair, another cannot start renaming its own (it waits, then gives up with "busy")', () => {
    const dir = tempDir('interleave');
    const pair = (name: string) => [
      { path: join(dir, 'conflict-report.md'), content: `${name} markdown\n` },
      { path: join(dir, 'conflicts.json'), content: `${name} json\n` },
    ];
    let second: unknown;
    // Run B tries to write its whole pair between run A's two renames.
    const fileSystem = faultyFileSystem([
      {
        op: 'rename',
        path: (p) => p.endsWith('conflicts.json'),
        before: () => {
          try {
            writeFileSet(pair('B'), { lockTimeoutMs: 150 });
          } catch (error) {
            second = error;
          }
        },
      },
    ]);
    writeFileSet(pair('A'), { fileSystem });
    expect(second).toBeInstanceOf(WriteRefused);
    expect((second as WriteRefused).code).toBe('busy');
    expect(readFileSync(join(dir, 'conflict-report.md'), 'utf8')).toBe('A markdown\n');
    expect(readFileSync(join(dir, 'conflicts.json'), 'utf8')).toBe('A json\n');
    expect(leftovers(dir)).toEqual([]);
    // Once A is done, B writes.
    writeFileSet(pair('B'));
    expect(readFileSync(join(dir, 'conflicts.json'), 'utf8')).toBe('B json\n');
  });

  it('two `claimtrace report` processes at once on one --out: the Markdown and the JSON always from the same run', async () => {
    await ensureBuilt('js');
    const base = tempDir('concurrent-report');
    cpSync(FIXTURE, join(base, 'alpha'), { recursive: true });
    cpSync(FIXTURE, join(base, 'beta'), { recursive: true });
    for (let round = 0; round < 3; round += 1) {
      const runs = await Promise.all(['alpha', 'beta'].map((name) => runBinAsync(['report', name, '--out', 'out'], { cwd: base, env: { NO_COLOR: '1' } })));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      const json = JSON.parse(readFileSync(join(base, 'out/conflicts.json'), 'utf8')) as { corpus: { label: string } };
      const markdown = readFileSync(join(base, 'out/conflict-report.md'), 'utf8');
      const other = json.corpus.label === 'alpha/' ? 'beta/' : 'alpha/';
      expect(markdown).toContain(`\`${json.corpus.label}\``);
      expect(markdown).not.toContain(`\`${other}\``);
      expect(leftovers(join(base, 'out'))).toEqual([]);
    }
  }, 180_000);
});

describe('outputs never go through links or over the claims folder’s inputs', () => {
  const claimsCopy = (): { base: string; claims: string } => {
    const base = tempDir('out-guard');
    const claims = join(base, 'claims');
    cpSync(FIXTURE, claims, { recursive: true });
    return { base, claims };
  };

  it.each([
    {
      name: 'export --out a symbolic link to another file',
      setup: (base: string) => {
        writeFileSync(join(base, 'precious.txt'), 'precious\n');
        symlinkSync(join(base, 'precious.txt'), join(base, 'link.json'));
      },
      args: ['export', 'claims', '--format', 'findings-json', '--out', 'link.json'],
      message: 'link.json is a symbolic link',
      unchanged: ['precious.txt'],
    },
    {
      name: 'report --out a folder whose conflicts.json is a link (nothing of the set is written)',
      setup: (base: string) => {
        mkdirSync(join(base, 'docs'));
        writeFileSync(join(base, 'precious.txt'), 'precious\n');
        symlinkSync(join(base, 'precious.txt'), join(base, 'docs/conflicts.json'));
      },
      args: ['report', 'claims', '--out', 'docs'],
      message: 'docs/conflicts.json is a symbolic link',
      unchanged: ['precious.txt'],
      absent: ['docs/conflict-report.md'],
    },
    {
      name: 'export --out an input of the claims folder (a source text)',
      args: ['export', 'claims', '--format', 'prov', '--out', 'claims/sources/wire.txt'],
      message: 'claims/sources/wire.txt is an input of the claims folder',
      unchanged: ['claims/sources/wire.txt'],
    },
    {
      name: 'export --out a claim file',
      args: ['export', 'claims', '--format', 'web-annotation', '--out', 'claims/claims/wire.yaml'],
      message: 'claims/claims/wire.yaml is an input of the claims folder',
      unchanged: ['claims/claims/wire.yaml'],
    },
    {
      name: 'export --out a new YAML file inside the claims folder (the next run would read it)',
      args: ['export', 'claims', '--format', 'jsonschema', '--out', 'claims/claims/schema.yaml'],
      message: 'is a YAML file inside the claims folder',
      absent: ['claims/claims/schema.yaml'],
    },
  ])('$name: refused, exit 2, nothing written', async ({ setup, args, message, unchanged, absent }) => {
    const { base } = claimsCopy();
    setup?.(base);
    const before = new Map((unchanged ?? []).map((f) => [f, readFileSync(join(base, f), 'utf8')]));
    const result = await runInProcess(args, { cwd: base, env: { NO_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(message);
    for (const [file, content] of before) expect(readFileSync(join(base, file), 'utf8')).toBe(content);
    for (const file of absent ?? []) expect(existsSync(join(base, file))).toBe(false);
  });

  it('report --out the claims folder itself is allowed: its files are not inputs', async () => {
    const { base } = claimsCopy();
    const result = await runInProcess(['report', 'claims', '--out', 'claims'], { cwd: base, env: { NO_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(base, 'claims/conflict-report.md'))).toBe(true);
  });
});

describe('the capture commands write their files as one set', () => {
  it('update-source: a metadata file that is a link refuses the whole update — the text is not replaced (it was, before the hash)', async () => {
    const dir = tempDir('update-set');
    cpSync(FIXTURE, dir, { recursive: true });
    mkdirSync(join(dir, 'meta'));
    renameSync(join(dir, 'sources/wire.yaml'), join(dir, 'meta/wire.yaml'));
    symlinkSync('../meta/wire.yaml', join(dir, 'sources/wire.yaml'));
    const before = readFileSync(join(dir, 'sources/wire.txt'), 'utf8');
    writeFileSync(join(dir, 'new.txt'), before.replace('Friday', 'Thursday'));
    const result = await runInProcess(['update-source', 'wire', 'new.txt', '.'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error [write-refused] sources/wire.yaml is a symbolic link');
    expect(readFileSync(join(dir, 'sources/wire.txt'), 'utf8')).toBe(before);
    expect(leftovers(join(dir, 'sources'))).toEqual([]);
  });

  it('add: a name in the way refuses the whole capture — no text without its metadata', async () => {
    const dir = tempDir('add-set');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'page.txt'), `Harbour authority\n\n${'The harbour authority approved the new terminal on Tuesday, officials said. '.repeat(12)}\n`);
    // A dangling link where the metadata file goes: not "taken", but not writable either.
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'sources/harbour.yaml'));
    const result = await runInProcess(['add', 'page.txt', '--into', '.', '--id', 'harbour', '--published', 'unknown'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stdout + result.stderr).toContain('sources/harbour.yaml is a symbolic link');
    expect(existsSync(join(dir, 'sources/harbour.txt'))).toBe(false);
    expect(leftovers(join(dir, 'sources'))).toEqual([]);
  });
});

describe('claimtrace init on a full disk', () => {
  beforeAll(() => ensureBuilt('js'), 180_000);

  it('writes nothing (no file, no folder), says so, and can be retried', async () => {
    const base = tempDir('init-full');
    const full = faultyFileSystem([], { spaceBytes: 200 });
    const failed = await runInProcess(['init', 'new'], { cwd: base, env: { NO_COLOR: '1' }, fileSystem: full });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/no space left on the device \(ENOSPC\); nothing was written/);
    expect(readdirSync(base)).toEqual([]);
    const retried = await runInProcess(['init', 'new'], { cwd: base, env: { NO_COLOR: '1' } });
    expect(retried.code, retried.stderr).toBe(0);
    for (const file of scaffoldFiles()) expect(readFileSync(join(base, 'new', file.path), 'utf8')).toBe(file.content);
  });

  it('an init stopped half-way (some scaffold files written) is completed by the next one', async () => {
    const base = tempDir('init-half');
    const [first, second] = scaffoldFiles();
    for (const file of [first, second]) {
      if (file === undefined) continue;
      mkdirSync(join(base, 'new', file.path, '..'), { recursive: true });
      writeFileSync(join(base, 'new', file.path), file.content);
    }
    const result = await runInProcess(['init', 'new'], { cwd: base, env: { NO_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain(first?.path ?? '-');
    for (const file of scaffoldFiles()) expect(readFileSync(join(base, 'new', file.path), 'utf8')).toBe(file.content);
  });

  it('refuses a folder where a scaffold file exists with other content, and writes nothing', async () => {
    const base = tempDir('init-other');
    mkdirSync(join(base, 'new'));
    writeFileSync(join(base, 'new/predicates.yaml'), 'predicates: []\n');
    const result = await runInProcess(['init', 'new'], { cwd: base, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already has predicates.yaml; nothing was written');
    expect(readdirSync(join(base, 'new'))).toEqual(['predicates.yaml']);
  });
});
