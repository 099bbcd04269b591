/**
 * Adding a value kind is one module plus one registry line. This test writes
 * the module (a star rating, a kind claimtrace does not have) and the line
 * (`createValueKinds([...BUILTIN_VALUE_KINDS, ratingKind])`), and shows that
 * everything that dispatches over kinds picks it up: the value schema and
 * the claim files' JSON Schema, the predicate value types, reading the words
 * a claim file writes, keys, words in every style, comparison with its own
 * and other kinds, and a value-conflict finding through the reconciler.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMessage } from '../../src/model/message.js';
import { failed, ok, settled } from '../../src/model/result.js';
import type { Value } from '../../src/model/value.js';
import { createReconciler, valueConflictRule } from '../../src/reconcile/index.js';
import { buildTestCorpus } from '../../src/testing/corpus-builder.js';
import { BUILTIN_VALUE_KINDS, createValueKinds, type ValueKindModule, type ValueKinds, type AnyValue } from '../../src/values/index.js';

// ------------------------------------------------------------------ the module
const RatingValueSchema = z.object({ type: z.literal('rating'), stars: z.number().int().min(0).max(5), raw: z.string().optional() });
type RatingValue = z.infer<typeof RatingValueSchema>;
const RatingShorthandSchema = z.strictObject({ rating: z.string().min(1) });

const ratingKind: ValueKindModule<'rating', RatingValue, 'rating'> = {
  type: 'rating',
  noun: 'a star rating',
  predicateType: 'rating',
  schema: RatingValueSchema,
  shorthands: [
    {
      key: 'rating',
      schema: RatingShorthandSchema,
      read: (written: z.infer<typeof RatingShorthandSchema>) => {
        const stars = /^(\d) (?:out of 5|stars?)$/.exec(written.rating.trim())?.[1];
        return stars === undefined
          ? failed([createMessage('invalid-value', `"${written.rating}" is not a rating such as "4 out of 5"`, { path: ['rating'] })])
          : ok({ type: 'rating', stars: Number(stars), raw: written.rating });
      },
    },
  ],
  key: (r) => `r:${r.stars}`,
  compare: (self, other, context) => {
    if (other.type !== 'rating') return undefined;
    const [a, b] = context.selfFirst ? [self, other as RatingValue] : [other as RatingValue, self];
    return a.stars === b.stars
      ? { verdict: 'compatible', reason: `both give ${a.stars} stars` }
      : { verdict: 'conflict', reason: `${a.stars} stars and ${b.stars} stars differ` };
  },
  describe: (r, style) => (style === 'export' ? `${r.stars}/5` : `${r.stars} stars`),
};

// ------------------------------------------------------------------ the registry line
const kinds = createValueKinds([...BUILTIN_VALUE_KINDS, ratingKind]);

const context = { publishedAt: { precision: 'unknown' } as const, resolver: { resolve: () => undefined } };
const rating = (stars: number, raw?: string): RatingValue => ({ type: 'rating', stars, ...(raw !== undefined ? { raw } : {}) });

describe('a throwaway value kind, registered with one line', () => {
  it('is a value type and a predicate value type, with a schema', () => {
    expect(kinds.kindOf('rating')).toBe(ratingKind);
    expect(kinds.predicateTypes).toContain('rating');
    expect(kinds.schema.safeParse({ type: 'rating', stars: 4 }).success).toBe(true);
    expect(kinds.schema.safeParse({ type: 'rating', stars: 9 }).success).toBe(false);
    expect(kinds.schema.safeParse({ type: 'quantity', low: 1, high: 1, lowInclusive: true, highInclusive: true }).success).toBe(true);
  });

  it('reads the words a claim file writes, and says where they are wrong', () => {
    expect(kinds.read({ rating: '4 out of 5' }, context)).toEqual(ok({ type: 'rating', stars: 4, raw: '4 out of 5' }));
    expect(kinds.read({ type: 'rating', stars: 2 }, context)).toEqual(ok({ type: 'rating', stars: 2 }));
    const bad = kinds.read({ rating: 'great' }, context);
    expect(bad.ok).toBe(false);
    expect(bad.messages).toEqual([expect.objectContaining({ code: 'invalid-value', path: ['rating'] })]);
    // the built-in shorthands still read
    expect(kinds.read({ quantity: 'nearly $12 billion' }, context).ok).toBe(true);
  });

  it('appears in the JSON Schema of written values', () => {
    const schema = JSON.stringify(z.toJSONSchema(kinds.writtenSchema, { unrepresentable: 'any', io: 'input' }));
    expect(schema).toContain('"rating"');
    expect(schema).toContain('"quantity"');
  });

  it('has a key, words in every style, and compares with its own kind and others', () => {
    expect(kinds.key(rating(4, 'four out of 5'))).toBe(kinds.key(rating(4)));
    expect(kinds.describe(rating(4, '4 out of 5'))).toBe('"4 out of 5" (4 stars)');
    expect(kinds.describe(rating(4), 'export')).toBe('4/5');
    expect(kinds.compare(rating(3), rating(5))).toEqual({ verdict: 'conflict', reason: '3 stars and 5 stars differ' });
    expect(kinds.compare(rating(5), rating(5)).verdict).toBe('compatible');
    const quantity: Value = { type: 'quantity', low: 4, high: 4, lowInclusive: true, highInclusive: true };
    expect(kinds.compare(rating(4), quantity)).toEqual({
      verdict: 'different-measure',
      reason: '4 stars is a star rating and 4 is a quantity: they do not measure the same thing',
    });
    expect(kinds.compare({ type: 'text', text: 'x' }, rating(4)).verdict).toBe('unknown');
  });

  it('conflicts through the reconciler: two sources that rate one hotel differently', () => {
    const values = kinds as unknown as ValueKinds<AnyValue>;
    const built = buildTestCorpus(
      {
        sources: [
          { id: 'a', text: 'The Grand Hotel: 3 out of 5, a guide says.' },
          { id: 'b', text: 'Another guide gives the Grand Hotel 5 stars.' },
        ],
        predicates: [{ id: 'rated', valueType: 'rating' as never, cardinality: 'functional', label: 'rated' }],
        claims: [
          { id: 'ra', source: 'a', quote: '3 out of 5', subject: 'Grand Hotel', predicate: 'rated', value: { rating: '3 out of 5' } },
          { id: 'rb', source: 'b', quote: '5 stars', subject: 'Grand Hotel', predicate: 'rated', value: { rating: '5 stars' } },
        ],
      },
      { values },
    );
    if (!built.ok) throw new Error(built.messages.map((m) => m.message).join('; '));
    const result = createReconciler({ rules: [valueConflictRule], options: { values } }).reconcile(built.value);
    expect(result.messages).toEqual([]);
    expect(settled(result).findings.map((f) => [f.kind, f.message])).toEqual([
      ['value-conflict', 'Grand Hotel, rated: a gives 3 stars; b gives 5 stars (3 stars and 5 stars differ), and only one can be true'],
    ]);
  });

  it('is not known to the built-in registry, which handles its values without crashing', () => {
    const builtin = createValueKinds(BUILTIN_VALUE_KINDS);
    const stray = rating(4) as unknown as Value;
    expect(builtin.describe(stray)).toBe('an unregistered "rating" value');
    expect(builtin.key(stray)).toBe(builtin.key(rating(4, 'four') as unknown as Value));
    expect(builtin.compare(stray, rating(5) as unknown as Value).verdict).toBe('different-measure');
    expect(builtin.read({ rating: '4 out of 5' }, context).ok).toBe(false);
  });

  it('is checked by the type system: a module without a part, or a rating where a built-in value goes, does not compile', () => {
    // @ts-expect-error a kind module must say how its values compare
    const incomplete: ValueKindModule<'rating', RatingValue, 'rating'> = { ...ratingKind, compare: undefined };
    // @ts-expect-error the built-in `Value` is the union of the built-in kinds: a rating is not one
    const notBuiltin: Value = rating(4);
    expect([incomplete, notBuiltin]).toHaveLength(2);
  });
});
