/**
 * V8's tier-up budget for the built CLI's short runs (issue 19, fast start,
 * round 17). V8 counts the bytecode a function runs and, each time that count
 * passes `--interrupt-budget`, considers compiling it with TurboFan. A cold
 * `check` of a small folder (the bundled corpus: 170 KB, ~0.2 s of work) had
 * TurboFan compile ~65 functions, deoptimize ~15 of them, and end before the
 * optimized code paid off: a third of the run's CPU. With the budget 16 times
 * V8's default the run ends before any function tiers up (the same CPU as
 * `--no-opt`), so the bin raises it for the commands that load a claims
 * folder, before the bundle is compiled.
 *
 * A long run needs TurboFan: a check of 100,000 NDJSON claims took 18 % more
 * CPU with the raised budget. So the CLI counts the bytes its commands read
 * through `io.fileSystem` ({@link budgetedFileSystem}, from `run-main.ts`) and
 * puts V8's default back once they pass {@link LONG_RUN_BYTES}: a folder of
 * that size is a run TurboFan pays for, and every function then tiers up at
 * its next budget check.
 *
 * Only on the engine it was measured on (V8 11.3, Node 20: a default budget of
 * 66 KB; other engines tier up differently) and only when the process was not
 * given an `--interrupt-budget` of its own (command line or `NODE_OPTIONS`).
 * The bin leaves what it set, and the default to put back, in a global the
 * bundle reads ({@link TIER_UP_BUDGET}), as it does for `import()`.
 */
import { setFlagsFromString } from 'node:v8';
import type { FileSystem } from '../files/file-system.js';

/** V8 11.3's `--interrupt-budget` (66 KB of bytecode). */
export const DEFAULT_INTERRUPT_BUDGET = 66 * 1024;
/** The budget of a short run: no function tiers up in a cold check of the bundled corpus. */
export const SHORT_RUN_INTERRUPT_BUDGET = 16 * DEFAULT_INTERRUPT_BUDGET;
/** Bytes read after which a run is a long one (six times the bundled corpus). */
export const LONG_RUN_BYTES = 1024 * 1024;

/** The commands whose reading goes through `io.fileSystem` (they load a claims folder): the budget is raised for these only. */
export const SHORT_RUN_COMMANDS: ReadonlySet<string> = new Set(['check', 'summary', 'baseline', 'explain', 'report', 'export']);

/** The global the bin sets when it raised the budget: the budget to put back. */
export const TIER_UP_BUDGET: unique symbol = Symbol.for('claimtrace.defaultInterruptBudget') as never;

export interface RaiseContext {
  /** `process.versions.v8`. */
  readonly v8: string;
  /** `process.execArgv`. */
  readonly execArgv: readonly string[];
  /** `NODE_OPTIONS`. */
  readonly nodeOptions: string | undefined;
}

/**
 * Whether the budget may be raised here: V8 11.3, and no `--interrupt-budget`
 * given to the process.
 *
 * @example
 * mayRaiseBudget({ v8: '11.3.244.8-node.38', execArgv: [], nodeOptions: undefined }) // true
 * mayRaiseBudget({ v8: '12.4.254.21-node.33', execArgv: [], nodeOptions: undefined }) // false
 * mayRaiseBudget({ v8: '11.3.244.8-node.38', execArgv: ['--interrupt-budget=1000'], nodeOptions: undefined }) // false
 */
export const mayRaiseBudget = (context: RaiseContext): boolean =>
  context.v8.startsWith('11.3.') && ![...context.execArgv, context.nodeOptions ?? ''].some((option) => /--interrupt[-_]budget(?![-_\w])/.test(option));

const processContext = (): RaiseContext => ({ v8: process.versions.v8, execArgv: process.execArgv, nodeOptions: process.env['NODE_OPTIONS'] });

/**
 * Raise V8's budget for the run of `command` when that may be done (see the
 * module's comment), and say so in {@link TIER_UP_BUDGET}. Returns whether it
 * did. Call it before compiling the code it is for.
 *
 * @example
 * raiseTierUpBudget('check') // true on Node 20
 */
export const raiseTierUpBudget = (command: string, context: RaiseContext = processContext()): boolean => {
  if (!SHORT_RUN_COMMANDS.has(command) || !mayRaiseBudget(context)) return false;
  setFlagsFromString(`--interrupt-budget=${SHORT_RUN_INTERRUPT_BUDGET}`);
  (globalThis as { [TIER_UP_BUDGET]?: number })[TIER_UP_BUDGET] = DEFAULT_INTERRUPT_BUDGET;
  return true;
};

/** The budget to put back when the bin raised it, else undefined. */
export const raisedBudgetDefault = (): number | undefined => (globalThis as { [TIER_UP_BUDGET]?: number })[TIER_UP_BUDGET];

/** Put V8's default budget back (after a raise) and forget the raise. */
export const restoreTierUpBudget = (): void => {
  const budget = raisedBudgetDefault();
  if (budget === undefined) return;
  setFlagsFromString(`--interrupt-budget=${budget}`);
  delete (globalThis as { [TIER_UP_BUDGET]?: number })[TIER_UP_BUDGET];
};

/**
 * `fileSystem` with a count of the bytes read through it: `onLongRun` is
 * called once, on the read that takes the count past `limit`. Everything else
 * is `fileSystem`'s own.
 *
 * @example
 * const fileSystem = budgetedFileSystem(nodeFileSystem, LONG_RUN_BYTES, restoreTierUpBudget);
 */
export const budgetedFileSystem = (fileSystem: FileSystem, limit: number, onLongRun: () => void): FileSystem => {
  let bytes = 0;
  let long = false;
  return {
    ...fileSystem,
    read: (fd, buffer, offset, length) => {
      const count = fileSystem.read(fd, buffer, offset, length);
      if (!long) {
        bytes += count;
        if (bytes > limit) {
          long = true;
          onLongRun();
        }
      }
      return count;
    },
  };
};
