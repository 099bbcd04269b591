/**
 * A claim's event date: when what it states happened, as the claim dates it
 * — its value (date, weekday or partial-date predicates) or its `time`
 * qualifier — and that date as one day when it is exactly one.
 */
import type { DateValue, PartialDateValue, Value, WeekdayValue } from '../../model/value.js';
import type { GroupClaim } from '../claim-groups.js';

/** The claim's event date: its value when it is a date, a weekday or a partial date, else its time qualifier. */
export const eventDate = (c: GroupClaim): DateValue | WeekdayValue | PartialDateValue | undefined => {
  const v: Value = c.value;
  if (v.type === 'date' || v.type === 'weekday' || v.type === 'partial-date') return v;
  return c.qualifiers?.time;
};

/** The claim's event date as a day (`YYYY-MM-DD`) when it is one exact day, else `undefined`. */
export const dayOf = (c: GroupClaim): string | undefined => {
  const d = eventDate(c);
  return d?.type === 'date' && d.precision === 'day' && d.start === d.end ? d.start : undefined;
};
