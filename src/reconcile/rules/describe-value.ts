/**
 * A value in words for messages: the source's own wording when the value
 * kept it (`raw`), else a rendering of the normalized value.
 */
import type { Value } from '../../model/value.js';
import { joinWords, numberWord } from './words.js';

const SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 12000000000 → "12 billion"; 1500 → "1,500". */
const amount = (n: number): string => {
  for (const [size, word] of SCALES) {
    if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(4)).toLocaleString('en-US')} ${word}`;
  }
  return n.toLocaleString('en-US');
};

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

const money = (n: number, currency: string | undefined): string =>
  currency === undefined ? amount(n) : CURRENCY_SIGNS[currency] !== undefined ? `${CURRENCY_SIGNS[currency]}${amount(n)}` : `${currency} ${amount(n)}`;

/**
 * Render a value.
 *
 * @example
 * describeValue({ type: 'entity-set', mode: 'closed', members: [{ name: 'Japan' }, { name: 'Israel' }] }) // 'Japan and Israel'
 */
export const describeValue = (value: Value): string => {
  switch (value.type) {
    case 'entity':
      return value.name;
    case 'entity-set': {
      const names = value.members.map((m) => m.name);
      if (value.mode === 'closed') return joinWords(names);
      if (value.mode === 'count') return `${numberWord(value.count ?? 0)} members`;
      const total = value.count !== undefined ? ` (of ${numberWord(value.count)})` : '';
      return `${joinWords(names)} among others${total}`;
    }
    case 'quantity': {
      if (value.raw !== undefined) return value.raw;
      const { low, high, currency } = value;
      const range =
        low !== null && high !== null
          ? low === high
            ? money(low, currency)
            : `${money(low, currency)}–${money(high, currency)}`
          : low !== null
            ? `${value.lowInclusive ? 'at least' : 'more than'} ${money(low, currency)}`
            : high !== null
              ? `${value.highInclusive ? 'at most' : 'less than'} ${money(high, currency)}`
              : 'any amount';
      return value.unit !== undefined ? `${range} ${value.unit}` : range;
    }
    case 'date':
      return value.start === value.end ? value.start : `${value.start}..${value.end}`;
    case 'weekday':
      return value.raw ?? value.weekday;
    case 'boolean':
      return value.value ? 'yes' : 'no';
    case 'text':
      return `“${value.text}”`;
  }
};
