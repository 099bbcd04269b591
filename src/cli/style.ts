/**
 * Terminal colours: on only when the stream is a TTY and NO_COLOR is not
 * set (https://no-color.org: any non-empty value turns colour off).
 */
import type { CliIo, OutputStream } from './cli-io.js';

export interface Style {
  readonly enabled: boolean;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
}

/** An SGR escape sequence (`ESC [ n m`). */
const sgrEscape = (code: number): string => `\u001b[${code}m`;
const plain = (s: string): string => s;

/** Whether to colour what goes to `stream`. */
export const colourEnabled = (io: Pick<CliIo, 'env'>, stream: OutputStream): boolean => {
  const noColor = io.env['NO_COLOR'];
  return stream.isTTY && (noColor === undefined || noColor === '');
};

/**
 * A style that colours when `enabled`, else returns text unchanged. `escape`
 * writes each SGR code (the terminal passes markers only it can turn into
 * escape sequences: see terminal.ts).
 *
 * @example
 * createStyle(colourEnabled(io, io.stdout)).red('error')
 */
export const createStyle = (enabled: boolean, escape: (code: number) => string = sgrEscape): Style => {
  if (!enabled) return { enabled, bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  const sgr = (open: number, close: number) => (s: string) => `${escape(open)}${s}${escape(close)}`;
  return { enabled, bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), cyan: sgr(36, 39) };
};
