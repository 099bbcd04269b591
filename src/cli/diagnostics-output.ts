/**
 * Printing messages for people: `path:line:col: severity [code] message
 * (claim id)` with the path as the user can open it (the claims folder joined
 * to the file), and a hint line.
 */
import { join } from 'node:path';
import { formatMessage, type Message, withFile } from '../model/message.js';
import type { Style } from './style.js';

/** The message with its file made relative to the working directory (through the folder as shown). */
export const messageFromCwd = (m: Message, shownFolder: string): Message =>
  withFile(m, (file) => (shownFolder === '.' || file.startsWith('/') ? file : join(shownFolder, file)));

/**
 * Messages as text, in the loader's order (file, line, column); the severity
 * word coloured when `style` colours.
 *
 * @example
 * io.stderr.write(messagesText(run.messages, 'claims', style));
 */
export const messagesText = (messages: readonly Message[], shownFolder: string, style: Style): string =>
  messages
    .map((m) => {
      const line = formatMessage(messageFromCwd(m, shownFolder));
      const word = `${m.severity} [`;
      const coloured = m.severity === 'error' ? style.red(m.severity) : m.severity === 'warning' ? style.yellow(m.severity) : style.cyan(m.severity);
      const at = line.indexOf(word);
      return `${at < 0 ? line : `${line.slice(0, at)}${coloured} [${line.slice(at + word.length)}`}\n`;
    })
    .join('');

/** "2 errors, 1 warning" */
export const countText = (messages: readonly Message[]): string => {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
};
