/**
 * `compareValues`: one verdict for any two values, whatever their types.
 */
import type { Value } from '../model/value.js';
import type { Comparison, CompareOptions } from './comparison.js';
import { compareDateIntervals, compareDateWithWeekday, compareWeekdays } from './compare-dates.js';
import { compareEntitySets, compareEntityValues, compareEntityWithSet, compareQuantityWithSet } from './compare-entities.js';
import { compareQuantities } from './compare-quantities.js';
import { describeValue } from './describe-value.js';
import { nameKey } from './name-key.js';

const KIND_NAMES: Readonly<Record<Value['type'], string>> = {
  entity: 'an entity',
  'entity-set': 'a list of entities',
  quantity: 'a quantity',
  date: 'a date',
  weekday: 'a weekday',
  boolean: 'a yes/no value',
  text: 'free text',
};

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
 * `details` name them in the order given).
 *
 * @example
 * compareValues(
 *   { type: 'quantity', low: 12e9, high: 12e9, lowInclusive: true, highInclusive: true, currency: 'USD', raw: '$12 billion' },
 *   { type: 'quantity', low: 120e9, high: 120e9, lowInclusive: true, highInclusive: true, currency: 'USD', raw: '$120 billion' },
 * )
 * // { verdict: 'conflict', reason: '"$12 billion" (12 billion USD) and "$120 billion" (120 billion USD) do not overlap' }
 */
export const compareValues = (a: Value, b: Value, options: CompareOptions = {}): Comparison => {
  switch (a.type) {
    case 'quantity':
      if (b.type === 'quantity') return compareQuantities(a, b);
      if (b.type === 'entity-set') return compareQuantityWithSet(a, b, options, true);
      break;
    case 'date':
      if (b.type === 'date') return compareDateIntervals(a, b);
      if (b.type === 'weekday') return compareDateWithWeekday(a, b);
      break;
    case 'weekday':
      if (b.type === 'weekday') return compareWeekdays(a, b);
      if (b.type === 'date') return compareDateWithWeekday(b, a);
      break;
    case 'entity':
      if (b.type === 'entity') return compareEntityValues(a, b, options);
      if (b.type === 'entity-set') return compareEntityWithSet(a, b, options, true);
      break;
    case 'entity-set':
      if (b.type === 'entity-set') return compareEntitySets(a, b, options);
      if (b.type === 'entity') return compareEntityWithSet(b, a, options, false);
      if (b.type === 'quantity') return compareQuantityWithSet(b, a, options, false);
      break;
    case 'boolean':
      if (b.type === 'boolean') {
        return a.value === b.value
          ? { verdict: 'compatible', reason: `both say ${a.value ? 'yes' : 'no'}` }
          : { verdict: 'conflict', reason: `${describeValue(a)} and ${describeValue(b)} contradict each other` };
      }
      break;
    case 'text':
      if (b.type === 'text') {
        return nameKey(a.text) === nameKey(b.text)
          ? { verdict: 'compatible', reason: 'both give the same text' }
          : { verdict: 'unknown', reason: `free text cannot be compared automatically: ${describeValue(a)} vs ${describeValue(b)}` };
      }
      return { verdict: 'unknown', reason: `free text cannot be compared with ${KIND_NAMES[b.type]}` };
  }
  if (b.type === 'text') return { verdict: 'unknown', reason: `${KIND_NAMES[a.type]} cannot be compared with free text` };
  return {
    verdict: 'different-measure',
    reason: `${describeValue(a)} is ${KIND_NAMES[a.type]} and ${describeValue(b)} is ${KIND_NAMES[b.type]}: they do not measure the same thing`,
  };
};
