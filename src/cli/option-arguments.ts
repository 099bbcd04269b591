/**
 * Option values on the command line that parseArgs cannot take as they are:
 * a negative number after an option that takes a value (`--hint -5`), which
 * is passed on as that option's value (`--hint=-5`) so the command says what
 * is wrong with it; and a missing value, or one that starts with `-`, as a
 * usage error that names the option, what it takes (from the usage line) and
 * the argument given.
 */
import { CliError } from './cli-error.js';
import type { Command } from './command.js';

type Options = Command['options'];

const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/;

/** The long name of `arg` (`--hint`, `-o`) when it is an option that takes a value, with no `=` value of its own. */
const valueOption = (arg: string, options: Options): string | undefined => {
  if (arg.startsWith('--')) {
    const name = arg.slice(2);
    return options[name]?.type === 'string' ? name : undefined;
  }
  if (/^-[^-]$/.test(arg)) {
    const entry = Object.entries(options).find(([, option]) => option.short === arg.slice(1));
    return entry !== undefined && entry[1].type === 'string' ? entry[0] : undefined;
  }
  return undefined;
};

/**
 * `args` with every option that takes a value and is followed by a negative
 * number written `--name=-5`, which parseArgs takes as the value (it reads
 * `--hint -5` as an option missing its value).
 *
 * @example
 * negativeNumbersAsValues(['a.txt', '--hint', '-5'], { hint: { type: 'string' } }) // ['a.txt', '--hint=-5']
 */
export const negativeNumbersAsValues = (args: readonly string[], options: Options): string[] => {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') return [...out, ...args.slice(i)];
    const name = valueOption(arg, options);
    const next = args[i + 1];
    if (name !== undefined && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`--${name}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
};

/** What an option takes, as its command's usage line says (`--hint <offset>` → `<offset>`). */
const placeholderOf = (command: Command, name: string): string => {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`--${escaped} (<[^>]+>)`).exec(command.usage.join(' '))?.[1] ?? '<value>';
};

/**
 * A parseArgs error about an option's value (missing, or an argument that
 * starts with `-`) as a usage error in our words; undefined for other errors.
 */
export const optionValueProblem = (error: unknown, command: Command, args: readonly string[]): CliError | undefined => {
  if ((error as { code?: unknown }).code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return undefined;
  const message = (error as Error).message;
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(message)?.[1];
  const missing = /^Option '(?:-\w, )?(--?[^ ']+)(?: <value>)?' argument missing/.exec(message)?.[1];
  const given = ambiguous ?? missing;
  if (given === undefined) return undefined;
  const name = valueOption(given, command.options) ?? given.replace(/^-+/, '');
  const takes = `--${name} takes ${placeholderOf(command, name)}`;
  if (missing !== undefined) return new CliError(`${takes}, but no value follows it`, { showUsage: true });
  const at = args.indexOf(given);
  const next = at >= 0 ? args[at + 1] : undefined;
  return new CliError(`${takes}; the argument after it, ${JSON.stringify(next ?? '')}, starts with "-" and reads as an option`, {
    hint: `to give a value that starts with "-", write --${name}=${next ?? '-…'}`,
    showUsage: true,
  });
};
