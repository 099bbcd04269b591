/**
 * Help texts: the command list and one command's usage and options.
 */
import type { Command } from './command.js';

const GLOBAL_OPTIONS: readonly [string, string][] = [
  ['-h, --help', 'show help (for a command: claimtrace <command> --help)'],
  ['--debug', 'show the stack trace of an internal error'],
  ['-v, --version', 'print the version'],
];

/** The general help: synopsis, commands, global options, exit codes. */
export const generalHelp = (commands: readonly Command[], version: string): string => {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `claimtrace ${version}: check that claims anchor to their sources, reconcile conflicting sources, export the results`,
    '',
    'Usage: claimtrace <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    ...GLOBAL_OPTIONS.map(([name, text]) => `  ${name.padEnd(14)}  ${text}`),
    '',
    'Exit codes: 0 ok; 1 new findings; 2 invalid input (bad YAML, schema errors, quotes that do not anchor).',
    'Colour only on a terminal, never when NO_COLOR is set.',
    '',
  ].join('\n');
};

/** One command's help. */
export const commandHelp = (command: Command): string => {
  const options = Object.entries(command.options).map(([name, config]) => {
    const short = config.short !== undefined ? `-${config.short}, ` : '';
    const arg = config.type === 'string' ? ` <${name === 'out' ? 'path' : 'value'}>` : '';
    return [`${short}--${name}${arg}`, command.optionHelp[name] ?? ''] as const;
  });
  const all = [...options, ['-h, --help', 'show this help'] as const, ['--debug', 'show stack traces of internal errors'] as const];
  const width = Math.max(...all.map(([name]) => name.length));
  return [
    ...command.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}${u}`),
    '',
    command.description,
    '',
    'Options:',
    ...all.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`),
    '',
  ].join('\n');
};
