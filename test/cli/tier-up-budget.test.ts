/**
 * The built CLI's short-run tier-up budget (src/cli/tier-up-budget.ts): when
 * it may be raised, the byte count that ends it, and — through the built bin —
 * that a long run still leaves a code cache the next short run can use.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetedFileSystem,
  DEFAULT_INTERRUPT_BUDGET,
  LONG_RUN_BYTES,
  mayRaiseBudget,
  raiseTierUpBudget,
  raisedBudgetDefault,
  restoreTierUpBudget,
  SHORT_RUN_COMMANDS,
} from '../../src/cli/tier-up-budget.js';
import { nodeFileSystem } from '../../src/files/file-system.js';
import { readRegularFile } from '../../src/files/read-regular-file.js';
import { writeSyntheticFolder } from '../tools/bench/ndjson-load.js';
import { ensureBuilt, REPO } from './built-bin.js';

const NODE_20 = '11.3.244.8-node.38';

describe('mayRaiseBudget', () => {
  it.each([
    { case: 'Node 20, no options', v8: NODE_20, execArgv: [], nodeOptions: undefined, may: true },
    { case: 'Node 20, other options', v8: NODE_20, execArgv: ['--max-old-space-size=4096'], nodeOptions: '--enable-source-maps', may: true },
    { case: 'another engine (Node 22)', v8: '12.4.254.21-node.33', execArgv: [], nodeOptions: undefined, may: false },
    { case: 'another engine (11.8)', v8: '11.8.172.17', execArgv: [], nodeOptions: undefined, may: false },
    { case: 'a budget on the command line', v8: NODE_20, execArgv: ['--interrupt-budget=1000'], nodeOptions: undefined, may: false },
    { case: 'a budget with an underscore', v8: NODE_20, execArgv: ['--interrupt_budget=1000'], nodeOptions: undefined, may: false },
    { case: 'a budget in NODE_OPTIONS', v8: NODE_20, execArgv: [], nodeOptions: '--max-old-space-size=100 --interrupt-budget=5000', may: false },
    { case: 'a flag that only starts the same', v8: NODE_20, execArgv: ['--interrupt-budget-for-feedback-allocation=940'], nodeOptions: undefined, may: true },
  ])('$case: $may', ({ v8, execArgv, nodeOptions, may }) => {
    expect(mayRaiseBudget({ v8, execArgv, nodeOptions })).toBe(may);
  });
});

describe('raiseTierUpBudget / restoreTierUpBudget', () => {
  const node20 = { v8: NODE_20, execArgv: [], nodeOptions: undefined };
  it.each([...SHORT_RUN_COMMANDS].map((command) => ({ command })))('raises it for $command, which loads a claims folder', ({ command }) => {
    try {
      expect(raiseTierUpBudget(command, node20)).toBe(true);
      expect(raisedBudgetDefault()).toBe(DEFAULT_INTERRUPT_BUDGET);
    } finally {
      restoreTierUpBudget();
    }
    expect(raisedBudgetDefault()).toBeUndefined();
  });
  it.each(['init', 'add', 'anchor', 'suggest', 'update-source', 'rehash', 'cli', 'chekc'])('leaves it for %s', (command) => {
    expect(raiseTierUpBudget(command, node20)).toBe(false);
    expect(raisedBudgetDefault()).toBeUndefined();
  });
  it('leaves it where it may not be raised, and a restore without a raise changes nothing', () => {
    expect(raiseTierUpBudget('check', { ...node20, execArgv: ['--interrupt-budget=1000'] })).toBe(false);
    expect(raisedBudgetDefault()).toBeUndefined();
    expect(() => restoreTierUpBudget()).not.toThrow();
    expect(raisedBudgetDefault()).toBeUndefined();
  });
});

describe('budgetedFileSystem', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimtrace-budget-fs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    { case: 'files under the limit', sizes: [100, 200], limit: 1000, calls: 0 },
    { case: 'exactly the limit', sizes: [600, 400], limit: 1000, calls: 0 },
    { case: 'one byte over the limit', sizes: [600, 401], limit: 1000, calls: 1 },
    { case: 'far over it, in many files', sizes: [700, 700, 700, 700], limit: 1000, calls: 1 },
    { case: 'one file over it', sizes: [5000], limit: 1000, calls: 1 },
  ])('$case: the long run is told $calls time(s), and every file reads whole', ({ sizes, limit, calls }) => {
    let told = 0;
    const fileSystem = budgetedFileSystem(nodeFileSystem, limit, () => {
      told += 1;
    });
    sizes.forEach((size, i) => {
      const path = join(dir, `f${i}-${size}.txt`);
      const text = 'x'.repeat(size);
      writeFileSync(path, text);
      const read = readRegularFile(path, { fileSystem, maxBytes: 1 << 20 });
      expect(read.status === 'read' ? Buffer.from(read.bytes).toString('utf8') : read.status).toBe(text);
    });
    expect(told).toBe(calls);
  });

  it('keeps everything else of the file system it wraps', () => {
    const wrapped = budgetedFileSystem(nodeFileSystem, 10, () => undefined);
    expect(Object.keys(wrapped).sort()).toEqual(Object.keys(nodeFileSystem).sort());
    expect(wrapped.stat(dir).isDirectory()).toBe(true);
  });
});

/**
 * The built bin in a package folder of its own (its own node_modules/.cache), as an install has it.
 * A long run puts V8's default budget back; the code cache it leaves must still be made under the raised
 * budget, or the next short run would have V8 refuse it (and compile everything again).
 */
describe('the built bin', { timeout: 240_000 }, () => {
  let pkg: string;
  let big: string;
  beforeAll(async () => {
    await ensureBuilt();
    pkg = mkdtempSync(join(tmpdir(), 'claimtrace-budget-bin-'));
    mkdirSync(join(pkg, 'dist'));
    for (const file of ['cli.js', 'cli-bundle.cjs']) cpSync(join(REPO, 'dist', file), join(pkg, 'dist', file));
    mkdirSync(join(pkg, 'node_modules'));
    for (const entry of readdirSync(join(REPO, 'node_modules'))) if (!entry.startsWith('.')) symlinkSync(join(REPO, 'node_modules', entry), join(pkg, 'node_modules', entry));
    // ~1.7 MB of NDJSON claims: past LONG_RUN_BYTES.
    big = writeSyntheticFolder(10_000, 'ndjson').dir;
  });
  afterAll(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(big, { recursive: true, force: true });
  });

  const check = (folder: string): number | null => spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), 'check', folder], { cwd: REPO, encoding: 'utf8' }).status;
  /** The cache file's name, inode and size: a write (atomic: a new file renamed over it) changes the inode; a run that uses the cache only touches its time. */
  const cacheFile = (): { name: string; ino: number; size: number } => {
    const folder = join(pkg, 'node_modules', '.cache', 'claimtrace');
    const names = readdirSync(folder).filter((n) => n.startsWith('check-'));
    expect(names).toHaveLength(1);
    const name = names[0] as string;
    const { ino, size } = statSync(join(folder, name));
    return { name, ino, size };
  };

  it('a long run (past LONG_RUN_BYTES) writes a code cache that the next short run uses without writing it again', () => {
    const dirBytes = readdirSync(join(big, 'claims')).reduce((sum, name) => sum + statSync(join(big, 'claims', name)).size, 0);
    expect(dirBytes).toBeGreaterThan(LONG_RUN_BYTES);
    expect(check(big)).toBe(0);
    const written = cacheFile();
    expect(check('claims')).toBe(0);
    expect(cacheFile()).toEqual(written);
    expect(check(big)).toBe(0);
    expect(cacheFile()).toEqual(written);
  });
});
