/**
 * How a value kind says written words are not a value: `invalid-value`
 * messages with the `path` inside the written form, which the loader places
 * at the YAML node (`value: …` / `qualifiers.time: …`).
 */
import type { z } from 'zod';
import { createMessage, type Message } from '../model/message.js';
import { failed, type Failed } from '../model/result.js';
import { objectKeysAt } from '../model/strict-schema.js';
import { closestName } from '../normalize/closest-name.js';

/** Each message of a parser as an `invalid-value` message at `path`, with a hint. */
export const invalidValue = (messages: readonly Message[], path: readonly (string | number)[], hint?: string): Failed =>
  failed(messages.map((m) => createMessage('invalid-value', m.message, { path: [...path], ...(hint !== undefined ? { hint } : {}) })));

/**
 * Each zod issue as an `invalid-value` message at its path; an unknown key
 * (the written forms are strict) names the keys `schema` allows there and
 * the one it probably meant.
 */
export const invalidValueFromIssues = (issues: readonly z.core.$ZodIssue[], schema?: z.ZodType): Failed =>
  failed(
    issues.flatMap((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code !== 'unrecognized_keys') return [createMessage('invalid-value', issue.message, { path })];
      const allowed = schema !== undefined ? objectKeysAt(schema, path) : [];
      return issue.keys.map((key) => {
        const near = closestName(key, allowed);
        return createMessage('invalid-value', unknownKeyWords(key), {
          path: [...path, key],
          ...(allowed.length > 0 ? { hint: `${near !== undefined ? `did you mean "${near}"? ` : ''}allowed here: ${allowed.join(', ')}` } : {}),
        });
      });
    }),
  );

/** The words of an unknown key's message: one place makes them, one reads them (`namesUnknownKey`). */
const unknownKeyWords = (key: string): string => `unknown key "${key}"`;

/**
 * Whether a message says its path's last key is unknown (a typo, or a key
 * of the claim written inside the value): the loader places it at the key,
 * not at the key's value.
 *
 * @example
 * namesUnknownKey(message) // true for 'unknown key "hegde"' at ['hegde']
 */
export const namesUnknownKey = (m: Message): boolean => {
  const key = m.path?.[m.path.length - 1];
  return m.code === 'invalid-value' && typeof key === 'string' && m.message === unknownKeyWords(key);
};
