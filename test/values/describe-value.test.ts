import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model/value.js';
import { describeValue } from '../../src/values/index.js';

// One value per row, in every style: normalized, quoted, message, export.
const rows: readonly (readonly [Value, string, string, string, string])[] = [
  [{ type: 'entity', name: 'MP Materials' }, 'MP Materials', 'MP Materials', 'MP Materials', 'MP Materials'],
  [{ type: 'entity', name: 'UK', id: 'country:GB' as never }, 'UK (country:GB)', 'UK (country:GB)', 'UK', 'UK'],
  [
    { type: 'entity-set', mode: 'closed', members: [{ name: 'Japan' }, { name: 'Israel' }] },
    'the complete list {Japan, Israel}',
    'the complete list {Japan, Israel}',
    'Japan and Israel',
    'Japan and Israel (complete list)',
  ],
  [
    { type: 'entity-set', mode: 'open', members: [{ name: 'UAE' }], count: 9 },
    'the partial list {UAE, …} (9 in all)',
    'the partial list {UAE, …} (9 in all)',
    'UAE among others (of nine)',
    'UAE (among others, 9 in all)',
  ],
  [{ type: 'entity-set', mode: 'count', members: [], count: 5 }, 'a count of 5 members', 'a count of 5 members', 'five members', '5 members'],
  [
    { type: 'quantity', low: 11e9, high: 12e9, lowInclusive: true, highInclusive: false, currency: 'USD', raw: 'nearly $12 billion' },
    '[11 billion, 12 billion) USD',
    '"nearly $12 billion" ([11 billion, 12 billion) USD)',
    'nearly $12 billion',
    '[USD 11,000,000,000, 12,000,000,000) ("nearly $12 billion")',
  ],
  [
    { type: 'quantity', low: 50, high: null, lowInclusive: false, highInclusive: false, unit: 'countries' },
    'more than 50 countries',
    'more than 50 countries',
    'more than 50 countries',
    'more than 50 countries',
  ],
  [{ type: 'quantity', low: 1234.5, high: 1234.5, lowInclusive: true, highInclusive: true, currency: 'EUR' }, '1234.5 EUR', '1234.5 EUR', '€1234.5', 'EUR 1,234.5'],
  [{ type: 'quantity', low: 54, high: 55, lowInclusive: true, highInclusive: true, unit: '%' }, '[54, 55]%', '[54, 55]%', '54–55 %', '[54, 55] %'],
  [
    { type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day', raw: 'Dec 12, 2025' },
    '2025-12-12',
    '"Dec 12, 2025" (2025-12-12)',
    '2025-12-12',
    '2025-12-12 ("Dec 12, 2025")',
  ],
  [{ type: 'date', start: '2025-12-01', end: '2025-12-31', precision: 'month' }, '2025-12-01..2025-12-31', '2025-12-01..2025-12-31', '2025-12-01..2025-12-31', '2025-12-01/2025-12-31'],
  [{ type: 'weekday', weekday: 'friday', raw: 'on Friday' }, 'a Friday', '"on Friday" (a Friday)', 'on Friday', 'Friday ("on Friday")'],
  [{ type: 'weekday', weekday: 'friday' }, 'a Friday', 'a Friday', 'friday', 'Friday'],
  [{ type: 'boolean', value: false }, 'false', 'false', 'no', 'false'],
  [{ type: 'text', text: 'a strategic response' }, '"a strategic response"', '"a strategic response"', '“a strategic response”', 'a strategic response'],
];

describe('describeValue: one value in every style', () => {
  it.each(rows)('%j', (value, normalized, quoted, message, exported) => {
    expect(describeValue(value, 'normalized')).toBe(normalized);
    expect(describeValue(value, 'quoted')).toBe(quoted);
    expect(describeValue(value)).toBe(quoted);
    expect(describeValue(value, 'message')).toBe(message);
    expect(describeValue(value, 'export')).toBe(exported);
  });

  it('cuts long source words in the quoted style', () => {
    const raw = 'x'.repeat(80);
    expect(describeValue({ type: 'text', text: 'y', raw }, 'quoted')).toBe(`"${'x'.repeat(60)}…" ("y")`);
  });
});
