/**
 * Name-variant's candidate pairs on a second core: the run's name table
 * (word strings and typed arrays, see `NamePairsInput`) is posted to a
 * worker thread right after grouping (`prepare` of the rule), the other
 * rules run meanwhile, and name-variant waits for the pairs when its turn
 * comes and decides them on the calling thread (the resolver and the claims
 * never cross). Below `minNames` names, with `threads: false`, when the
 * worker cannot start (no worker file beside the library, a restricted
 * environment), fails or times out, the pairs are found on the calling
 * thread from the same table: the same answer either way. Where they were
 * found is published on the diagnostics channel `claimtrace:name-pairs`
 * (`node:diagnostics_channel`), for tests and profiling.
 */
import { channel } from 'node:diagnostics_channel';
import { candidatePairs, type NamePairsInput } from '../rules/name-pairs.js';
import { type BlockingWorker, startBlockingWorker } from './blocking-worker.js';
import type { ThreadOptions } from './source-dependence-threads.js';
import { NAME_PAIRS_WORKER_FILE_NAME, workerFile } from './worker-file.js';

/**
 * From how many names the pairs are found on a worker (unless `threads` is
 * `false` or sets `minNames`): below it, starting a thread and copying the
 * table costs more than it can save (docs/benchmarks.md, round 16).
 */
export const DEFAULT_MIN_NAMES = 100_000;

/** How long a worker may take to start running. */
const START_MS = 10_000;

/** Where the pairs were found, and why not on a worker when they were not. */
export type PairsRanOn = { readonly on: 'worker' } | { readonly on: 'inline'; readonly reason: string };

/** Candidate pairs, found on first call (waiting for the worker if need be). */
export interface PendingPairs {
  /** The pairs (`candidatePairs`), computed or waited for once. */
  pairs(): Int32Array;
  /** Where they were found (settles them first). */
  ranOn(): PairsRanOn;
}

/** The diagnostics channel that says where each run's candidate pairs were found (a `PairsRanOn` and the number of names). */
export const NAME_PAIRS_CHANNEL = 'claimtrace:name-pairs';
const diagnostics = channel(NAME_PAIRS_CHANNEL);

/**
 * The candidate pairs of `input`, found on a worker thread when `threads`
 * allows it (`false`: never; `undefined`, `true` or options: from
 * `minNames` names on, default `DEFAULT_MIN_NAMES`).
 *
 * @example
 * const pending = namePairsOf(input, undefined);
 * // … other rules run beside the worker …
 * pending.pairs(); pending.ranOn() // { on: 'worker' } for a large table
 */
export const namePairsOf = (input: NamePairsInput, threads: boolean | ThreadOptions | undefined): PendingPairs => {
  const settings: ThreadOptions = typeof threads === 'object' ? threads : {};
  const minNames = settings.minNames ?? DEFAULT_MIN_NAMES;
  let result: { pairs: Int32Array; ran: PairsRanOn } | undefined;
  const inline = (reason: string): { pairs: Int32Array; ran: PairsRanOn } => ({ pairs: candidatePairs(input), ran: { on: 'inline', reason } });
  let worker: BlockingWorker<Int32Array> | undefined;
  let reason: string | undefined;
  if (threads === false) reason = 'threads are off';
  else if (input.size < minNames) reason = `fewer than ${minNames} names`;
  else {
    const file = settings.namePairsWorkerFile ?? workerFile(NAME_PAIRS_WORKER_FILE_NAME);
    if (file === undefined) reason = 'the worker file cannot be located';
    // The input is copied to the worker, not moved: a worker that fails leaves it whole for the inline path.
    else worker = startBlockingWorker<NamePairsInput, Int32Array>(file, input, { startMs: START_MS, totalMs: settings.timeoutMs ?? 60_000 + Math.ceil(input.size / 100) });
  }
  const settle = (): { pairs: Int32Array; ran: PairsRanOn } => {
    if (result !== undefined) return result;
    const answer = worker?.wait();
    result = answer?.ok === true ? { pairs: answer.value, ran: { on: 'worker' } } : inline(answer?.reason ?? reason ?? 'no worker');
    if (diagnostics.hasSubscribers) diagnostics.publish({ ...result.ran, names: input.size });
    return result;
  };
  return { pairs: () => settle().pairs, ranOn: () => settle().ran };
};
