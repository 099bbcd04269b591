/**
 * Printing messages for people: `path:line:col: severity [code] message
 * (claim id)` with the path as it opens from the working directory (the
 * library's `formatMessage` with the claims folder as `root`), and a hint
 * line. The one place the CLI puts messages into words.
 */
import type { PathOptions } from '../model/display-path.js';
import { formatMessage, type Message } from '../model/message.js';
import type { Style } from './style.js';

/**
 * Messages as text, in the loader's order (file, line, column); the severity
 * word coloured when `style` colours.
 *
 * @example
 * io.stderr.write(messagesText(run.messages, run.paths, context.err));
 */
export const messagesText = (messages: readonly Message[], paths: PathOptions, style: Style): string =>
  messages
    .map((m) => {
      const line = formatMessage(m, paths);
      const word = `${m.severity} [`;
      const coloured = m.severity === 'error' ? style.red(m.severity) : m.severity === 'warning' ? style.yellow(m.severity) : style.cyan(m.severity);
      const at = line.indexOf(word);
      return `${at < 0 ? line : `${line.slice(0, at)}${coloured} [${line.slice(at + word.length)}`}\n`;
    })
    .join('');
