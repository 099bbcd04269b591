/**
 * Properties of the normalize stage checked against brute force or against
 * the definitions in docs/normalization.md, on generated inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateValueSchema, PartialDateValueSchema, QuantityValueSchema, WEEKDAYS, WeekdayValueSchema } from '../../src/model/value.js';
import type { DateValue, EntitySetValue, QuantityValue, Weekday } from '../../src/model/value.js';
import { COUNTRY_ENTRIES, createEntityResolver, parseDate, parseQuantity } from '../../src/normalize/index.js';
import { NEAR_AHEAD_DAYS } from '../../src/normalize/parse-date.js';
import { compareValues } from '../../src/values/index.js';

const RUNS = 200;

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const dayArb = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2100, 0, 1) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000));
const weekdayArb = fc.constantFrom(...WEEKDAYS);
const cap = (w: string): string => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`;

/** Half the rounding of a count whose trailing zeros go past two significant digits ("1,200": 50, "300": 5); 0 for an exact count ("50", "1,234"). */
const halfRounding = (x: number): number => {
  const digits = String(x);
  let zeros = 0;
  while (zeros < digits.length - 2 && digits[digits.length - 1 - zeros] === '0') zeros += 1;
  return zeros === 0 ? 0 : 10 ** zeros / 2;
};

describe('parseQuantity on generated amounts', () => {
  const amountArb = fc.integer({ min: 1, max: 999_999 });
  const deltaArb = fc.double({ min: 0, max: 0.9, noNaN: true });

  it('"nearly X" is [X(1−δ), X] and "about X" is [X(1−δ), X(1+δ)], both containing X', () => {
    fc.assert(
      fc.property(amountArb, deltaArb, (x, delta) => {
        const nearly = parseQuantity(`nearly ${x}`, { delta });
        const about = parseQuantity(`about ${x}`, { delta });
        if (!nearly.ok || !about.ok) throw new Error('refused');
        // values are rounded to 12 significant digits
        const close = (actual: number | null, expected: number) => expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(1e-10 * x);
        expect(nearly.value.high).toBe(x);
        // a round count ("1,200") is widened once, by its hedge or half its rounding, whichever is wider
        const half = halfRounding(x);
        close(nearly.value.low, Math.min(x * (1 - delta), x - half));
        close(about.value.low, Math.min(x * (1 - delta), x - half));
        close(about.value.high, Math.max(x * (1 + delta), x + half));
        for (const q of [nearly.value, about.value]) expect((q.low ?? -Infinity) <= x && x <= (q.high ?? Infinity)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('"more than X" excludes X, "at least X" and "X+" include it, neither has an upper end', () => {
    fc.assert(
      fc.property(amountArb, (x) => {
        const over = parseQuantity(`more than ${x}`);
        const least = parseQuantity(`at least ${x}`);
        const plus = parseQuantity(`${x}+`);
        if (!over.ok || !least.ok || !plus.ok) throw new Error('refused');
        expect([over.value.low, over.value.lowInclusive, over.value.high]).toEqual([x, false, null]);
        expect([least.value.low, least.value.lowInclusive, least.value.high]).toEqual([x, true, null]);
        expect(plus.value).toEqual({ ...least.value, raw: `${x}+` });
      }),
      { numRuns: RUNS },
    );
  });

  it('scales multiply, written out or as suffixes, with thousands separators', () => {
    const scales = [
      ['thousand', 1e3],
      ['k', 1e3],
      ['million', 1e6],
      ['mn', 1e6],
      ['billion', 1e9],
      ['bn', 1e9],
      ['trillion', 1e12],
    ] as const;
    fc.assert(
      fc.property(amountArb, fc.constantFrom(...scales), (x, [word, factor]) => {
        const grouped = x.toLocaleString('en-US');
        const glued = word.length <= 2 ? `$${grouped}${word}` : `$${grouped} ${word}`;
        const result = parseQuantity(glued);
        if (!result.ok) throw new Error(result.messages[0]?.message);
        expect(result.value.low).toBe(Number((x * factor).toPrecision(12)));
        expect(result.value.currency).toBe('USD');
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws, and every Right is a valid QuantityValue', () => {
    const piece = fc.constantFrom('nearly', 'about', 'more than', 'between', 'and', 'to', '-', '–', '$', '€', 'US$', '%', '+',
      'billion', 'bn', 'k', 'hundreds of', 'a dozen', 'twenty', '-six', 'a majority', 'countries', 'of', '12', '1,200', '3.5', ' ', '');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 8 }), (parts) => {
        const result = parseQuantity(parts.join(' '));
        if (result.ok) expect(QuantityValueSchema.safeParse(result.value).success).toBe(true);
        else expect(result.messages[0]?.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseDate on generated publication days', () => {
  it('a weekday is the latest such day on or before publication; "last" is strictly before, and also a week earlier when that is in the publication\'s own week', () => {
    fc.assert(
      fc.property(dayArb, weekdayArb, (pub, weekday) => {
        const plain = parseDate(cap(weekday), { publishedAt: pub });
        const last = parseDate(`last ${cap(weekday)}`, { publishedAt: pub });
        if (!plain.ok || !last.ok || plain.value.type !== 'date' || last.value.type !== 'date') throw new Error('refused');
        const backOf = (iso: string): number => {
          const day = new Date(`${iso}T00:00:00Z`);
          expect(WEEKDAYS[day.getUTCDay()]).toBe(weekday);
          return Math.round((Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate()) - day.getTime()) / 86_400_000);
        };
        expect(plain.value.precision).toBe('day');
        expect(backOf(plain.value.start)).toBeGreaterThanOrEqual(0);
        expect(backOf(plain.value.start)).toBeLessThanOrEqual(6);
        // Days the publication's week (Monday first) has run before it.
        const weekRun = (pub.getUTCDay() + 6) % 7;
        const nearest = backOf(last.value.end);
        expect(nearest).toBeGreaterThanOrEqual(1);
        expect(nearest).toBeLessThanOrEqual(7);
        if (nearest <= weekRun) {
          expect(last.value.precision).toBe('either');
          expect(backOf(last.value.start)).toBe(nearest + 7);
        } else {
          expect(last.value.precision).toBe('day');
          expect(last.value.start).toBe(last.value.end);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a month-day without a year is the latest such date on or before publication, unless one falls at most NEAR_AHEAD_DAYS after it', () => {
    const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), (pub, month, day) => {
        const result = parseDate(`${monthNames[month]} ${day}`, { publishedAt: iso(pub) });
        if (!result.ok || result.value.type !== 'date') throw new Error('refused');
        const year = pub.getUTCFullYear();
        const ahead = [Date.UTC(year, month, day), Date.UTC(year + 1, month, day)].find((t) => t > pub.getTime() && t - pub.getTime() <= NEAR_AHEAD_DAYS * 86_400_000);
        const sameYear = Date.UTC(year, month, day);
        const expected = ahead ?? (sameYear <= pub.getTime() ? sameYear : Date.UTC(year - 1, month, day));
        expect(result.value.start).toBe(iso(new Date(expected)));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on short text, and every Right validates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.option(dayArb, { nil: undefined }), (text, pub) => {
        const result = parseDate(text, pub === undefined ? {} : { publishedAt: pub });
        if (result.ok) {
          // a month-day without a year is a partial date on an undated page
          const schema = { date: DateValueSchema, weekday: WeekdayValueSchema, 'partial-date': PartialDateValueSchema }[result.value.type];
          expect(schema.safeParse(result.value).success).toBe(true);
          if (result.value.type === 'partial-date') expect(pub).toBeUndefined();
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('compareValues against brute force', () => {
  const boundArb = fc.integer({ min: 0, max: 20 });
  const intervalArb = fc
    .tuple(boundArb, boundArb, fc.boolean(), fc.boolean(), fc.boolean())
    .map(([x, y, li, hi, open]): QuantityValue => ({
      type: 'quantity',
      low: Math.min(x, y),
      high: open ? null : Math.max(x, y),
      lowInclusive: li || x === y,
      highInclusive: open ? false : hi || x === y,
    }));
  /** Whether some multiple of 1/4 lies in the interval (bounds are integers, so that decides overlap). */
  const contains = (q: QuantityValue, v: number): boolean =>
    (q.low === null || v > q.low || (v === q.low && q.lowInclusive)) && (q.high === null || v < q.high || (v === q.high && q.highInclusive));

  it('two quantities are compatible exactly when some number is in both, whatever the order', () => {
    fc.assert(
      fc.property(intervalArb, intervalArb, (a, b) => {
        let shared = false;
        for (let v = -1; v <= 25 && !shared; v += 0.25) shared = contains(a, v) && contains(b, v);
        const verdict = compareValues(a, b).verdict;
        expect(verdict).toBe(shared ? 'compatible' : 'conflict');
        expect(compareValues(b, a).verdict).toBe(verdict);
      }),
      { numRuns: 500 },
    );
  });

  it('a date interval and a weekday are compatible exactly when a day in the interval has that weekday', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 9 }), weekdayArb, (start, length, weekday) => {
        const end = new Date(start.getTime() + length * 86_400_000);
        const date: DateValue = { type: 'date', start: iso(start), end: iso(end), precision: 'day' };
        let has = false;
        for (let i = 0; i <= length; i += 1) has ||= WEEKDAYS[new Date(start.getTime() + i * 86_400_000).getUTCDay()] === weekday;
        const verdict = compareValues(date, { type: 'weekday', weekday: weekday as Weekday }).verdict;
        expect(verdict).toBe(has ? 'compatible' : 'conflict');
      }),
      { numRuns: RUNS },
    );
  });

  const universe = ['Singapore', 'Australia', 'Japan', 'South Korea', 'Israel', 'UAE', 'Netherlands', 'UK'];
  const membersArb = fc.subarray(universe, { minLength: 1 });
  const list = (mode: EntitySetValue['mode'], names: readonly string[]): EntitySetValue => ({
    type: 'entity-set',
    mode,
    members: names.map((name) => ({ name })),
  });

  it('closed vs closed is compatible exactly when the sets are equal; open vs closed when open ⊆ closed', () => {
    fc.assert(
      fc.property(membersArb, membersArb, (xs, ys) => {
        const equal = xs.length === ys.length && xs.every((x) => ys.includes(x));
        const subset = xs.every((x) => ys.includes(x));
        const closedVsClosed = compareValues(list('closed', xs), list('closed', ys));
        expect(closedVsClosed.verdict).toBe(equal ? 'compatible' : 'conflict');
        expect(compareValues(list('open', xs), list('closed', ys)).verdict).toBe(subset ? 'compatible' : 'conflict');
        expect(compareValues(list('closed', ys), list('open', xs)).verdict).toBe(subset ? 'compatible' : 'conflict');
        if (closedVsClosed.details?.kind === 'entity-set') {
          const onlyA = closedVsClosed.details.onlyInA.map((m) => m.name).sort();
          expect(onlyA).toEqual(xs.filter((x) => !ys.includes(x)).sort());
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a count fits an open list exactly when it is at least the number of members named', () => {
    fc.assert(
      fc.property(membersArb, fc.integer({ min: 0, max: 10 }), (xs, count) => {
        const verdict = compareValues({ type: 'entity-set', mode: 'count', members: [], count }, list('open', xs)).verdict;
        expect(verdict).toBe(count >= xs.length ? 'compatible' : 'conflict');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('country aliases', () => {
  const resolver = createEntityResolver();
  const names = COUNTRY_ENTRIES.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, e.id] as const)).filter(
    ([n]) => resolver.ambiguous.every((a) => a.key !== n.toLowerCase()),
  );

  it.each([
    ['upper case', (n: string) => n.toUpperCase()],
    ['lower case', (n: string) => n.toLowerCase()],
    ['with "the"', (n: string) => `the ${n}`],
    ['with dots after each letter of an abbreviation', (n: string) => (n.length <= 4 && n === n.toUpperCase() ? n.split('').join('.') + '.' : n)],
  ])('every country name and alias resolves %s', (_label, variant) => {
    for (const [name, id] of names) expect([name, resolver.resolve(variant(name))]).toEqual([name, id]);
  });
});
