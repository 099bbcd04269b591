/**
 * The command line run in this process, on its arguments and its real I/O:
 * what `src/cli/main.ts` (run from the sources) and the built bin
 * (`dist/cli.js` → `dist/cli-bundle.cjs`, see `bin.ts`) both do.
 */
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

/**
 * Run `claimtrace` with `argv` and set the process's exit code.
 *
 * @example
 * await runMain(process.argv.slice(2));
 */
export const runMain = async (argv: readonly string[] = process.argv.slice(2)): Promise<void> => {
  const io = processIo();
  process.exitCode = await io.finish(await runCli(argv, io));
};
