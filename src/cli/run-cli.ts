/**
 * The command line as a function: arguments and an I/O object in, an exit
 * code out. Parses with node:util parseArgs, dispatches to the command, and
 * turns every failure into a message without a stack trace (`--debug` shows
 * one).
 */
import { parseArgs } from 'node:util';
import { closestName } from '../normalize/closest-name.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { Command, CommandContext } from './command.js';
import { COMMAND_TABLE, type CommandLike, loadCommand } from './command-table.js';
import { EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import { commandHelp, generalHelp } from './help.js';
import { negativeNumbersAsValues, optionValueProblem } from './option-arguments.js';
import { createProgress } from './progress.js';
import { createTerminal } from './terminal.js';
import { CLI_VERSION } from './version.js';

/** Options every command takes. */
const GLOBAL_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** A parseArgs error as a usage error: an unknown option names the closest one the command has. */
const parseProblem = (error: unknown, command: Command): CliError | undefined => {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const message = (error as Error).message;
  const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec(message)?.[1] : undefined;
  if (unknown === undefined) return new CliError(message, { showUsage: true });
  const names = Object.keys({ ...command.options, ...GLOBAL_FLAGS });
  const near = closestName(unknown.replace(/^-+/, '').replace(/=.*$/, ''), names);
  return new CliError(`unknown option ${unknown} for claimtrace ${command.name}`, {
    hint: near !== undefined ? `did you mean --${near}?` : `claimtrace ${command.name} takes ${names.map((n) => `--${n}`).join(', ')}`,
    showUsage: near === undefined,
  });
};

/**
 * Run `claimtrace` with `argv` (without the node and script paths).
 *
 * @example
 * const io = processIo();
 * process.exitCode = await io.finish(await runCli(process.argv.slice(2), io));
 */
export const runCli = async (argv: readonly string[], rawIo: CliIo, commands: readonly CommandLike[] = COMMAND_TABLE): Promise<ExitCode> => {
  // Everything is printed through the terminal: control characters in the claims folder's text are shown, never obeyed.
  const terminal = createTerminal(rawIo);
  const io: CliIo = { ...rawIo, stdout: terminal.stdout, stderr: terminal.stderr };
  const err = terminal.err;
  const debug = argv.includes('--debug');
  // `claimtrace --debug check …` as well as `claimtrace check … --debug`.
  const leading = argv[0] === '--debug' ? 1 : 0;
  const [name, ...rest] = [...argv.slice(leading), ...(leading === 1 ? ['--debug'] : [])];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const named = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    const help = named !== undefined ? commandHelp(await loadCommand(named)) : generalHelp(await Promise.all(commands.map(loadCommand)), CLI_VERSION);
    (name === undefined ? io.stderr : io.stdout).write(help);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${CLI_VERSION}\n`);
    return EXIT_OK;
  }
  const named = commands.find((c) => c.name === name);
  if (named === undefined) {
    const near = name.startsWith('-') ? undefined : closestName(name, commands.map((c) => c.name));
    io.stderr.write(
      `${err.red('error')}: unknown command "${name}"\n  hint: ${near !== undefined ? `did you mean "claimtrace ${near}"?` : `the commands are ${commands.map((c) => c.name).join(', ')}`} (claimtrace --help lists them)\n`,
    );
    return EXIT_USAGE;
  }
  // Only the command that runs is loaded (a cold `check` skips the exporters, capture and the suggester).
  const command = await loadCommand(named);

  const context: CommandContext = {
    io,
    out: terminal.out,
    err,
    progress: createProgress(io.stderr, { enabled: !rest.includes('--json') && !rest.includes('--quiet') && !rest.includes('-q'), eraseLine: terminal.eraseLine }),
    debug,
  };
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: negativeNumbersAsValues(rest, command.options),
        options: { ...command.options, ...GLOBAL_FLAGS },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      const problem = optionValueProblem(error, command, rest) ?? parseProblem(error, command);
      if (problem !== undefined) throw problem;
      throw error;
    }
    if (parsed.values['version'] === true) {
      io.stdout.write(`${CLI_VERSION}\n`);
      return EXIT_OK;
    }
    if (parsed.values['help'] === true) {
      io.stdout.write(commandHelp(command));
      return EXIT_OK;
    }
    const { min, max } = command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new CliError(
        parsed.positionals.length < min
          ? `${command.name} needs ${min === max ? min : `at least ${min}`} argument${min === 1 ? '' : 's'}`
          : `${command.name} takes at most ${max} argument${max === 1 ? '' : 's'} (got ${parsed.positionals.length}: ${parsed.positionals.map((p) => JSON.stringify(p)).join(' ')})`,
        { showUsage: true },
      );
    }
    const invocation = { name: command.name, usage: command.usage, positionals: parsed.positionals };
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, { ...context, invocation });
  } catch (error) {
    context.progress.done();
    if (error instanceof CliError) {
      if (error.details !== undefined) io.stderr.write(error.details);
      io.stderr.write(`${err.red('error')}: ${error.message}\n`);
      if (error.hint !== undefined) io.stderr.write(`  hint: ${error.hint}\n`);
      if (error.showUsage) io.stderr.write(`${command.usage.map((u) => `usage: ${u}`).join('\n')}\n`);
      if (debug && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${err.red('internal error')}: ${message}\n`);
    if (debug) io.stderr.write(`${error instanceof Error && error.stack !== undefined ? error.stack : message}\n`);
    else io.stderr.write('  run again with --debug to see the stack trace, and please report it\n');
    return EXIT_USAGE;
  } finally {
    context.progress.done();
  }
};
