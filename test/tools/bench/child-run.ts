/**
 * Run one benchmark scenario in a fresh Node process, so that its peak
 * memory (`process.resourceUsage().maxRSS`) and its JIT / GC state are its
 * own and scenarios do not pollute each other.
 *
 * The parent spawns `node --import tsx <entry> --scenario <name> --params <json>`;
 * the child runs the scenario and prints one line `@@bench-result <json>`
 * with the scenario's result and its peak RSS.
 */
import { spawn } from 'node:child_process';

/** The marker of the child's result line on stdout. */
export const RESULT_MARKER = '@@bench-result ';

/** What a child reports back. */
export interface ChildReport<T> {
  readonly value: T;
  /** Peak resident set size of the whole child process, bytes. */
  readonly maxRssBytes: number;
  /** Heap statistics after the scenario, bytes. */
  readonly heapUsedBytes: number;
}

export type ChildOutcome<T> =
  | { readonly status: 'ok'; readonly report: ChildReport<T>; readonly wallMs: number }
  | { readonly status: 'failed'; readonly reason: string; readonly stderr: string };

/** Options of `runInChild`. */
export interface ChildOptions {
  /** The script the child runs (its `--scenario` mode). */
  readonly entry: string;
  /** Working directory (where `tsx` resolves from). */
  readonly cwd: string;
  /** Kill the child after this many milliseconds. */
  readonly timeoutMs: number;
  /** Extra Node flags, e.g. `--max-old-space-size=8192`. */
  readonly nodeFlags?: readonly string[];
}

/**
 * Spawn a child for `scenario` with JSON `params` and wait for its report.
 * Never throws: a crash, a timeout or a missing result line is a `failed` outcome.
 *
 * @example
 * const out = await runInChild('real-data', { dataset: 'book' }, { entry: 'test/tools/bench.ts', cwd: root, timeoutMs: 120_000 });
 * if (out.status === 'ok') console.log(out.report.maxRssBytes);
 */
export const runInChild = <T>(scenario: string, params: unknown, options: ChildOptions): Promise<ChildOutcome<T>> =>
  new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [...(options.nodeFlags ?? []), '--import', 'tsx', options.entry, '--scenario', scenario, '--params', JSON.stringify(params)],
      { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-20_000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'failed', reason: `could not start the child: ${error.message}`, stderr });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (timedOut) return resolve({ status: 'failed', reason: `timed out after ${options.timeoutMs} ms`, stderr });
      const line = stdout.split('\n').reverse().find((l) => l.startsWith(RESULT_MARKER));
      if (code !== 0 || line === undefined) {
        return resolve({
          status: 'failed',
          reason: `child exited with ${signal ?? `code ${String(code)}`}${line === undefined ? ' without a result line' : ''}`,
          stderr,
        });
      }
      try {
        resolve({ status: 'ok', report: JSON.parse(line.slice(RESULT_MARKER.length)) as ChildReport<T>, wallMs });
      } catch (error) {
        resolve({ status: 'failed', reason: `unreadable result line: ${String(error)}`, stderr });
      }
    });
  });

/**
 * The child side: run `scenario(params)` and print the result line.
 * Exceptions end the child with code 1 and the message on stderr.
 */
export const reportFromChild = async <T>(scenario: (params: unknown) => T | Promise<T>, params: unknown): Promise<void> => {
  const value = await scenario(params);
  const report: ChildReport<T> = {
    value,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: process.memoryUsage().heapUsed,
  };
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(report)}\n`);
};
