/**
 * Value kind `text`: free text ("to counter China's dominance in critical
 * minerals"), for what no other kind types. Two texts that fold alike
 * (`nameKey`) are the same value; anything else cannot be judged
 * automatically (`unknown`), and text is never compared with other kinds.
 *
 * Written `{ text: "…" }`.
 */
import { z } from 'zod';
import { ok } from '../../model/result.js';
import { nameKey } from '../../normalize/name-key.js';
import { quotedStyle } from '../describe-styles.js';
import type { ValueKindModule } from '../value-kind.js';

export const TextValueSchema = z.object({
  type: z.literal('text').describe('The value kind: free text, compared only for equality.'),
  text: z.string().describe('The text.'),
  raw: z.string().optional().describe('The words of the source this value was read from.'),
});
export type TextValue = z.infer<typeof TextValueSchema>;

export const TextShorthandSchema = z.strictObject({ text: z.string().describe('Free text, as the source states it.') });

const quoted = (t: TextValue): string => quotedStyle(t.raw, `"${t.text}"`);

export const textKind: ValueKindModule<'text', TextValue, 'text'> = {
  type: 'text',
  noun: 'free text',
  predicateType: 'text',
  schema: TextValueSchema,
  shorthands: [
    {
      key: 'text',
      schema: TextShorthandSchema,
      read: (written: z.infer<typeof TextShorthandSchema>) => ok({ type: 'text', text: written.text }),
    },
  ],
  key: (t) => `t:${nameKey(t.text)}`,
  // Only the same text is compatible (other text is `unknown`).
  buckets: (t) => [`t:${nameKey(t.text)}`],
  compare: (self, other, context) => {
    if (other.type !== 'text') {
      return context.selfFirst
        ? { verdict: 'unknown', reason: `free text cannot be compared with ${context.nounOf(other.type)}` }
        : { verdict: 'unknown', reason: `${context.nounOf(other.type)} cannot be compared with free text` };
    }
    const b = other as TextValue;
    const [first, second] = context.selfFirst ? [self, b] : [b, self];
    return nameKey(self.text) === nameKey(b.text)
      ? { verdict: 'compatible', reason: 'both give the same text' }
      : { verdict: 'unknown', reason: `free text cannot be compared automatically: ${quoted(first)} vs ${quoted(second)}` };
  },
  describe: (t, style) => (style === 'normalized' ? `"${t.text}"` : style === 'message' ? `“${t.text}”` : t.text),
};
