/**
 * Short human-readable descriptions of values for the reasons comparisons
 * give. A value's own words (`raw`) are preferred when it has them.
 */
import type { DateValue, QuantityValue, Value } from '../model/value.js';

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 12000000000 → "12 billion", 10800000000 → "10.8 billion", 1200 → "1,200". */
export const formatNumber = (x: number): string => {
  const abs = Math.abs(x);
  for (const [scale, word] of SCALES) {
    if (abs >= scale) return `${trim(x / scale)} ${word}`;
  }
  return Number.isInteger(x) ? groupThousands(x) : trim(x);
};

const trim = (x: number): string => String(Number(x.toPrecision(6)));

const groupThousands = (x: number): string => {
  const digits = String(Math.abs(x));
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return x < 0 ? `-${out}` : out;
};

/** A quantity's interval in words: "12 billion USD", "[10.8 billion, 12 billion] USD", "more than 50 countries". */
export const describeQuantity = (q: QuantityValue): string => {
  const suffix = [q.currency, q.unit].filter((s) => s !== undefined && s.length > 0).join(' ');
  const tail = suffix.length === 0 ? '' : suffix.startsWith('%') ? suffix : ` ${suffix}`;
  if (q.low !== null && q.high !== null && q.low === q.high) return `${formatNumber(q.low)}${tail}`;
  if (q.low !== null && q.high === null) return `${q.lowInclusive ? 'at least' : 'more than'} ${formatNumber(q.low)}${tail}`;
  if (q.low === null && q.high !== null) return `${q.highInclusive ? 'at most' : 'less than'} ${formatNumber(q.high)}${tail}`;
  if (q.low === null || q.high === null) return `any amount${tail}`;
  return `${q.lowInclusive ? '[' : '('}${formatNumber(q.low)}, ${formatNumber(q.high)}${q.highInclusive ? ']' : ')'}${tail}`;
};

/** A date interval: "2025-12-12", "2025-12 (2025-12-01..2025-12-31)". */
export const describeDate = (d: DateValue): string => (d.start === d.end ? d.start : `${d.start}..${d.end}`);

/**
 * A value in words, quoting the source's words when it has them:
 * `"nearly $12 billion" ([10.8 billion, 12 billion] USD)`.
 */
export const describeValue = (v: Value): string => {
  const normalized = describeNormalizedValue(v);
  if (v.raw !== undefined && v.raw.length > 0) {
    const raw = v.raw.length > 60 ? `${v.raw.slice(0, 60)}…` : v.raw;
    return normalized === raw ? `"${raw}"` : `"${raw}" (${normalized})`;
  }
  return normalized;
};

/**
 * The normalized value alone, without the source's words: for reports that
 * show the quote beside it.
 *
 * @example
 * describeNormalizedValue({ type: 'entity-set', mode: 'closed', members: [{ name: 'Japan' }, { name: 'Israel' }] })
 * // 'the complete list {Japan, Israel}'
 */
export const describeNormalizedValue = (v: Value): string => {
  switch (v.type) {
    case 'quantity':
      return describeQuantity(v);
    case 'date':
      return describeDate(v);
    case 'weekday':
      return `a ${v.weekday[0]?.toUpperCase() ?? ''}${v.weekday.slice(1)}`;
    case 'entity':
      return v.id !== undefined ? `${v.name} (${v.id})` : v.name;
    case 'entity-set': {
      const names = v.members.map((m) => m.name).join(', ');
      if (v.mode === 'count') return `a count of ${v.count ?? '?'} members`;
      if (v.mode === 'open') return `the partial list {${names}, …}${v.count !== undefined ? ` (${v.count} in all)` : ''}`;
      return `the complete list {${names}}`;
    }
    case 'boolean':
      return v.value ? 'true' : 'false';
    case 'text':
      return `"${v.text}"`;
  }
};
