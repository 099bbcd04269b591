/**
 * What the command line reads and writes, as one object, so commands can be
 * run in-process (tests, other tools) as well as from the real process.
 */
import { errorCode, errorReason, type FileSystem } from '../files/file-system.js';
import { EXIT_INVALID_INPUT, type ExitCode } from './exit-codes.js';

/** Where output goes: a write function and whether it is a terminal. */
export interface OutputStream {
  readonly write: (chunk: string) => void;
  readonly isTTY: boolean;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Environment variables (NO_COLOR is honoured). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Working directory that relative paths are resolved against. */
  readonly cwd: string;
  /** The file system commands read and write (default: the real one; tests inject faults). */
  readonly fileSystem?: FileSystem;
}

/** The real process's I/O, and how it ends: `finish` waits for the output and turns a failed write into exit 2. */
export interface ProcessIo extends CliIo {
  readonly finish: (code: ExitCode) => Promise<ExitCode>;
}

/** The part of a Node stream the command line uses. */
export interface WritableLike {
  readonly isTTY?: boolean;
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  readonly destroyed?: boolean;
}

interface GuardedStream {
  readonly stream: OutputStream;
  readonly failure: () => Error | undefined;
  readonly flush: () => Promise<void>;
}

/**
 * A stream whose write errors (EPIPE when the reader of a pipe went away,
 * ENOSPC on a full disk, EBADF) are remembered instead of thrown as an
 * unhandled 'error' event with a stack trace; later writes are dropped.
 */
const guarded = (target: WritableLike): GuardedStream => {
  let failure: Error | undefined;
  target.on('error', (error) => {
    failure ??= error;
  });
  return {
    stream: {
      write: (chunk) => {
        if (failure !== undefined) return;
        try {
          target.write(chunk);
        } catch (error) {
          failure ??= error instanceof Error ? error : new Error(String(error));
        }
      },
      isTTY: target.isTTY === true,
    },
    failure: () => failure,
    flush: () =>
      new Promise((resolve) => {
        if (failure !== undefined || target.destroyed === true) return resolve();
        try {
          target.write('', () => resolve());
        } catch {
          resolve();
        }
      }),
  };
};

/** What went wrong writing to `name`, in one line. */
const failedOutput = (name: string, error: Error): string =>
  errorCode(error) === 'EPIPE'
    ? `claimtrace: the output on ${name} was cut short: the program reading it stopped (EPIPE)\n`
    : `claimtrace: cannot write to ${name}: ${errorReason(error)}; the output is incomplete\n`;

/**
 * I/O over two Node streams. A failed write never crashes the process;
 * `finish(code)` waits until everything is written and returns exit 2 (not 1,
 * which means new findings) when a stream failed, saying so on the other.
 */
export const streamIo = (stdout: WritableLike, stderr: WritableLike, env: CliIo['env'], cwd: string): ProcessIo => {
  const out = guarded(stdout);
  const err = guarded(stderr);
  return {
    stdout: out.stream,
    stderr: err.stream,
    env,
    cwd,
    finish: async (code) => {
      await Promise.all([out.flush(), err.flush()]);
      const outFailure = out.failure();
      const errFailure = err.failure();
      if (outFailure === undefined && errFailure === undefined) return code;
      if (outFailure !== undefined && errFailure === undefined) err.stream.write(failedOutput('stdout', outFailure));
      else if (errFailure !== undefined && outFailure === undefined) out.stream.write(failedOutput('stderr', errFailure));
      await Promise.all([out.flush(), err.flush()]);
      return EXIT_INVALID_INPUT;
    },
  };
};

/**
 * The real process's streams, environment and working directory.
 *
 * @example
 * const io = processIo();
 * process.exitCode = await io.finish(await runCli(process.argv.slice(2), io));
 */
export const processIo = (): ProcessIo => streamIo(process.stdout, process.stderr, process.env, process.cwd());
