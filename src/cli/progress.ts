/**
 * A progress line on stderr for long runs: shown only on a TTY (never in CI
 * logs or pipes), rewritten in place as the run moves from stage to stage,
 * erased when done so it never mixes with the results.
 */
import type { OutputStream } from './cli-io.js';

export interface Progress {
  /** Say what is happening now (replaces the previous line). */
  readonly update: (message: string) => void;
  /** Erase the line. */
  readonly done: () => void;
}

const ERASE_LINE = '\r\u001b[2K';

/**
 * @example
 * const progress = createProgress(io.stderr, { enabled: !json });
 * progress.update('loading claims/ …');  // on a terminal's stderr, with its `eraseLine`
 * progress.done();
 */
export const createProgress = (stream: OutputStream, options: { readonly enabled?: boolean; readonly eraseLine?: string } = {}): Progress => {
  const enabled = (options.enabled ?? true) && stream.isTTY;
  const erase = options.eraseLine ?? ERASE_LINE;
  let shown = false;
  return {
    update(message) {
      if (!enabled) return;
      stream.write(`${erase}${message}`);
      shown = true;
    },
    done() {
      if (shown) stream.write(erase);
      shown = false;
    },
  };
};
