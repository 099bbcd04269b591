/**
 * The built `claimtrace` bin, for tests that spawn it as a user would:
 * `ensureBuilt()` runs `npm run build` once when dist/ is missing or older
 * than the sources (a lock keeps parallel test files from building twice),
 * `runBin()` spawns `node dist/cli.js`.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(REPO, 'dist', 'cli.js');
const OUTPUTS = ['dist/cli.js', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts'].map((p) => join(REPO, p));
const LOCK = join(REPO, 'node_modules', '.cache', 'claimtrace-test-build.lock');

const newestInput = (): number => {
  let newest = Math.max(statSync(join(REPO, 'package.json')).mtimeMs, statSync(join(REPO, 'tsup.config.ts')).mtimeMs);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(REPO, 'src'));
  return newest;
};

const oldestOutput = (): number => {
  try {
    return Math.min(...OUTPUTS.map((p) => statSync(p).mtimeMs));
  } catch {
    return -Infinity;
  }
};

const isStale = (): boolean => oldestOutput() < newestInput();

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Build dist/ unless it is up to date with src/. */
export const ensureBuilt = (): void => {
  if (!isStale()) return;
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // the lock went away meanwhile
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK}`);
      sleep(100);
    }
  }
  try {
    if (isStale()) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'pipe' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
};

export interface BinResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawn `node dist/cli.js ...args` (stdout and stderr are pipes, so never a TTY). */
export const runBin = (args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): BinResult => {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Fixture folders of the CLI tests. */
export const fixture = (...parts: string[]): string => join(REPO, 'test', 'fixtures', 'cli', ...parts);

/** Like `runBin`, without blocking, so several runs can go in parallel. */
export const runBinAsync = (args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<BinResult> =>
  new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env }, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
