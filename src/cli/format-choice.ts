/**
 * `--format` and the options formats declare, read from the format table: the
 * formats a command offers become its `--format` values, their options its
 * options; an unknown format or an option no chosen format takes is a usage
 * error (exit 2) that names what is allowed.
 */
import type { FormatCommand, OutputFormat } from '../formats/format.js';
import { formatById, formatsFor } from '../formats/registry.js';
import { CliError } from './cli-error.js';
import type { OptionsConfig, OptionValues } from './command.js';
import { largestOf } from '../model/append-all.js';

/** The `--format` values of a command, joined for a usage line: `web-annotation|claimreview|…`. */
export const formatChoices = (command: FormatCommand): string => formatsFor(command).map((f) => f.id).join('|');

/** The parseArgs configuration of the options the command's formats declare. */
export const formatOptionConfigs = (command: FormatCommand): OptionsConfig =>
  Object.fromEntries(formatsFor(command).flatMap((f) => f.options.map((o) => [o.name, { type: 'string' as const }])));

/** The help of those options, naming the formats each belongs to. */
export const formatOptionHelp = (command: FormatCommand): Readonly<Record<string, string>> => {
  const owners = new Map<string, { help: string; ids: string[] }>();
  for (const f of formatsFor(command)) {
    for (const o of f.options) {
      const entry = owners.get(o.name) ?? { help: o.help, ids: [] };
      entry.ids.push(f.id);
      owners.set(o.name, entry);
    }
  }
  return Object.fromEntries([...owners].map(([name, { help, ids }]) => [name, `${help} (${ids.join(', ')})`]));
};

/** One line per format for `--help`: `<id>  <summary>`, with its other names. */
export const formatHelpLines = (command: FormatCommand): readonly string[] => {
  const formats = formatsFor(command);
  const width = largestOf(formats.map((f) => f.id.length), 0);
  return formats.map((f) => `${f.id.padEnd(width)}  ${f.summary}${f.aliases !== undefined && f.aliases.length > 0 ? ` (also: ${f.aliases.join(', ')})` : ''}`);
};

/** The formats a command offers with their other names: `markdown (md), findings-json (json), html`. */
const offeredNames = (command: FormatCommand): string =>
  formatsFor(command)
    .map((f) => (f.aliases !== undefined && f.aliases.length > 0 ? `${f.id} (${f.aliases.join(', ')})` : f.id))
    .join(', ');

/**
 * The formats `--format` names — repeated, or separated by commas; ids or
 * aliases, letter case aside — each once, in table order; `fallback` when
 * the option is absent, or a usage error when there is none.
 */
export const chosenFormats = (value: OptionValues[string], command: FormatCommand, fallback?: readonly OutputFormat[]): readonly OutputFormat[] => {
  const offered = formatsFor(command);
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CliError(`${command} needs --format`, { hint: `--format ${formatChoices(command)}`, showUsage: true });
  }
  const names = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((n) => n.trim());
  if (names.every((n) => n === '')) throw new CliError('--format needs a format name', { hint: `--format takes ${offeredNames(command)}`, showUsage: true });
  const chosen = new Set<OutputFormat>();
  for (const name of names.filter((n) => n !== '')) {
    const format = formatById(name, offered);
    if (format === undefined) {
      throw new CliError(`unknown format "${name}" for ${command}`, { hint: `--format takes ${offeredNames(command)}`, showUsage: true });
    }
    chosen.add(format);
  }
  return offered.filter((f) => chosen.has(f));
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
        const takers = formatsFor(command).filter((f) => f.options.some((o) => o.name === option.name));
        throw new CliError(`--${option.name} applies to --format ${takers.map((f) => f.id).join(' or ')}, not ${chosen.map((f) => f.id).join(', ')}`, { showUsage: true });
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
