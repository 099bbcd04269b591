/**
 * Why words could not be read as a value, as a message. Parsers chain their
 * steps with fp-ts `Either` and carry one of these in the `Left`; at their
 * boundary the `Either` becomes a `Result` (`fromEither`), and the claim
 * loader places the message at the file, line and column of the value.
 */
import { createMessage, type Message } from '../model/message.js';
import type { NormalizeCode } from '../model/message-codes.js';

const MAX_ECHO = 80;

/**
 * A normalize-stage message, echoing at most 80 characters of the input as `actual`.
 *
 * @example
 * normalizeMessage('no-number', 'several', 'found no number in "several"')
 */
export const normalizeMessage = (code: NormalizeCode, text: string, message: string, hint?: string): Message =>
  createMessage(code, message, {
    actual: text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text,
    ...(hint !== undefined ? { hint } : {}),
  });
