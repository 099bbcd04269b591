/**
 * Terminal colours, decided the way Node and most CLIs decide:
 *
 * 1. `FORCE_COLOR` set: colour on (off for `0` or `false`) — for CI logs
 *    that render colour;
 * 2. `NO_COLOR` set to anything but the empty string: off (https://no-color.org);
 * 3. `TERM=dumb`: off;
 * 4. otherwise on exactly when the stream is a terminal.
 *
 * The SGR codes are Node's own (`util.inspect.colors`, the table
 * `node:util` styleText writes from). They are written as markers only the
 * terminal (terminal.ts, the one choke point of all output) turns into
 * escape sequences, so text from the claims folder cannot forge a colour.
 */
import { inspect } from 'node:util';
import type { TextStyle } from '../formats/format.js';
import type { CliIo, OutputStream } from './cli-io.js';

export interface Style extends TextStyle {
  readonly enabled: boolean;
}

/** An SGR escape sequence (`ESC [ n m`). */
const sgrEscape = (code: number): string => `\u001b[${code}m`;
const plain = (s: string): string => s;

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

/** Node's open and close codes of a style. */
const codes = (name: Paint): readonly [number, number] => {
  const pair = inspect.colors[name];
  if (pair === undefined) throw new TypeError(`node:util has no style ${name}`);
  return [pair[0], pair[1]];
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
  if (!enabled) return { enabled, bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  const paint = (name: Paint) => {
    const [open, close] = codes(name);
    return (s: string) => `${escape(open)}${s}${escape(close)}`;
  };
  return { enabled, bold: paint('bold'), dim: paint('dim'), underline: paint('underline'), red: paint('red'), yellow: paint('yellow'), green: paint('green'), cyan: paint('cyan') };
};
