/**
 * Value kind `weekday`: a weekday that could not be placed on the calendar
 * because the source states no publication date ("on Wednesday"). It still
 * constrains: "Wednesday" is compatible with 2026-02-04 and conflicts with
 * 2026-02-05 (the date kind compares the two). Predicates take it as a date.
 *
 * Written `{ date: "Wednesday" }` in a source without a publication date (the
 * date shorthand reads it), or `{ type: weekday, weekday: wednesday }`.
 */
import { z } from 'zod';
import { WEEKDAYS, weekdayName } from '../../normalize/calendar-day.js';
import { exportStyle } from '../describe-styles.js';
import type { Comparison } from '../comparison.js';
import type { ValueKindModule } from '../value-kind.js';

export const WeekdaySchema = z.enum(WEEKDAYS);

export const WeekdayValueSchema = z.object({
  type: z.literal('weekday').describe('The value kind: a day of the week the source names without a date it can be placed on.'),
  weekday: WeekdaySchema.describe('The day of the week, lower case.'),
  raw: z.string().optional().describe('The words of the source this value was read from.'),
});
export type WeekdayValue = z.infer<typeof WeekdayValueSchema>;

/** Compare two weekday constraints. */
export const compareWeekdays = (a: WeekdayValue, b: WeekdayValue): Comparison =>
  a.weekday === b.weekday
    ? { verdict: 'compatible', reason: `both say ${weekdayName(a.weekday)}` }
    : { verdict: 'conflict', reason: `${weekdayName(a.weekday)} and ${weekdayName(b.weekday)} are different days` };

export const weekdayKind: ValueKindModule<'weekday', WeekdayValue, 'date'> = {
  type: 'weekday',
  noun: 'a weekday',
  predicateType: 'date',
  schema: WeekdayValueSchema,
  // The date shorthand ({ date: "Friday" }) reads weekdays.
  shorthands: [],
  key: (w) => `w:${w.weekday}`,
  compare: (self, other, context) => {
    if (other.type !== 'weekday') return undefined;
    const b = other as WeekdayValue;
    return context.selfFirst ? compareWeekdays(self, b) : compareWeekdays(b, self);
  },
  describe: (w, style) =>
    style === 'normalized' ? `a ${weekdayName(w.weekday)}` : style === 'message' ? (w.raw ?? w.weekday) : exportStyle(w.raw, weekdayName(w.weekday)),
};
