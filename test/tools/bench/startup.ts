/**
 * Cold start of the built CLI (issue 19, item 4; not a test): `claimtrace
 * check claims` from dist/cli.js — without the cache, and with a cache filled
 * beforehand — against `node -e 0`, interleaved in one run so that the
 * machine's load falls on all three alike. Each run is a new process (cold:
 * nothing of an earlier run is in memory). Wall time always; user + system
 * CPU too where /usr/bin/time exists (the CPU figure is what a busy shared
 * machine does not inflate).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBuildStale } from '../../cli/built-bin.js';

export interface StartupCommand {
  readonly id: 'node' | 'check' | 'check-first' | 'check-cache';
  readonly label: string;
  readonly args: readonly string[];
  /** Environment variables for this command (added to this process's). */
  readonly env?: Readonly<Record<string, string>>;
}

/** One timed run. */
export interface StartupSample {
  readonly wallMs: number;
  /** User + system CPU of the process, ms (undefined without /usr/bin/time). */
  readonly cpuMs: number | undefined;
  readonly exitCode: number | null;
}

export type StartupResult = Readonly<Record<StartupCommand['id'], readonly StartupSample[]>> & { readonly commands: readonly StartupCommand[] };

const TIME = '/usr/bin/time';

const timed = (args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): StartupSample => {
  const useTime = existsSync(TIME);
  const report = join(tmpdir(), `claimtrace-startup-${process.pid}.time`);
  const started = performance.now();
  const out = useTime
    ? spawnSync(TIME, ['-f', '%U %S', '-o', report, process.execPath, ...args], { cwd, stdio: 'ignore', env: { ...process.env, ...env } })
    : spawnSync(process.execPath, [...args], { cwd, stdio: 'ignore', env: { ...process.env, ...env } });
  const wallMs = performance.now() - started;
  let cpuMs: number | undefined;
  if (useTime && existsSync(report)) {
    const [user, system] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = ((user ?? 0) + (system ?? 0)) * 1000;
    rmSync(report, { force: true });
  }
  return { wallMs, cpuMs, exitCode: out.status };
};

/**
 * Time the three commands `runs` times each, interleaved. Needs the build
 * (`npm run build`): returns a reason when dist/cli.js is missing.
 *
 * @example
 * const result = measureStartup(root, 11);
 * if (typeof result !== 'string') console.log(median(result.check.map((s) => s.wallMs)));
 */
export const measureStartup = (root: string, runs: number): StartupResult | string => {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return 'dist/cli.js is missing: run `npm run build` first (the cold start is measured on the built CLI)';
  // What a user runs is the build of these sources: a dist/ older than them would time other code.
  if (isBuildStale()) return 'dist/ is older than src/: run `npm run build` first (the cold start is measured on the build of these sources)';
  const cacheDir = mkdtempSync(join(tmpdir(), 'claimtrace-startup-cache-'));
  const cache = join(cacheDir, 'check-cache.json');
  const commands: StartupCommand[] = [
    { id: 'node', label: 'node -e 0', args: ['-e', '0'] },
    { id: 'check', label: 'claimtrace check claims', args: [cli, 'check', 'claims'] },
    // As the very first run after an install or a build: without the bin's V8 code cache (src/cli/compile-cache.ts).
    { id: 'check-first', label: 'claimtrace check claims, no code cache (a first run)', args: [cli, 'check', 'claims'], env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
    { id: 'check-cache', label: 'claimtrace check claims --cache (cache filled)', args: [cli, 'check', 'claims', '--cache-location', cache] },
  ];
  try {
    // Fill the cache, and warm the operating system's file cache for all three alike.
    for (const c of commands) timed(c.args, root, c.env);
    const samples: Record<StartupCommand['id'], StartupSample[]> = { node: [], check: [], 'check-first': [], 'check-cache': [] };
    for (let i = 0; i < runs; i++) for (const c of commands) samples[c.id].push(timed(c.args, root, c.env));
    return { ...samples, commands };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
};
