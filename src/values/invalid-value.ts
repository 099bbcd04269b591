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
        return createMessage('invalid-value', `unknown key "${key}"`, {
          path: [...path, key],
          ...(allowed.length > 0 ? { hint: `${near !== undefined ? `did you mean "${near}"? ` : ''}allowed here: ${allowed.join(', ')}` } : {}),
        });
      });
    }),
  );
