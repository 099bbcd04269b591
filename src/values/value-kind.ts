/**
 * What a value kind is: one module per kind (`kinds/*.ts`) holds everything
 * claimtrace knows about it — its schema, the shorthands a claim file may
 * write it in and how their words become a value, its key (the one notion
 * of "the same value"), how it compares with other values, and how it is put
 * into words. The registry (`registry.ts`) lists the kinds; `compareValues`,
 * `valueKey`, `describeValue`, the loader's value dispatch and the JSON
 * Schema of claim files are thin dispatchers over it.
 */
import type { z } from 'zod';
import type { EntityResolver } from '../normalize/entity-resolver.js';
import type { PublishedAt } from '../model/source.js';
import type { Result } from '../model/result.js';
import type { Comparison, CompareOptions } from './comparison.js';
import type { Discrepancy } from './discrepancy.js';

/** Any value: what a kind module may meet on the other side of a comparison. */
export interface AnyValue {
  readonly type: string;
  /** The source's own words, when the value kept them. */
  readonly raw?: string | undefined;
}

/**
 * The few ways claimtrace puts a value into words:
 * - `normalized`: the normalized value alone, for reports that show the quote
 *   beside it — `[10.8 billion, 12 billion] USD`, `the complete list {Japan, Israel}`;
 * - `quoted`: the source's words in quotes, then the normalized value — for
 *   comparison reasons and `explain`: `"nearly $12 billion" ([10.8 billion, 12 billion] USD)`;
 * - `message`: as a finding's message says it, in the source's words where
 *   it has them — `nearly $12 billion`, `Japan and Israel`, `five members`;
 * - `export`: complete and unambiguous, for data exports —
 *   `USD 12,000,000,000 ("nearly $12 billion")`, `Japan and Israel (complete list)`.
 */
export type DescribeStyle = 'normalized' | 'quoted' | 'message' | 'export';

/** What a kind may use while comparing. */
export interface CompareContext extends CompareOptions {
  /** Whether the value of this kind came first in the caller's call: reasons and details name values in call order. */
  readonly selfFirst: boolean;
  /** `a quantity`, `free text`: how a message names a kind. */
  readonly nounOf: (type: string) => string;
}

/** What a shorthand's words are read against. */
export interface ShorthandContext {
  /** When the claim's source was published (relative dates). */
  readonly publishedAt: PublishedAt;
  /**
   * Which way a date without a year (or a weekday) is read from publication:
   * `past` (on or before it, the default) for what happened, `future` (on or
   * after it) for what a claim says is expected to happen.
   */
  readonly direction?: 'past' | 'future';
  /** Gives entities their canonical ids. */
  readonly resolver: Pick<EntityResolver, 'resolve'>;
  /**
   * The predicate the value is read for, when it is a claim's value: a value
   * written without its mapping (`value: approximately 1,200 homes`) is
   * answered with the mapping its `valueType` takes.
   */
  readonly predicate?: { readonly id: string; readonly valueType: string };
}

/** A form a claim file may write a value in: `{ quantity: "nearly $12 billion" }`. */
export interface ValueShorthand {
  /** The key that marks it (`quantity`). */
  readonly key: string;
  /** The form as written (a strict object): validation and the JSON Schema. */
  readonly schema: z.ZodType;
  /** The written form (already validated by `schema`) → a value; messages carry the `path` inside the form. */
  readonly read: (written: never, context: ShorthandContext) => Result<AnyValue>;
}

/** Everything about one value kind. */
export interface ValueKindModule<T extends string = string, V extends AnyValue & { readonly type: T } = AnyValue & { readonly type: T }, P extends string = string> {
  /** The `type` of its values. */
  readonly type: T;
  /** How messages name the kind: `a quantity`. */
  readonly noun: string;
  /** The predicate value type that takes it (`valueType` in predicates.yaml); a weekday is a kind of date. */
  readonly predicateType: P;
  /** The normalized form (a zod object whose `type` is the literal `T`). */
  readonly schema: z.ZodType<V>;
  /** The forms a claim file may write it in, in the order the loader tries them. */
  readonly shorthands: readonly ValueShorthand[];
  /**
   * Equal for two values exactly when they say the same thing (after entity
   * ids are resolved); the source's wording (`raw`) never counts. `entityKey`
   * gives the key of an entity reference (a run may memoize it).
   */
  readonly key: (value: V, entityKey: (ref: { readonly name: string; readonly id?: string | undefined }) => string) => string;
  /** The value with entity ids filled in from the resolver (the value itself when nothing changes). */
  readonly canonical?: (value: V, resolve: (name: string) => string | undefined) => V;
  /**
   * Compare with any value: the verdict, or `undefined` when this kind cannot
   * judge the pair (the other kind is asked next, then they are different measures).
   */
  readonly compare: (self: V, other: AnyValue, context: CompareContext) => Comparison | undefined;
  /**
   * How far apart this value and a conflicting one are (see `discrepancy.ts`),
   * when the kind can measure it (quantities, dates); `undefined` when it
   * cannot, or when the two do not conflict. Without it a conflict counts as
   * `substantial`.
   */
  readonly discrepancy?: (self: V, other: AnyValue, context: CompareContext) => Discrepancy | undefined;
  /**
   * Where the value lies on the kind's number line (quantities: the amount
   * with its rounding; dates: day numbers), `[low, high]` with infinite ends
   * for open intervals. Only an index: two values whose extents do not meet
   * are never compatible, so clustering need not compare them.
   */
  readonly extent?: (value: V) => readonly [number, number] | undefined;
  /**
   * Keys of the buckets the value falls in, for kinds whose compatible
   * values always share one (entities: the entity's key and those of the
   * places and bodies it lies in; text and booleans: their key). Only an
   * index, like `extent`: clustering compares a value with the values that
   * share a bucket, not with all of them.
   */
  readonly buckets?: (value: V, options: CompareOptions) => readonly string[];
  /** The value in words, in one of the styles (`quoted` is the registry's: the source's words around `normalized`). */
  readonly describe: (value: V, style: Exclude<DescribeStyle, 'quoted'>) => string;
}

/**
 * Any kind module, whatever its value type (its functions take only its own
 * values, so kinds of different value types share no narrower type).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyValueKind = ValueKindModule<string, any, string>;

/** The value type of a kind module. */
export type ValueOfKind<K> = K extends ValueKindModule<string, infer V, string> ? V : never;
