/**
 * What a command is: a name, its usage, its options for node:util parseArgs,
 * and a function from parsed arguments to an exit code.
 */
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';
import type { ExitCode } from './exit-codes.js';
import type { Progress } from './progress.js';
import type { Style } from './style.js';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Parsed option values (strings, booleans, repeated strings). */
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export interface CommandContext {
  readonly io: CliIo;
  /** Style for stdout (colour only on a TTY, never with NO_COLOR). */
  readonly out: Style;
  /** Style for stderr. */
  readonly err: Style;
  readonly progress: Progress;
  readonly debug: boolean;
  /** The command that runs, as typed: its name and usage lines, and its positionals (for hints that quote its usage). */
  readonly invocation?: { readonly name: string; readonly usage: readonly string[]; readonly positionals: readonly string[] };
}

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** `claimtrace <name> …` synopsis lines. */
  readonly usage: readonly string[];
  /** More text for `--help`: what it does, exit codes. */
  readonly description: string;
  readonly options: OptionsConfig;
  /** Help text of each option, by name. */
  readonly optionHelp: Readonly<Record<string, string>>;
  readonly positionals: { readonly min: number; readonly max: number };
  readonly run: (args: { readonly values: OptionValues; readonly positionals: readonly string[] }, context: CommandContext) => Promise<ExitCode>;
}

/** A string option's value, or undefined. */
export const stringOption = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

/** A boolean flag's value. */
export const flag = (values: OptionValues, name: string): boolean => values[name] === true;
