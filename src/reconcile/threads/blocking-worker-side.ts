/**
 * The worker's half of `blocking-worker.ts`: read the input, compute, post
 * the answer (moving the buffers listed) and raise the flag. An exception
 * raises the failed flag with its message (an exit without an answer is
 * caught by the thread's boot code, see `blocking-worker.ts`), so the
 * waiting thread never waits for an answer that cannot come.
 */
import { workerData } from 'node:worker_threads';
import { type BlockingWorkerData, FLAG } from './blocking-worker.js';

/**
 * Answer the thread that started this worker with `compute(input)`.
 *
 * @example
 * answerBlockingCall<Input, Int32Array>((input) => { const runs = work(input); return { value: runs, transfer: [runs.buffer] }; });
 */
export const answerBlockingCall = <T, R>(compute: (input: T) => { readonly value: R; readonly transfer?: readonly ArrayBuffer[] }): void => {
  const { flag, port, input } = workerData as BlockingWorkerData<T>;
  const raise = (state: number): void => {
    Atomics.store(flag, 0, state);
    Atomics.notify(flag, 0);
  };
  raise(FLAG.started);
  try {
    const { value, transfer = [] } = compute(input);
    port.postMessage({ value }, [...transfer]);
    raise(FLAG.answered);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    raise(FLAG.failed);
  }
  port.close();
};
