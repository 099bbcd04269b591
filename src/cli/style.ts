/**
 * Terminal colours, decided the way Node and most CLIs decide:
 *
 * 1. `FORCE_COLOR` set: colour on (off for `0` or `false`) — for CI logs
 *    that render colour;
 * 2. `NO_COLOR` set to anything but the empty string: off (https://no-color.org);
 * 3. `TERM=dumb`: off;
 * 4. otherwise on exactly when the stream is a terminal.
 *
 * The escape codes are Node's own (`node:util` styleText, told not to judge
 * the stream itself: the decision above is made per stream, for in-process
 * streams too). Node before 20.12 has no styleText; the same codes are
 * written directly there.
 */
import * as util from 'node:util';
import type { TextStyle } from '../formats/format.js';
import type { CliIo, OutputStream } from './cli-io.js';

export interface Style extends TextStyle {
  readonly enabled: boolean;
}

/**
 * Whether to colour what goes to `stream`.
 *
 * @example
 * colourEnabled({ env: { FORCE_COLOR: '1' } }, { isTTY: false, write }) // true
 * colourEnabled({ env: { TERM: 'dumb' } }, { isTTY: true, write }) // false
 */
export const colourEnabled = (io: Pick<CliIo, 'env'>, stream: OutputStream): boolean => {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (io.env['TERM'] === 'dumb') return false;
  return stream.isTTY;
};

type Paint = 'bold' | 'dim' | 'underline' | 'red' | 'yellow' | 'green' | 'cyan';
const SGR: Readonly<Record<Paint, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};
const paint = (format: Paint) => {
  if (typeof util.styleText === 'function') return (s: string) => util.styleText(format, s, { validateStream: false });
  const [open, close] = SGR[format];
  return (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
};
const plain = (s: string): string => s;

/**
 * A style that colours when `enabled`, else returns text unchanged.
 *
 * @example
 * createStyle(colourEnabled(io, io.stdout)).red('error')
 */
export const createStyle = (enabled: boolean): Style =>
  enabled
    ? { enabled, bold: paint('bold'), dim: paint('dim'), underline: paint('underline'), red: paint('red'), yellow: paint('yellow'), green: paint('green'), cyan: paint('cyan') }
    : { enabled, bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, green: plain, cyan: plain };
