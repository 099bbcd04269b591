/**
 * What the command line reads and writes, as one object, so commands can be
 * run in-process (tests, other tools) as well as from the real process.
 */

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
}

/**
 * The real process's streams, environment and working directory.
 *
 * @example
 * const code = await runCli(process.argv.slice(2), processIo());
 */
export const processIo = (): CliIo => ({
  stdout: { write: (chunk) => void process.stdout.write(chunk), isTTY: process.stdout.isTTY === true },
  stderr: { write: (chunk) => void process.stderr.write(chunk), isTTY: process.stderr.isTTY === true },
  env: process.env,
  cwd: process.cwd(),
});

/**
 * Write text meant for people (stylish output, messages, summaries) — the one
 * place every human-readable output of the commands passes, so what applies
 * to terminal text (sanitising control characters) applies to all of it.
 * Machine formats (JSON, SARIF, JUnit) are written with `stream.write`.
 *
 * @example
 * writeText(io.stderr, messagesText(run.messages, run.paths, context.err));
 */
export const writeText = (stream: OutputStream, text: string): void => stream.write(text);
