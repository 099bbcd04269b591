/**
 * The one choke point of everything the command line prints. Text from the
 * claims folder (source words, claims, notes, file names, baseline reasons)
 * may hold ESC, C1 or bidi controls; every chunk written to stdout or stderr
 * shows them as visible markers (`⟨U+001B⟩`) before it reaches the terminal.
 * claimtrace's own colours and the progress line's erase are written as
 * markers only this run can produce (a random token per run), and turned into
 * escape sequences here — so an attacker's text cannot forge them. JSON output
 * has its controls escaped as `\uXXXX` already (`jsonText`), so it passes
 * through unchanged.
 */
import { randomBytes } from 'node:crypto';
import { visibleControls } from '../ingest/control-characters.js';
import type { CliIo, OutputStream } from './cli-io.js';
import { colourEnabled, createStyle, type Style } from './style.js';

export interface Terminal {
  /** The streams every command writes to. */
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Styles for each (colour only on a TTY, never with NO_COLOR). */
  readonly out: Style;
  readonly err: Style;
  /** Return to the start of the line and erase it (for the progress line on stderr). */
  readonly eraseLine: string;
}

/**
 * The terminal over `io`'s raw streams.
 *
 * @example
 * const terminal = createTerminal(io);
 * terminal.stdout.write(`${terminal.out.red('error')}: ${untrustedText}\n`);
 */
export const createTerminal = (io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>): Terminal => {
  // A NUL and 16 random hex digits: text from files cannot know it (and a NUL it holds is shown as ⟨U+0000⟩).
  const token = `\u0000${randomBytes(8).toString('hex')}`;
  const marker = new RegExp(`${token}(\\d+m|K)`, 'g');
  const render = (chunk: string, colour: boolean): string => {
    let out = '';
    let at = 0;
    for (const match of chunk.matchAll(marker)) {
      out += visibleControls(chunk.slice(at, match.index));
      const code = match[1] ?? '';
      out += code === 'K' ? '\r\u001b[2K' : colour ? `\u001b[${code}` : '';
      at = match.index + match[0].length;
    }
    return out + visibleControls(chunk.slice(at));
  };
  const stream = (raw: OutputStream, colour: boolean): OutputStream => ({ write: (chunk) => raw.write(render(chunk, colour)), isTTY: raw.isTTY });
  const outColour = colourEnabled(io, io.stdout);
  const errColour = colourEnabled(io, io.stderr);
  const escape = (code: number): string => `${token}${code}m`;
  return {
    stdout: stream(io.stdout, outColour),
    stderr: stream(io.stderr, errColour),
    out: createStyle(outColour, escape),
    err: createStyle(errColour, escape),
    eraseLine: `${token}K`,
  };
};
