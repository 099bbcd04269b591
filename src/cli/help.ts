/**
 * Help texts: the command list and one command's usage and options.
 */
import type { Command } from './command.js';
import { largestOf } from '../model/append-all.js';

const GLOBAL_OPTIONS: readonly [string, string][] = [
  ['-h, --help', 'show help (for a command: claimtrace <command> --help)'],
  ['--debug', 'show the stack trace of an internal error'],
  ['-v, --version', 'print the version (also after a command)'],
  ['--json', 'every command: print its result as one JSON document on stdout'],
];

/** The general help: synopsis, commands, global options, exit codes. */
export const generalHelp = (commands: readonly Command[], version: string): string => {
  const width = largestOf(commands.map((c) => c.name.length), 0);
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
    'Exit codes: 0 ok; 1 content problems (errors in the claims folder — bad YAML, a quote that does not',
    'anchor, a hash mismatch —, unreviewed findings, stale baseline entries); 2 usage and tool errors.',
    'Results go to stdout, progress and errors to stderr. Colour on a terminal; FORCE_COLOR forces it,',
    'NO_COLOR and TERM=dumb turn it off.',
    '',
  ].join('\n');
};

/** One command's help. */
export const commandHelp = (command: Command): string => {
  const options = Object.entries(command.options).map(([name, config]) => {
    const short = config.short !== undefined ? `-${config.short}, ` : '';
    const arg = config.type === 'string' ? ` <${name === 'out' || name === 'output-file' || name === 'config' || name === 'dir' ? 'path' : 'value'}>` : '';
    return [`${short}--${name}${arg}`, command.optionHelp[name] ?? ''] as const;
  });
  const all = [
    ...options,
    ['-h, --help', 'show this help'] as const,
    ['-v, --version', 'print the version'] as const,
    ['--debug', 'show stack traces of internal errors'] as const,
  ];
  const width = largestOf(all.map(([name]) => name.length), 0);
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
