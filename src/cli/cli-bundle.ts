/**
 * The entry of the CLI's CommonJS bundle (dist/cli-bundle.cjs), which the bin
 * (src/cli/bin.ts) loads through the V8 code cache: the command line, the
 * names of its commands (the bin keeps a cache for each) and the atomic write
 * the bin saves the cache with.
 */
import { COMMAND_TABLE } from './command-table.js';

export { runMain } from './run-main.js';
export { writeFileAtomic } from '../files/atomic-write.js';

/** Whether `name` is one of the CLI's commands. */
export const isCommandName = (name: string): boolean => COMMAND_TABLE.some((command) => command.name === name);
