/**
 * `--format` and the options formats declare, read from the format table: the
 * formats a command offers become its `--format` values, their options its
 * options; an unknown format or an option no chosen format takes is a usage
 * error (exit 2) that names what is allowed.
 */
import type { FormatCommand, OutputFormat } from '../formats/format.js';
import { formatsFor } from '../formats/registry.js';
import { CliError } from './cli-error.js';
import type { OptionsConfig, OptionValues } from './command.js';

/** The `--format` values of a command, joined for a usage line: `web-annotation|claimreview|…`. */
export const formatChoices = (command: FormatCommand): string => formatsFor(command).map((f) => f.id).join('|');

/** The parseArgs configuration of the options the command's formats declare. */
export const formatOptionConfigs = (command: FormatCommand): OptionsConfig =>
  Object.fromEntries(formatsFor(command).flatMap((f) => f.options.map((o) => [o.name, { type: 'string' as const }])));

/** The help of those options, naming the format each belongs to. */
export const formatOptionHelp = (command: FormatCommand): Readonly<Record<string, string>> =>
  Object.fromEntries(formatsFor(command).flatMap((f) => f.options.map((o) => [o.name, `${o.help} (${f.id})`])));

/** One line per format for `--help`: `<id>  <summary>`. */
export const formatHelpLines = (command: FormatCommand): readonly string[] => {
  const formats = formatsFor(command);
  const width = Math.max(...formats.map((f) => f.id.length));
  return formats.map((f) => `${f.id.padEnd(width)}  ${f.summary}`);
};

/**
 * The formats `--format` names (every value, in the order given, when the
 * option repeats); `fallback` when it is absent, or a usage error when there
 * is none.
 */
export const chosenFormats = (value: OptionValues[string], command: FormatCommand, fallback?: readonly OutputFormat[]): readonly OutputFormat[] => {
  const offered = formatsFor(command);
  const ids = value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);
  if (ids.length === 0) {
    if (fallback !== undefined) return fallback;
    throw new CliError(`${command} needs --format`, { hint: `--format ${formatChoices(command)}`, showUsage: true });
  }
  return ids.map((id) => {
    const format = offered.find((f) => f.id === id);
    if (format === undefined) {
      throw new CliError(`unknown format "${id}" for ${command}`, { hint: `--format takes one of ${offered.map((f) => f.id).join(', ')}`, showUsage: true });
    }
    return format;
  });
};

/** The values of the chosen formats' options, each checked; an option none of them takes is a usage error. */
export const formatOptionValues = (values: OptionValues, command: FormatCommand, chosen: readonly OutputFormat[]): Readonly<Record<string, string>> => {
  const out: Record<string, string> = {};
  for (const format of formatsFor(command)) {
    for (const option of format.options) {
      const value = values[option.name];
      if (typeof value !== 'string' || Object.hasOwn(out, option.name)) continue;
      const owners = chosen.filter((f) => f.options.some((o) => o.name === option.name));
      if (owners.length === 0) {
        throw new CliError(`--${option.name} applies to --format ${format.id}, not ${chosen.map((f) => f.id).join(', ')}`, { showUsage: true });
      }
      for (const owner of owners) {
        const problem = owner.options.find((o) => o.name === option.name)?.check?.(value);
        if (problem !== undefined) throw new CliError(problem, { showUsage: true });
      }
      out[option.name] = value;
    }
  }
  return out;
};
