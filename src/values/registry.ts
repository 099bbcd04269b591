/**
 * The value-kind registry: the list of kinds, and everything that dispatches
 * over it — the `Value` type and schema, the predicate value types,
 * comparison, keys, descriptions, the loader's reading of written values,
 * and the JSON Schema of value forms. A kind is one module in `kinds/` plus
 * one line in `BUILTIN_VALUE_KINDS`; nothing else lists kinds.
 */
import { z } from 'zod';
import { createMessage } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';
import type { Comparison, CompareOptions } from './comparison.js';
import type { Discrepancy } from './discrepancy.js';
import { quotedStyle } from './describe-styles.js';
import { invalidValueFromIssues } from './invalid-value.js';
import { booleanKind } from './kinds/boolean.js';
import { dateKind } from './kinds/date.js';
import { entityKey } from './kinds/entity.js';
import { entityKind } from './kinds/entity.js';
import { entitySetKind } from './kinds/entity-set.js';
import { partialDateKind } from './kinds/partial-date.js';
import { quantityKind } from './kinds/quantity.js';
import { textKind } from './kinds/text.js';
import { weekdayKind } from './kinds/weekday.js';
import type { AnyValue, AnyValueKind, CompareContext, DescribeStyle, ShorthandContext, ValueKindModule, ValueOfKind } from './value-kind.js';
import { strictSchema } from '../model/strict-schema.js';

/** The built-in value kinds, one line each, in the order the loader tries their shorthands. */
export const BUILTIN_VALUE_KINDS = [
  entityKind,
  entitySetKind,
  quantityKind,
  dateKind,
  weekdayKind,
  partialDateKind,
  booleanKind,
  textKind,
] as const;


/**
 * A value written alone, as it goes back into a flow mapping: plain when
 * YAML reads it back as the same text ("approximately 1,200 homes"), else
 * quoted ("\"Smith, Jones\""); lists and numbers as JSON.
 */
const writtenInline = (written: unknown): string => {
  if (typeof written === 'number') return JSON.stringify(String(written));
  if (typeof written !== 'string') return JSON.stringify(written) ?? String(written);
  const plain =
    written.length > 0 &&
    written.trim() === written &&
    !/[,[\]{}#"'`|>&*!%@]|: |:$|^[-?:]/.test(written) &&
    !/^(true|false|yes|no|null|~|[-+]?[\d.]+)$/i.test(written);
  return plain ? written : JSON.stringify(written);
};

/** Every value of the built-in kinds. */
export type Value = ValueOfKind<(typeof BUILTIN_VALUE_KINDS)[number]>;
/** The `type` of a value. */
export type ValueType = Value['type'];
/** What a predicate declares it takes (`valueType`): a weekday is a date. */
export type ValueKind = (typeof BUILTIN_VALUE_KINDS)[number]['predicateType'];

/** The registry's operations over one list of kinds, with `V` the union of their values. */
export interface ValueKinds<V extends AnyValue = AnyValue> {
  /** The kinds, in order. */
  readonly kinds: readonly AnyValueKind[];
  /** The module of a value type (`undefined` for a type no kind has). */
  readonly kindOf: (type: string) => AnyValueKind | undefined;
  /** Every normalized value: a union discriminated by `type`. */
  readonly schema: z.ZodType<V>;
  /** The predicate value types (`valueType` in predicates.yaml). */
  readonly predicateTypes: readonly string[];
  /** The predicate value type a value belongs to. */
  readonly predicateTypeOf: (value: V) => string;
  /** Whether two values can both be true (see `compareValues`). */
  readonly compare: (a: V, b: V, options?: CompareOptions) => Comparison;
  /**
   * How far apart two values are when they conflict (see `discrepancy.ts`):
   * the kind's measure, or `undefined` when neither kind measures the pair.
   */
  readonly discrepancy: (a: V, b: V, options?: CompareOptions) => Discrepancy | undefined;
  /** Where a value lies on its kind's number line, when the kind has one (an index for clustering; see `ValueKindModule.extent`). */
  readonly extent: (value: V) => readonly [number, number] | undefined;
  /** The buckets a value falls in, when its kind has them (an index for clustering; see `ValueKindModule.buckets`). */
  readonly buckets: (value: V, options?: CompareOptions) => readonly string[] | undefined;
  /** Equal for values that say the same thing (see `valueKey`). */
  readonly key: (value: V, entityKey?: (ref: { readonly name: string; readonly id?: string | undefined }) => string) => string;
  /** The value with entity ids filled in from `resolve`. */
  readonly canonical: (value: V, resolve: (name: string) => string | undefined) => V;
  /** The value in words (see `describeValue`). */
  readonly describe: (value: V, style?: DescribeStyle) => string;
  /** A value as a claim file writes it (a shorthand, or the normalized form) → the value. */
  readonly read: (written: unknown, context: ShorthandContext) => Result<V>;
  /** The forms a claim file may write a value in: every shorthand, then the normalized form. */
  readonly writtenSchema: z.ZodType;
}

/**
 * The registry over a list of kinds. The built-in registry is `valueKinds`;
 * a project (or a test) may build one with more kinds.
 *
 * @example
 * const kinds = createValueKinds([...BUILTIN_VALUE_KINDS, percentKind]);
 * kinds.compare(a, b).verdict
 */
export const createValueKinds = <const K extends readonly AnyValueKind[]>(list: K): ValueKinds<ValueOfKind<K[number]>> => {
  type V = ValueOfKind<K[number]>;
  const byType = new Map<string, AnyValueKind>();
  for (const kind of list) if (!byType.has(kind.type)) byType.set(kind.type, kind);
  const kinds = [...byType.values()];
  // A kind module's functions take its own values; the registry hands each value to its own kind.
  type Loose = ValueKindModule<string, AnyValue & { readonly type: string }, string>;
  // A value of a type no kind has can only come from code (the loader validates): it is keyed by
  // its content, compared with nothing (a different measure) and named as unregistered, never a crash.
  const unregistered = new Map<string, Loose>();
  const unregisteredKind = (type: string): Loose => {
    let kind = unregistered.get(type);
    if (kind === undefined) {
      kind = {
        type,
        noun: `an unregistered "${type}" value`,
        predicateType: type,
        schema: z.never() as unknown as Loose['schema'],
        shorthands: [],
        key: (value) => `?${type}:${JSON.stringify(value, (k, v: unknown) => (k === 'raw' ? undefined : v))}`,
        compare: () => undefined,
        describe: () => `an unregistered "${type}" value`,
      };
      unregistered.set(type, kind);
    }
    return kind;
  };
  const moduleOf = (value: AnyValue): Loose => (byType.get(value.type) as unknown as Loose | undefined) ?? unregisteredKind(value.type);
  const nounOf = (type: string): string => byType.get(type)?.noun ?? `a ${type} value`;

  const describe = (value: V, style: DescribeStyle = 'quoted'): string => {
    const kind = moduleOf(value);
    return style === 'quoted' ? quotedStyle(value.raw, kind.describe(value, 'normalized')) : kind.describe(value, style);
  };

  // One pair of contexts per options object: comparisons run in hot loops with the same options.
  const contexts = new WeakMap<CompareOptions, readonly [CompareContext, CompareContext]>();
  const NO_OPTIONS: CompareOptions = {};
  const contextsFor = (options: CompareOptions): readonly [CompareContext, CompareContext] => {
    let pair = contexts.get(options);
    if (pair === undefined) {
      pair = [
        { ...options, selfFirst: true, nounOf },
        { ...options, selfFirst: false, nounOf },
      ];
      contexts.set(options, pair);
    }
    return pair;
  };

  const compare = (a: V, b: V, options: CompareOptions = NO_OPTIONS): Comparison => {
    const [first, second] = contextsFor(options);
    return moduleOf(a).compare(a, b, first) ?? moduleOf(b).compare(b, a, second) ?? {
      verdict: 'different-measure',
      reason: `${describe(a)} is ${nounOf(a.type)} and ${describe(b)} is ${nounOf(b.type)}: they do not measure the same thing`,
    };
  };

  const discrepancy = (a: V, b: V, options: CompareOptions = {}): Discrepancy | undefined =>
    moduleOf(a).discrepancy?.(a, b, { ...options, selfFirst: true, nounOf }) ?? moduleOf(b).discrepancy?.(b, a, { ...options, selfFirst: false, nounOf });

  const schemas = kinds.map((k) => k.schema) as unknown as [z.ZodObject, ...z.ZodObject[]];
  const schema = (schemas.length === 1 ? schemas[0] : z.discriminatedUnion('type', schemas)) as unknown as z.ZodType<V>;
  const shorthands = kinds.flatMap((k) => k.shorthands);
  const writtenSchema = z.union([...shorthands.map((s) => s.schema), schema] as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);

  const read = (written: unknown, context: ShorthandContext): Result<V> => {
    if (written === null || typeof written !== 'object' || Array.isArray(written)) {
      const key = context.predicate === undefined ? undefined : kinds.find((k) => k.predicateType === context.predicate?.valueType && k.shorthands.length > 0)?.shorthands[0]?.key;
      if (context.predicate !== undefined && key !== undefined && written !== null && written !== undefined) {
        const { id, valueType } = context.predicate;
        return failed([
          createMessage('invalid-value', `${writtenInline(written)} is written alone; predicate "${id}" takes a ${valueType} value, written as a mapping`, {
            path: [],
            hint: `write value: { ${key}: ${writtenInline(written)} } (docs/claim-files.md)`,
          }),
        ]);
      }
      return failed([
        createMessage('invalid-value', 'a value is a mapping such as { entity: ... }, { quantity: "..." } or { date: "..." }', {
          path: [],
          hint: 'see the table of value shorthands in docs/claim-files.md',
        }),
      ]);
    }
    // Written forms are checked strictly, like every file an author writes: an unknown key is an error.
    if ('type' in written) {
      const strict = strictSchema(schema);
      const parsed = strict.safeParse(written);
      return parsed.success ? ok(parsed.data) : invalidValueFromIssues(parsed.error.issues, strict);
    }
    const shorthand = shorthands.find((s) => s.key in written);
    if (shorthand === undefined) {
      const keys = Object.keys(written).map((k) => JSON.stringify(k)).join(', ') || '(none)';
      return failed([
        createMessage('invalid-value', `unknown value form with keys ${keys}`, {
          path: [],
          hint: `use one of ${shorthands.map((s) => s.key).join(', ')} (docs/claim-files.md)`,
        }),
      ]);
    }
    const strictShorthand = strictSchema(shorthand.schema);
    const parsed = strictShorthand.safeParse(written);
    if (!parsed.success) return invalidValueFromIssues(parsed.error.issues, strictShorthand);
    return shorthand.read(parsed.data as never, context) as Result<V>;
  };

  const predicateTypes = [...new Set(kinds.map((k) => k.predicateType))];
  return Object.freeze({
    kinds,
    kindOf: (type: string) => byType.get(type),
    schema,
    predicateTypes,
    predicateTypeOf: (value: V) => moduleOf(value).predicateType,
    compare,
    discrepancy,
    extent: (value: V) => moduleOf(value).extent?.(value),
    buckets: (value: V, options: CompareOptions = {}) => moduleOf(value).buckets?.(value, options),
    key: (value: V, keyOf = entityKey) => moduleOf(value).key(value, keyOf),
    canonical: (value: V, resolve: (name: string) => string | undefined) => {
      const canonical = moduleOf(value).canonical;
      return (canonical === undefined ? value : canonical(value, resolve)) as V;
    },
    describe,
    read,
    writtenSchema,
  });
};

/** The registry of the built-in kinds. */
export const valueKinds: ValueKinds<Value> = createValueKinds(BUILTIN_VALUE_KINDS);

/** Every value of the built-in kinds: a union discriminated by `type`. */
export const ValueSchema = valueKinds.schema;

/** The predicate value types (`valueType` in predicates.yaml). */
export const ValueKindSchema = z.enum(valueKinds.predicateTypes as [ValueKind, ...ValueKind[]]);
