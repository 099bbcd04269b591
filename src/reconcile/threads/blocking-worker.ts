/**
 * A worker thread whose answer a synchronous caller can wait for: the worker
 * is started, the caller goes on with its own work, and when it needs the
 * answer it blocks on a shared flag (`Atomics.wait`) and takes the message
 * with `receiveMessageOnPort` — no event-loop turn, so a synchronous API
 * (`reconcile(corpus)`) can use a second core. The flag protocol:
 * 0 → the worker has not started, 1 → it runs, 2 → it answered, 3 → it
 * failed (an exception, or it exited without answering; see
 * `blocking-worker-side.ts`). A worker that never starts or never answers
 * is given up after a timeout and terminated.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** The flag's states (index 0 of the shared Int32Array). */
export const FLAG = { pending: 0, started: 1, answered: 2, failed: 3 } as const;

/** What the worker is given as `workerData`. */
export interface BlockingWorkerData<T> {
  readonly flag: Int32Array;
  readonly port: MessagePort;
  readonly input: T;
  /** The worker module's file: URL. */
  readonly module: string;
}

/** The worker's answer, or why there is none (the caller then does the work itself). */
export type WorkerAnswer<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly reason: string };

/** A started worker: `wait` blocks until it answers, fails or times out (then it is terminated). */
export interface BlockingWorker<R> {
  wait(): WorkerAnswer<R>;
}

/** How long to wait. */
export interface BlockingWaitLimits {
  /** From start until the worker runs (loading the module). */
  readonly startMs: number;
  /** From start until the answer. */
  readonly totalMs: number;
}

const failedWith = (reason: string): BlockingWorker<never> => ({ wait: () => ({ ok: false, reason }) });

/**
 * What the thread runs: it raises the failed flag when it exits without an
 * answer, then imports the worker module — so a module that cannot be
 * loaded (a syntax error, a missing import, a throw at its top level) is a
 * failure the waiting thread sees at once, not a silence until the timeout.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
const { flag, port, module } = workerData;
const fail = (error) => {
  if (Atomics.load(flag, 0) >= ${FLAG.answered}) return;
  if (error !== undefined) try { port.postMessage({ error: String(error && error.message || error) }); } catch {}
  Atomics.store(flag, 0, ${FLAG.failed});
  Atomics.notify(flag, 0);
};
process.on('exit', () => fail());
import(module).catch(fail);
`;

/**
 * Start `file` (a JavaScript module path or file: URL) as a worker thread
 * with `input` (structured-cloned; pass strings and typed arrays, not object
 * graphs, and list buffers to move in `transfer`). Never throws: a worker
 * that cannot be started answers `{ ok: false, reason }` at `wait()`.
 *
 * @example
 * const worker = startBlockingWorker<Input, Int32Array>(file, input);
 * // … other work on this thread …
 * const answer = worker.wait(); // { ok: true, value } or { ok: false, reason }
 */
export const startBlockingWorker = <T, R>(file: string | URL, input: T, limits: BlockingWaitLimits, transfer: readonly ArrayBuffer[] = []): BlockingWorker<R> => {
  let path: string;
  try {
    path = typeof file === 'string' ? file : fileURLToPath(file);
  } catch (error) {
    return failedWith(`not a file: ${String(file)} (${error instanceof Error ? error.message : String(error)})`);
  }
  // A missing file would only be reported on the event loop, which a waiting caller does not turn.
  if (!existsSync(path)) return failedWith(`no worker file at ${path}`);
  const started = performance.now();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    const workerData: BlockingWorkerData<T> = { flag, port: port2, input, module: pathToFileURL(path).href };
    worker = new Worker(BOOT, { eval: true, workerData, transferList: [port2, ...transfer], stdout: false, stderr: false });
  } catch (error) {
    port1.close();
    return failedWith(`the worker could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Never keep the process alive; errors are read from the flag, not from events.
  worker.unref();
  worker.on('error', () => {});
  let answer: WorkerAnswer<R> | undefined;
  const finish = (result: WorkerAnswer<R>): WorkerAnswer<R> => {
    answer = result;
    port1.close();
    void worker.terminate().catch(() => {});
    return result;
  };
  return {
    wait: () => {
      if (answer !== undefined) return answer;
      const left = (limit: number): number => Math.max(0, limit - (performance.now() - started));
      // Until it runs, then until it answers (a worker may set both flags before we look).
      const startMs = Math.min(limits.startMs, limits.totalMs);
      if (Atomics.load(flag, 0) === FLAG.pending) Atomics.wait(flag, 0, FLAG.pending, left(startMs));
      if (Atomics.load(flag, 0) === FLAG.pending) return finish({ ok: false, reason: `the worker did not start within ${startMs} ms` });
      if (Atomics.load(flag, 0) === FLAG.started) Atomics.wait(flag, 0, FLAG.started, left(limits.totalMs));
      const state = Atomics.load(flag, 0);
      const message = receiveMessageOnPort(port1)?.message as { readonly value?: R; readonly error?: string } | undefined;
      if (state === FLAG.answered && message !== undefined && message.error === undefined) return finish({ ok: true, value: message.value as R });
      if (state === FLAG.started) return finish({ ok: false, reason: `the worker did not answer within ${limits.totalMs} ms` });
      return finish({ ok: false, reason: `the worker failed: ${message?.error ?? 'it exited without answering'}` });
    },
  };
};
