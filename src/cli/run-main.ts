/**
 * The command line run in this process, on its arguments and its real I/O:
 * what `src/cli/main.ts` (run from the sources) and the built bin
 * (`dist/cli.js` → `dist/cli-bundle.cjs`, see `bin.ts`) both do.
 */
import { nodeFileSystem } from '../files/file-system.js';
import { type CliIo, processIo } from './cli-io.js';
import { runCli } from './run-cli.js';
import { budgetedFileSystem, LONG_RUN_BYTES, raisedBudgetDefault, restoreTierUpBudget } from './tier-up-budget.js';

/**
 * Run `claimtrace` with `argv` and set the process's exit code.
 *
 * @example
 * await runMain(process.argv.slice(2));
 */
export const runMain = async (argv: readonly string[] = process.argv.slice(2)): Promise<void> => {
  const io = processIo();
  // When the bin raised V8's tier-up budget for a short run, a run that reads more than a short one puts it back.
  const runIo: CliIo = raisedBudgetDefault() === undefined ? io : { ...io, fileSystem: budgetedFileSystem(io.fileSystem ?? nodeFileSystem, LONG_RUN_BYTES, restoreTierUpBudget) };
  process.exitCode = await io.finish(await runCli(argv, runIo));
};
