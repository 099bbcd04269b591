/**
 * The command line as a function: arguments and an I/O object in, an exit
 * code out. Parses with node:util parseArgs, dispatches to the command, and
 * turns every failure into a message without a stack trace (`--debug` shows
 * one).
 */
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { Command, CommandContext } from './command.js';
import { anchorCommand } from './commands/anchor.js';
import { checkCommand } from './commands/check.js';
import { explainCommand } from './commands/explain.js';
import { exportCommand } from './commands/export.js';
import { initCommand } from './commands/init.js';
import { addCommand } from './commands/add.js';
import { rehashCommand } from './commands/rehash.js';
import { suggestCommand } from './commands/suggest.js';
import { updateSourceCommand } from './commands/update-source.js';
import { reportCommand } from './commands/report.js';
import { summaryCommand } from './commands/summary.js';
import { EXIT_INVALID_INPUT, EXIT_OK, type ExitCode } from './exit-codes.js';
import { commandHelp, generalHelp } from './help.js';
import { createProgress } from './progress.js';
import { createTerminal } from './terminal.js';
import { CLI_VERSION } from './version.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  summaryCommand,
  reportCommand,
  anchorCommand,
  explainCommand,
  exportCommand,
  initCommand,
  addCommand,
  updateSourceCommand,
  rehashCommand,
  suggestCommand,
];

const GLOBAL_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const;

const parseProblem = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : undefined;
};

/**
 * Run `claimtrace` with `argv` (without the node and script paths).
 *
 * @example
 * const io = processIo();
 * process.exitCode = await io.finish(await runCli(process.argv.slice(2), io));
 */
export const runCli = async (argv: readonly string[], rawIo: CliIo, commands: readonly Command[] = COMMANDS): Promise<ExitCode> => {
  // Everything is printed through the terminal: control characters in the claims folder's text are shown, never obeyed.
  const terminal = createTerminal(rawIo);
  const io: CliIo = { ...rawIo, stdout: terminal.stdout, stderr: terminal.stderr };
  const err = terminal.err;
  const debug = argv.includes('--debug');
  // `claimtrace --debug check …` as well as `claimtrace check … --debug`.
  const leading = argv[0] === '--debug' ? 1 : 0;
  const [name, ...rest] = [...argv.slice(leading), ...(leading === 1 ? ['--debug'] : [])];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    (name === undefined ? io.stderr : io.stdout).write(topic !== undefined ? commandHelp(topic) : generalHelp(commands, CLI_VERSION));
    return name === undefined ? EXIT_INVALID_INPUT : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${CLI_VERSION}\n`);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr.write(`${err.red('error')}: unknown command "${name}"\n${generalHelp(commands, CLI_VERSION)}`);
    return EXIT_INVALID_INPUT;
  }

  const context: CommandContext = {
    io,
    out: terminal.out,
    err,
    progress: createProgress(io.stderr, { enabled: !rest.includes('--json'), eraseLine: terminal.eraseLine }),
    debug,
  };
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...command.options, ...GLOBAL_FLAGS },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      const problem = parseProblem(error);
      if (problem !== undefined) throw new CliError(problem, { showUsage: true });
      throw error;
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
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, context);
  } catch (error) {
    context.progress.done();
    if (error instanceof CliError) {
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
    return EXIT_INVALID_INPUT;
  } finally {
    context.progress.done();
  }
};
