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

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string): string => s;

/** Whether to colour what goes to `stream`. */
export const colourEnabled = (io: Pick<CliIo, 'env'>, stream: OutputStream): boolean => {
  const noColor = io.env['NO_COLOR'];
  return stream.isTTY && (noColor === undefined || noColor === '');
};

/**
 * A style that colours when `enabled`, else returns text unchanged.
 *
 * @example
 * createStyle(colourEnabled(io, io.stdout)).red('error')
 */
export const createStyle = (enabled: boolean): Style =>
  enabled
    ? { enabled, bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), cyan: sgr(36, 39) }
    : { enabled, bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
