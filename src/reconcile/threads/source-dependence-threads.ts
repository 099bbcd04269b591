/**
 * Source dependence with its costly part — finding shared passages, linear
 * in the words of every source — on a second core. The texts (strings) and
 * their non-content ranges (integers) are sent to a worker thread when the
 * run starts; the passages come back as integers; the calling thread adds
 * declared relations, links and groups. The result is the same object
 * `detectSourceDependence` returns, whose fields block on the worker the
 * first time one is read: the calling thread does whatever does not need
 * them meanwhile. Below `minSources` sources, when the worker cannot start
 * (no worker file, a restricted environment), fails or times out, the
 * passages are found on the calling thread: the same answer either way.
 * Where they were found is published on the diagnostics channel
 * `claimtrace:source-dependence` (`node:diagnostics_channel`), for tests and
 * profiling.
 */
import { channel } from 'node:diagnostics_channel';
import type { SourceDocument } from '../../model/source.js';
import { dependenceFrom, detectSourceDependence, type SourceDependence, type SourceDependenceOptions } from '../dependence/detect-source-dependence.js';
import { excludedRanges, inIdOrder, passagesOf } from '../dependence/shared-passages.js';
import { type BlockingWorker, startBlockingWorker } from './blocking-worker.js';
import { flatRanges, type PassageInput, passageOptions } from './passage-input.js';
import { workerFile } from './worker-file.js';

/** How source dependence may use a worker thread (`ReconcilerOptions.threads`). */
export interface ThreadOptions {
  /** Use the worker from this many sources on. Default `DEFAULT_MIN_SOURCES`. */
  readonly minSources?: number;
  /** The worker module (path or file: URL). Default: `source-dependence-worker.js` beside the library's files in `dist/`. */
  readonly workerFile?: string | URL;
  /** Give up on the worker after this many milliseconds (then the work is done inline). Default: 60 s plus 1 ms per 1,000 characters of text. */
  readonly timeoutMs?: number;
}

/**
 * From how many sources `threads: true` uses the worker: below it, starting a
 * thread and copying the texts costs more than it can save (see
 * docs/benchmarks.md, issue 19).
 */
export const DEFAULT_MIN_SOURCES = 10_000;

/** How long a worker may take to start running. */
const START_MS = 10_000;

/** Where the passages were found, and why not on a worker when they were not. */
export type PassagesRanOn = { readonly on: 'worker' } | { readonly on: 'inline'; readonly reason: string };

/** Source dependence, settled on first read, and where its passages were found (known once settled). */
export interface PendingDependence {
  readonly dependence: SourceDependence;
  /** Settles the dependence (waiting for the worker if need be) and says where the passages were found. */
  ranOn(): PassagesRanOn;
}

const FIELDS = ['passages', 'declared', 'links', 'groups', 'groupOf'] as const;

/** The diagnostics channel that says where each run's shared passages were found (a `PassagesRanOn` and the number of sources). */
export const SOURCE_DEPENDENCE_CHANNEL = 'claimtrace:source-dependence';
const diagnostics = channel(SOURCE_DEPENDENCE_CHANNEL);
const published = (ran: PassagesRanOn, sources: number): PassagesRanOn => {
  if (diagnostics.hasSubscribers) diagnostics.publish({ ...ran, sources });
  return ran;
};

/**
 * Source dependence of `documents`, its shared passages found on a worker
 * thread when `threads` allows it (`false`: never; `true` or options: from
 * `minSources` sources on).
 *
 * @example
 * const { dependence, ranOn } = sourceDependenceOf(corpus.sources, {}, { minSources: 0 });
 * // … work that does not read `dependence` runs beside the worker …
 * dependence.groups; ranOn() // { on: 'worker' }
 */
export const sourceDependenceOf = (
  documents: readonly SourceDocument[],
  options: SourceDependenceOptions = {},
  threads: boolean | ThreadOptions = true,
): PendingDependence => {
  const settings: ThreadOptions = typeof threads === 'object' ? threads : {};
  const inline = (reason: string): { dependence: SourceDependence; ran: PassagesRanOn } => ({
    dependence: detectSourceDependence(documents, options),
    ran: published({ on: 'inline', reason }, documents.length),
  });
  if (threads === false) return settledAs(inline('threads are off'));
  if (documents.length < (settings.minSources ?? DEFAULT_MIN_SOURCES)) return settledAs(inline(`fewer than ${settings.minSources ?? DEFAULT_MIN_SOURCES} sources`));

  const file = settings.workerFile ?? workerFile();
  if (file === undefined) return settledAs(inline('the worker file cannot be located'));
  const docs = inIdOrder(documents);
  const texts = docs.map((d) => d.text);
  let characters = 0;
  for (const t of texts) characters += t.length;
  const input: PassageInput = { texts, ranges: flatRanges(excludedRanges(docs)), options: passageOptions(options) };
  const worker: BlockingWorker<Int32Array> = startBlockingWorker(file, input, { startMs: START_MS, totalMs: settings.timeoutMs ?? 60_000 + Math.ceil(characters / 1000) });

  let result: { dependence: SourceDependence; ran: PassagesRanOn } | undefined;
  const settle = (): { dependence: SourceDependence; ran: PassagesRanOn } => {
    if (result !== undefined) return result;
    const answer = worker.wait();
    result = answer.ok ? { dependence: dependenceFrom(documents, passagesOf(docs, answer.value), options), ran: published({ on: 'worker' }, docs.length) } : inline(answer.reason);
    // From now on a plain object: each field becomes a data property, as `detectSourceDependence` returns them.
    for (const field of FIELDS) Object.defineProperty(pending, field, { value: result.dependence[field], enumerable: true, writable: true, configurable: true });
    return result;
  };
  const pending = {} as SourceDependence;
  for (const field of FIELDS) Object.defineProperty(pending, field, { get: () => settle().dependence[field], enumerable: true, configurable: true });
  return { dependence: pending, ranOn: () => settle().ran };
};

const settledAs = ({ dependence, ran }: { dependence: SourceDependence; ran: PassagesRanOn }): PendingDependence => ({ dependence, ranOn: () => ran });
