/**
 * How a value kind says written words are not a value: `invalid-value`
 * messages with the `path` inside the written form, which the loader places
 * at the YAML node (`value: …` / `qualifiers.time: …`).
 */
import type { z } from 'zod';
import { createMessage, type Message } from '../model/message.js';
import { failed, type Failed } from '../model/result.js';

/** Each message of a parser as an `invalid-value` message at `path`, with a hint. */
export const invalidValue = (messages: readonly Message[], path: readonly (string | number)[], hint?: string): Failed =>
  failed(messages.map((m) => createMessage('invalid-value', m.message, { path: [...path], ...(hint !== undefined ? { hint } : {}) })));

/** Each zod issue as an `invalid-value` message at its path. */
export const invalidValueFromIssues = (issues: readonly z.core.$ZodIssue[]): Failed =>
  failed(issues.map((issue) => createMessage('invalid-value', issue.message, { path: issue.path.filter((p): p is string | number => typeof p !== 'symbol') })));
