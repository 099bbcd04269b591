/**
 * Values: the value-kind registry and its dispatchers. One module per kind
 * (`kinds/`) holds its schema, shorthands, key, comparison and words; these
 * functions hand each value to its kind.
 */
import type { Value, ValueKind } from './registry.js';
import { valueKinds } from './registry.js';
import type { Comparison, CompareOptions } from './comparison.js';
import type { DescribeStyle } from './value-kind.js';

export { BUILTIN_VALUE_KINDS, createValueKinds, valueKinds, ValueSchema, ValueKindSchema, type ValueKinds, type Value, type ValueType, type ValueKind } from './registry.js';
export type { AnyValue, AnyValueKind, CompareContext, DescribeStyle, ShorthandContext, ValueKindModule, ValueOfKind, ValueShorthand } from './value-kind.js';
export type { ComparisonVerdict, Comparison, ComparisonDetails, CompareOptions, SetCardinality, SetComparisonDetails, EntityComparisonDetails, DateComparisonDetails } from './comparison.js';
export { intervalsOverlap, type Bounds } from './interval.js';
export { formatNumber, formatFullNumber } from './number-format.js';
export { entityKey, resolveRef } from './kinds/entity.js';
export { cardinalityOf } from './kinds/entity-set.js';
export { unitKey } from './kinds/quantity.js';

/**
 * Compare two values and say whether they can both be true.
 *
 * - quantities: interval overlap; different currencies or units →
 *   `different-measure` ("countries" vs "countries and organizations");
 * - dates: interval overlap; a date vs a weekday → compatible when a day in
 *   the interval has that weekday;
 * - entities: by canonical id (given, or from `options.resolver`); two
 *   different names neither of which is known → conflict, with a
 *   near-duplicate check in `details`;
 * - entity sets: closed vs closed → symmetric difference; open vs closed →
 *   members the closed list lacks; counts → cardinality (an open list is a
 *   lower bound); an entity vs a closed list → membership; a quantity vs a
 *   set → cardinality;
 * - booleans: equality; free text: equal text is compatible, otherwise `unknown`;
 * - values of different kinds → `different-measure`.
 * The verdict does not depend on the order of `a` and `b` (the reason and
 * `details` name them in the order given). Each kind's module decides (see
 * `src/values/kinds/`).
 *
 * @example
 * compareValues(
 *   { type: 'quantity', low: 12e9, high: 12e9, lowInclusive: true, highInclusive: true, currency: 'USD', raw: '$12 billion' },
 *   { type: 'quantity', low: 120e9, high: 120e9, lowInclusive: true, highInclusive: true, currency: 'USD', raw: '$120 billion' },
 * )
 * // { verdict: 'conflict', reason: '"$12 billion" (12 billion USD) and "$120 billion" (120 billion USD) do not overlap' }
 */
export const compareValues = (a: Value, b: Value, options: CompareOptions = {}): Comparison => valueKinds.compare(a, b, options);

/**
 * A key equal for values that say exactly the same thing (after entity ids
 * are resolved); the source's wording is ignored. `entityKey` may be a
 * memoized version of the default.
 *
 * @example
 * valueKey({ type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day' }) // 'd:2025-12-12..2025-12-12:day'
 */
export const valueKey = (value: Value, entityKey?: (ref: { readonly name: string; readonly id?: string | undefined }) => string): string =>
  valueKinds.key(value, entityKey);

/**
 * A value in words, in one of the styles (default `quoted`: the source's
 * words, then the normalized value).
 *
 * @example
 * describeValue(v)                // '"nearly $12 billion" ([10.8 billion, 12 billion] USD)'
 * describeValue(v, 'normalized')  // '[10.8 billion, 12 billion] USD'
 * describeValue(v, 'message')     // 'nearly $12 billion'
 * describeValue(v, 'export')      // '[USD 10,800,000,000, 12,000,000,000] ("nearly $12 billion")'
 */
export const describeValue = (value: Value, style: DescribeStyle = 'quoted'): string => valueKinds.describe(value, style);

/**
 * The value with entity ids filled in by `resolve` (unchanged when nothing resolves).
 *
 * @example
 * canonicalValue({ type: 'entity', name: 'UK' }, resolver.resolve) // { type: 'entity', name: 'UK', id: 'country:GB' }
 */
export const canonicalValue = (value: Value, resolve: (name: string) => string | undefined): Value => valueKinds.canonical(value, resolve);

/** The predicate value type a value belongs to (a weekday is a date). */
export const valueKind = (value: Value): ValueKind => valueKinds.predicateTypeOf(value) as ValueKind;
