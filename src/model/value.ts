/**
 * Typed claim values, after normalization. A claim file may give a value
 * as words ("nearly $12 billion"); the loader normalizes it into one of
 * these shapes and keeps the words in `raw`.
 */
import { z } from 'zod';
import { EntityIdSchema } from './ids.js';

const raw = z.string().optional();

/** A named entity; `id` is the canonical id when an alias table knows it. */
export const EntityRefSchema = z.object({
  name: z.string().min(1, { error: 'an entity name must not be empty' }),
  id: EntityIdSchema.optional(),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

export const EntityValueSchema = EntityRefSchema.extend({
  type: z.literal('entity'),
  raw,
});
export type EntityValue = z.infer<typeof EntityValueSchema>;

/**
 * A set of entities:
 * - `closed`: the complete list ("the founding members are A, B and C");
 * - `open`: some members, maybe more ("among them A and B"); `count`, when
 *   given, is the total the source states;
 * - `count`: only a number ("nine partners"); `members` is empty.
 */
export const EntitySetValueSchema = z
  .object({
    type: z.literal('entity-set'),
    mode: z.enum(['closed', 'open', 'count']),
    members: z.array(EntityRefSchema),
    count: z.number().int().nonnegative().optional(),
    /** What is counted, in the source's words ("countries", "partners"). */
    unit: z.string().optional(),
    raw,
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'count' && v.count === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a count-only set needs `count`', path: ['count'] });
    }
    if (v.mode === 'closed' && v.count !== undefined && v.count !== v.members.length) {
      ctx.addIssue({
        code: 'custom',
        message: `a closed list of ${v.members.length} members cannot have count ${v.count}`,
        path: ['count'],
      });
    }
    if (v.mode === 'open' && v.count !== undefined && v.count < v.members.length) {
      ctx.addIssue({
        code: 'custom',
        message: `an open list naming ${v.members.length} members cannot have count ${v.count}`,
        path: ['count'],
      });
    }
  });
export type EntitySetValue = z.infer<typeof EntitySetValueSchema>;

/**
 * A quantity as an interval. `null` is an unbounded end. A point value has
 * low === high with both ends inclusive. `unit` keeps the measure's words
 * ("countries", "countries and organizations", "%") so that different
 * measures are not compared as if they were one.
 */
export const QuantityValueSchema = z
  .object({
    type: z.literal('quantity'),
    low: z.number().nullable(),
    high: z.number().nullable(),
    lowInclusive: z.boolean(),
    highInclusive: z.boolean(),
    unit: z.string().optional(),
    /** ISO 4217 code, e.g. "USD". */
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    raw,
  })
  .refine((q) => q.low === null || q.high === null || q.low <= q.high, {
    error: 'a quantity interval must have low <= high',
  });
export type QuantityValue = z.infer<typeof QuantityValueSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });

/**
 * A calendar date as an inclusive interval of days with the precision the
 * source gave: "Dec 12, 2025" → 2025-12-12..2025-12-12 (day);
 * "December 2025" → 2025-12-01..2025-12-31 (month).
 */
export const DateValueSchema = z
  .object({
    type: z.literal('date'),
    start: isoDay,
    end: isoDay,
    precision: z.enum(['day', 'month', 'year']),
    raw,
  })
  .refine((d) => d.start <= d.end, { error: 'a date interval must have start <= end' });
export type DateValue = z.infer<typeof DateValueSchema>;

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

/**
 * A weekday that could not be placed on the calendar (the source has no
 * publication date). It still constrains: "Wednesday" is compatible with
 * 2026-02-04 and conflicts with 2026-02-05.
 */
export const WeekdayValueSchema = z.object({
  type: z.literal('weekday'),
  weekday: WeekdaySchema,
  raw,
});
export type WeekdayValue = z.infer<typeof WeekdayValueSchema>;

export const BooleanValueSchema = z.object({
  type: z.literal('boolean'),
  value: z.boolean(),
  raw,
});
export type BooleanValue = z.infer<typeof BooleanValueSchema>;

export const TextValueSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  raw,
});
export type TextValue = z.infer<typeof TextValueSchema>;

export const ValueSchema = z.discriminatedUnion('type', [
  EntityValueSchema,
  EntitySetValueSchema,
  QuantityValueSchema,
  DateValueSchema,
  WeekdayValueSchema,
  BooleanValueSchema,
  TextValueSchema,
]);
export type Value = z.infer<typeof ValueSchema>;
export type ValueType = Value['type'];

/** What a predicate declares it takes. `date` accepts `date` and `weekday` values. */
export const ValueKindSchema = z.enum(['entity', 'entity-set', 'quantity', 'date', 'boolean', 'text']);
export type ValueKind = z.infer<typeof ValueKindSchema>;

/** The kind a value belongs to (a weekday constraint is a kind of date). */
export const valueKind = (value: Value): ValueKind =>
  value.type === 'weekday' ? 'date' : value.type;
