#!/usr/bin/env node
// The built `claimtrace` bin (dist/cli.js): the command line's code is one CommonJS bundle beside it
// (dist/cli-bundle.cjs, from src/cli/cli-bundle.ts), compiled through the V8 code cache of the command
// that runs (src/cli/compile-cache.ts), which the first run of that command writes.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_HOOK } from '../config/import-module.js';
import { codeCacheFolder, loadWithCodeCache } from './compile-cache.js';
import { raiseTierUpBudget } from './tier-up-budget.js';

interface CliBundle {
  readonly runMain: (argv?: readonly string[]) => Promise<void>;
  readonly writeFileAtomic: (path: string, content: Uint8Array) => void;
  readonly isCommandName: (name: string) => boolean;
}

// The bundle imports configurations and plugins through this (src/config/import-module.ts): an import()
// inside a script compiled by vm has no loader in Node 20.
(globalThis as Record<symbol, unknown>)[IMPORT_HOOK] = (specifier: string): Promise<unknown> => import(specifier);

const argv = process.argv.slice(2);
const file = join(dirname(fileURLToPath(import.meta.url)), 'cli-bundle.cjs');
// The command's name (`claimtrace --debug check …` included): each command compiles other code.
const name = argv.find((arg) => !arg.startsWith('-')) ?? 'cli';
// A short run's V8 budget (src/cli/tier-up-budget.ts), set before the bundle is compiled: V8 keeps a code cache
// only for the flags it was made under.
const raised = raiseTierUpBudget(name);
const bundle = loadWithCodeCache(file, {
  folder: codeCacheFolder(file),
  name,
  write: (path, content) => cli.writeFileAtomic(path, content),
});
const cli = bundle.exports as unknown as CliBundle;
await cli.runMain(argv);
// The cache holds what this run compiled, and is kept until the bundle changes: write it only after a run of
// a command that did its work (exit 0, or 1 for problems found), not after a usage error, `--help` or
// `--version`, and never for a mistyped command (`claimtrace chekc`).
const exitCode = Number(process.exitCode ?? 0);
const didItsWork = (exitCode === 0 || exitCode === 1) && !argv.some((arg) => ['--help', '-h', '--version', '-v'].includes(arg));
if (didItsWork && cli.isCommandName(name)) {
  // A long run put V8's default budget back: the cache is made under the flags the next run compiles with.
  if (raised) raiseTierUpBudget(name);
  bundle.save();
}
