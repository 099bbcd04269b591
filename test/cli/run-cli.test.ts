import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import type { Command } from '../../src/cli/command.js';
import { createProgress } from '../../src/cli/progress.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import { colourEnabled } from '../../src/cli/style.js';
import { fixture } from './built-bin.js';
import { memoryIo } from './memory-io.js';

const ESC = '\u001b[';
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const failing = (error: unknown): Command => ({
  name: 'boom',
  summary: 'fails',
  usage: ['claimtrace boom'],
  description: 'fails on purpose',
  options: {},
  optionHelp: {},
  positionals: { min: 0, max: 0 },
  run: async () => {
    throw error;
  },
});

describe('runCli', () => {
  it.each([
    [['--version'], 0, 'stdout', version],
    [['-v'], 0, 'stdout', version],
    [['--help'], 0, 'stdout', 'Usage: claimtrace <command>'],
    [['help', 'anchor'], 0, 'stdout', 'Usage: claimtrace anchor <source-file>'],
    [['anchor', '--help'], 0, 'stdout', '--suffix <value>'],
    [[], 2, 'stderr', 'Commands:'],
    [['frobnicate'], 2, 'stderr', 'unknown command "frobnicate"'],
    [['chekc'], 2, 'stderr', 'unknown command "chekc"\n  hint: did you mean "claimtrace check"?'],
    [['check', '--version'], 0, 'stdout', version],
    [['baseline', 'status', '-v'], 0, 'stdout', version],
    [['export', '--format', 'prov', '--version'], 0, 'stdout', version],
    [['check', '--fail-one', 'error'], 2, 'stderr', 'unknown option --fail-one for claimtrace check\n  hint: did you mean --fail-on?'],
    [['check', '--formt', 'sarif'], 2, 'stderr', 'did you mean --format?'],
    [['report', '--jsn'], 2, 'stderr', 'did you mean --json?'],
  ] as const)('%j exits %d and writes to %s', async (argv, code, stream, text) => {
    const io = memoryIo();
    expect(await runCli(argv, io)).toBe(code);
    expect(stream === 'stdout' ? io.out() : io.err()).toContain(text);
  });

  it('lists every command in the help', async () => {
    const io = memoryIo();
    await runCli(['--help'], io);
    for (const command of COMMANDS) expect(io.out().split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^  ${command.name} +`)));
    for (const command of COMMANDS) expect(io.out()).toContain(command.summary);
  });

  it('reports an internal error in one line, with the stack trace only under --debug', async () => {
    const quiet = memoryIo();
    expect(await runCli(['boom'], quiet, [failing(new TypeError('x is undefined'))])).toBe(2);
    expect(quiet.err()).toContain('internal error: x is undefined');
    expect(quiet.err()).toContain('--debug');
    expect(quiet.err()).not.toMatch(/^\s+at /m);

    for (const argv of [['boom', '--debug'], ['--debug', 'boom']]) {
      const loud = memoryIo();
      expect(await runCli(argv, loud, [failing(new TypeError('x is undefined'))])).toBe(2);
      expect(loud.err()).toMatch(/^TypeError: x is undefined\n\s+at /m);
    }
  });

  it('prints a user error with its hint and exit code', async () => {
    const io = memoryIo();
    const code = await runCli(['boom'], io, [failing(new CliError('no baseline', { hint: 'create baseline.yaml', exitCode: 1 }))]);
    expect(code).toBe(1);
    expect(io.err()).toBe('error: no baseline\n  hint: create baseline.yaml\n');
  });

  it('prints a user error\'s details (each placed problem) before it', async () => {
    const io = memoryIo();
    const code = await runCli(['boom'], io, [failing(new CliError('the configuration has 1 problem', { details: 'claimtrace.config.json:2:3: error [config-unknown-key] …\n' }))]);
    expect(code).toBe(2);
    expect(io.err()).toBe('claimtrace.config.json:2:3: error [config-unknown-key] …\nerror: the configuration has 1 problem\n');
  });

  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [true, { TERM: 'dumb' }, false],
    [true, { TERM: 'xterm-256color' }, true],
  ])('colours when TTY=%s and env=%j: %s', async (tty, env, coloured) => {
    const io = memoryIo({ tty, env });
    expect(colourEnabled(io, io.stdout)).toBe(coloured);
    await runCli(['anchor', fixture('texts', 'notice.txt'), 'nearly $2 billion'], io);
    expect(io.out().includes(ESC)).toBe(coloured);
  });
});

describe('createProgress', () => {
  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
  ])('on a TTY=%s, enabled=%s: writes a line that it erases = %s', (tty, enabled, writes) => {
    const io = memoryIo({ tty });
    const progress = createProgress(io.stderr, { enabled });
    progress.update('loading');
    progress.done();
    expect(io.err()).toBe(writes ? '\r\u001b[2Kloading\r\u001b[2K' : '');
  });
});
