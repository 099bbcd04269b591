/**
 * Normalized values in words for reports: "between $10.8 billion and
 * $12 billion", "2025-12-12 (day)", "closed list of 5: Australia, Israel, …".
 */
import type { EntityRef, QuantityValue, Value } from '../model/value.js';

const SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** A number in words a reader expects: 10800000000 → "10.8 billion". */
export const describeNumber = (n: number): string => {
  const abs = Math.abs(n);
  for (const [size, word] of SCALES) {
    if (abs >= size) return `${Number((n / size).toPrecision(4))} ${word}`;
  }
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(Number(n.toPrecision(6)));
};

const amount = (n: number, q: QuantityValue): string => {
  const sign = q.currency !== undefined ? CURRENCY_SIGNS[q.currency] : undefined;
  const body = describeNumber(n);
  const withCurrency = sign !== undefined ? `${sign}${body}` : q.currency !== undefined ? `${q.currency} ${body}` : body;
  return q.unit === '%' ? `${withCurrency}%` : withCurrency;
};

const unitSuffix = (q: QuantityValue): string => (q.unit !== undefined && q.unit !== '%' ? ` ${q.unit}` : '');

/** A quantity interval in words. */
export const describeQuantity = (q: QuantityValue): string => {
  const { low, high, lowInclusive, highInclusive } = q;
  let core: string;
  if (low !== null && high !== null && low === high) core = amount(low, q);
  else if (low !== null && high !== null) {
    core = `${lowInclusive ? 'from' : 'more than'} ${amount(low, q)} ${highInclusive ? 'to' : 'up to but not'} ${amount(high, q)}`;
  } else if (low !== null) core = `${lowInclusive ? 'at least' : 'more than'} ${amount(low, q)}`;
  else if (high !== null) core = `${highInclusive ? 'at most' : 'less than'} ${amount(high, q)}`;
  else core = 'any amount';
  return `${core}${unitSuffix(q)}`;
};

const entityName = (e: EntityRef): string => e.name;

/**
 * A value in words.
 *
 * @example
 * describeValue({ type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day' }); // '2025-12-12'
 */
export const describeValue = (value: Value): string => {
  switch (value.type) {
    case 'entity':
      return value.name;
    case 'entity-set': {
      const names = value.members.map(entityName).sort((a, b) => a.localeCompare(b)).join(', ');
      if (value.mode === 'count') return `${value.count ?? '?'} (count only)`;
      if (value.mode === 'closed') return `exactly ${value.members.length}: ${names}`;
      return `at least ${value.count ?? value.members.length}, including ${names}`;
    }
    case 'quantity':
      return describeQuantity(value);
    case 'date':
      return value.start === value.end ? value.start : `${value.start} to ${value.end} (${value.precision})`;
    case 'weekday':
      return `a ${value.weekday[0]?.toUpperCase()}${value.weekday.slice(1)} (date unknown)`;
    case 'boolean':
      return value.value ? 'yes' : 'no';
    case 'text':
      return value.text;
  }
};
