/**
 * Value kind `boolean`: yes or no ("the coalition was launched"). Two
 * booleans conflict when they differ.
 *
 * Written `{ boolean: true }`.
 */
import { z } from 'zod';
import { ok } from '../../model/result.js';
import { quotedStyle } from '../describe-styles.js';
import type { ValueKindModule } from '../value-kind.js';

export const BooleanValueSchema = z.object({
  type: z.literal('boolean').describe('The value kind: a yes/no fact.'),
  value: z.boolean().describe('Whether the predicate holds.'),
  raw: z.string().optional().describe('The words of the source this value was read from.'),
});
export type BooleanValue = z.infer<typeof BooleanValueSchema>;

export const BooleanShorthandSchema = z.strictObject({ boolean: z.boolean().describe('Whether the predicate holds (`{ boolean: true }`).') });

const quoted = (b: BooleanValue): string => quotedStyle(b.raw, b.value ? 'true' : 'false');

export const booleanKind: ValueKindModule<'boolean', BooleanValue, 'boolean'> = {
  type: 'boolean',
  noun: 'a yes/no value',
  predicateType: 'boolean',
  schema: BooleanValueSchema,
  shorthands: [
    {
      key: 'boolean',
      schema: BooleanShorthandSchema,
      read: (written: z.infer<typeof BooleanShorthandSchema>) => ok({ type: 'boolean', value: written.boolean }),
    },
  ],
  key: (b) => `b:${b.value}`,
  buckets: (b) => [`b:${b.value}`],
  compare: (self, other, context) => {
    if (other.type !== 'boolean') return undefined;
    const b = other as BooleanValue;
    const [first, second] = context.selfFirst ? [self, b] : [b, self];
    return self.value === b.value
      ? { verdict: 'compatible', reason: `both say ${self.value ? 'yes' : 'no'}` }
      : { verdict: 'conflict', reason: `${quoted(first)} and ${quoted(second)} contradict each other` };
  },
  describe: (b, style) => (style === 'message' ? (b.value ? 'yes' : 'no') : b.value ? 'true' : 'false'),
};
