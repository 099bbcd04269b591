/**
 * Dates compare as intervals of days; a weekday constraint is compatible
 * with a date interval when some day in it falls on that weekday.
 */
import type { DateValue, WeekdayValue } from '../model/value.js';
import { addDays, dayOfIso, daysBetween, weekdayOf } from './calendar-day.js';
import type { Comparison } from './comparison.js';
import { describeValue } from './describe-value.js';

const day = dayOfIso;

/** Compare two date intervals. */
export const compareDateIntervals = (a: DateValue, b: DateValue): Comparison => {
  const aStart = day(a.start);
  const aEnd = day(a.end);
  const bStart = day(b.start);
  const bEnd = day(b.end);
  if (a.start <= b.end && b.start <= a.end) {
    return {
      verdict: 'compatible',
      reason: `${describeValue(a)} and ${describeValue(b)} ${a.start === b.start && a.end === b.end ? 'are the same date' : 'overlap'}`,
      details: { kind: 'date', gapDays: 0 },
    };
  }
  const gap = a.end < b.start ? daysBetween(aEnd, bStart) : daysBetween(bEnd, aStart);
  return {
    verdict: 'conflict',
    reason: `${describeValue(a)} and ${describeValue(b)} are ${gap} day${gap === 1 ? '' : 's'} apart`,
    details: { kind: 'date', gapDays: gap },
  };
};

/** Compare a date interval with a weekday constraint. */
export const compareDateWithWeekday = (d: DateValue, w: WeekdayValue): Comparison => {
  const start = day(d.start);
  const length = daysBetween(start, day(d.end)) + 1;
  const name = capitalize(w.weekday);
  if (length >= 7) {
    return { verdict: 'compatible', reason: `${describeValue(d)} spans a whole week, so it contains a ${name}` };
  }
  for (let i = 0; i < length; i += 1) {
    const candidate = addDays(start, i);
    if (weekdayOf(candidate) === w.weekday) {
      return {
        verdict: 'compatible',
        reason: length === 1 ? `${d.start} is a ${name}` : `${describeValue(d)} includes a ${name}`,
      };
    }
  }
  const days = Array.from({ length }, (_, i) => capitalize(weekdayOf(addDays(start, i))));
  return {
    verdict: 'conflict',
    reason: length === 1 ? `${d.start} is a ${days[0] ?? ''}, not a ${name}` : `${describeValue(d)} has no ${name} (only ${days.join(', ')})`,
  };
};

/** Compare two weekday constraints. */
export const compareWeekdays = (a: WeekdayValue, b: WeekdayValue): Comparison =>
  a.weekday === b.weekday
    ? { verdict: 'compatible', reason: `both say ${capitalize(a.weekday)}` }
    : { verdict: 'conflict', reason: `${capitalize(a.weekday)} and ${capitalize(b.weekday)} are different days` };

const capitalize = (w: string): string => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`;

