/**
 * Output that cannot be delivered: the reader of a pipe goes away
 * (`claimtrace check --json | head -c 10`: EPIPE) or the disk is full
 * (`> /dev/full`: ENOSPC). Today's contract: no stack trace, a one-line
 * reason on the other stream, and exit 2 ("the tool failed") — never exit 1,
 * which tells CI there are new findings. Spawns the built bin with its
 * streams attached to a pipe that is closed early, or to /dev/full.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamIo } from '../../src/cli/cli-io.js';
import { EXIT_NEW_FINDINGS } from '../../src/cli/exit-codes.js';
import { BIN, ensureBuilt, REPO } from '../cli/built-bin.js';

beforeAll(() => ensureBuilt('js'), 180_000);

const CORPUS = join(REPO, 'claims');
const BROKEN = join(REPO, 'test/fixtures/cli/bad-yaml');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the bin; stdout or stderr may go to /dev/full, and stdout may be closed after `closeAfter` bytes. */
const run = (args: readonly string[], options: { readonly full?: 'stdout' | 'stderr'; readonly closeAfter?: number }): Promise<Run> =>
  new Promise((resolve) => {
    const full = options.full !== undefined ? openSync('/dev/full', 'w') : undefined;
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', options.full === 'stdout' ? full : 'pipe', options.full === 'stderr' ? full : 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (options.closeAfter === 0) child.stdout?.destroy();
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.closeAfter !== undefined && stdout.length >= options.closeAfter) child.stdout?.destroy();
    });
    child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (full !== undefined) closeSync(full);
      resolve({ code, stdout, stderr });
    });
  });

const STACK = /^\s+at .+:\d+:\d+\)?$|node:events|Unhandled 'error' event/m;

describe('output that cannot be delivered', () => {
  it.concurrent.for([
    { name: 'check --json | a reader that is gone at once (EPIPE)', args: ['check', CORPUS, '--json'], options: { closeAfter: 0 }, says: 'stdout was cut short: the program reading it stopped (EPIPE)' },
    // Megabytes of output: the reader stops long before the end, as `| head -c 10` does.
    { name: 'export --format prov | head -c 10', args: ['export', CORPUS, '--format', 'prov'], options: { closeAfter: 10 }, says: '(EPIPE)' },
    { name: 'check --json > /dev/full (ENOSPC)', args: ['check', CORPUS, '--json'], options: { full: 'stdout' as const }, says: 'cannot write to stdout: no space left on the device (ENOSPC)' },
    { name: 'check > /dev/full (human output)', args: ['check', CORPUS], options: { full: 'stdout' as const }, says: 'cannot write to stdout' },
    { name: 'summary > /dev/full', args: ['summary', CORPUS], options: { full: 'stdout' as const }, says: 'cannot write to stdout' },
  ])('$name: exit 2, the reason on stderr, no stack trace', async ({ args, options, says }, { expect }) => {
    const result = await run(args, options);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('check 2> /dev/full on a broken folder: exit 2, the reason on stdout', async () => {
    const result = await run(['check', BROKEN], { full: 'stderr' });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('cannot write to stderr: no space left on the device (ENOSPC)');
    expect(result.stdout).not.toMatch(STACK);
  });

  it('the same check delivered in full still exits as it should (1 or 0, never 2 for the stream)', async () => {
    const result = await run(['check', CORPUS, '--json'], {});
    expect([0, 1]).toContain(result.code);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });
});

describe('streamIo', () => {
  /** A writable that fails every write with `code`. */
  const failing = (code: string): Writable =>
    new Writable({
      write: (_chunk, _encoding, callback) => callback(Object.assign(new Error(`${code}: write`), { code })),
    });
  const collecting = (): Writable & { text: string } => {
    const stream = new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        stream.text += chunk.toString();
        callback();
      },
    }) as Writable & { text: string };
    stream.text = '';
    return stream;
  };

  it.each(['EPIPE', 'ENOSPC', 'EBADF'])('a stream failing with %s: no exception, exit 2 instead of the command’s 1, the reason on the other stream', async (code) => {
    const err = collecting();
    const io = streamIo(failing(code), err, {}, '/');
    for (let i = 0; i < 100; i += 1) io.stdout.write('finding\n');
    expect(await io.finish(EXIT_NEW_FINDINGS)).toBe(2);
    expect(err.text).toContain(`(${code})`);
  });

  it('streams that work: the command’s exit code, untouched', async () => {
    const out = collecting();
    const io = streamIo(out, collecting(), {}, '/');
    io.stdout.write('ok\n');
    expect(await io.finish(EXIT_NEW_FINDINGS)).toBe(EXIT_NEW_FINDINGS);
    expect(out.text).toBe('ok\n');
  });
});
