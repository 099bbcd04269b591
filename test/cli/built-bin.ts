/**
 * The built `claimtrace` bin, for tests that spawn it as a user would:
 * `ensureBuilt()` builds dist/ once when it is missing or older than the
 * sources (and the JSON Schemas it ships), `runBin()` spawns `node dist/cli.js`.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(REPO, 'dist', 'cli.js');
const ENTRIES = ['index', 'schema', 'testing', 'browser', 'authoring'];
const JS_OUTPUTS = ['dist/cli.js', 'dist/cli-bundle.cjs', ...ENTRIES.flatMap((e) => [`dist/${e}.js`, `dist/${e}.cjs`])].map((p) => join(REPO, p));
const PACKAGE_OUTPUTS = [...JS_OUTPUTS, ...ENTRIES.flatMap((e) => [join(REPO, `dist/${e}.d.ts`), join(REPO, `dist/${e}.d.cts`)])];
const LOCK = join(REPO, 'node_modules', '.cache', 'claimtrace-test-build.lock');

const newestInput = (): number => {
  let newest = Math.max(statSync(join(REPO, 'package.json')).mtimeMs, statSync(join(REPO, 'tsup.config.ts')).mtimeMs);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') || entry.name.endsWith('.schema.json')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(REPO, 'src'));
  walk(join(REPO, 'docs', 'schema')); // copied into dist/schema/ by the build
  return newest;
};

const oldestOutput = (outputs: readonly string[]): number => {
  try {
    return Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  } catch {
    return -Infinity;
  }
};

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const withLock = async (work: () => Promise<void>): Promise<void> => {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // the lock went away meanwhile
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK}`);
      sleep(100);
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
};

/**
 * Build dist/ unless it is up to date with src/ (a lock keeps parallel test
 * files from building at once). `js` builds the bundles with the project's
 * tsup configuration minus declarations (fast, and independent of type
 * errors elsewhere); `package` runs the full `npm run build`, declarations
 * included, for tests that consume the package as a user would.
 */
/** Whether the bin's files (dist/cli.js, dist/cli-bundle.cjs and the library's bundles) are older than the sources they are built from. */
export const isBuildStale = (): boolean => oldestOutput(JS_OUTPUTS) < newestInput();

export const ensureBuilt = async (what: 'js' | 'package' = 'js'): Promise<void> => {
  const outputs = what === 'js' ? JS_OUTPUTS : PACKAGE_OUTPUTS;
  const stale = (): boolean => oldestOutput(outputs) < newestInput();
  if (!stale()) return;
  await withLock(async () => {
    if (!stale()) return;
    if (what === 'package') {
      execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'pipe' });
      return;
    }
    const { build } = await import('tsup');
    const { default: configured } = await import('../../tsup.config.js');
    // `clean: false`: rebuild the bundles over dist/ without emptying it (other test files may be reading it).
    const config = typeof configured === 'function' ? await configured({ clean: false }) : configured;
    const entries = Array.isArray(config) ? config : [config];
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null) throw new Error('tsup.config.ts: expected an options object or an array of them');
      await build({ ...entry, dts: false, clean: false, silent: true, config: false });
    }
  });
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

/** Like `runBin`, without blocking, so several runs can go in parallel (killed after `timeout` ms, 60 s unless given). */
export const runBinAsync = (args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): Promise<BinResult> =>
  new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env }, encoding: 'utf8', timeout: options.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
