/**
 * Normalization is idempotent: whatever claimtrace normalizes (source texts,
 * matching forms, name keys, entity names) comes out the same when
 * normalized again, so stored offsets and hashes never drift.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, foldString, foldText, normalizeText } from '../../src/ingest/index.js';
import { DateValueSchema, QuantityValueSchema, WeekdayValueSchema } from '../../src/model/value.js';
import { createEntityResolver, nameKey, parseDate, parseQuantity } from '../../src/normalize/index.js';
import { textArb } from './arbitraries.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Raw captured text: anything, with the things normalization handles made common. */
const rawTextArb = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('\uFEFF', '\r\n', '\r', '\n', 'e\u0301', '\u212B', '\u1E9B\u0323', '\u00a0', '\u200b', '\u2026', '\u00ad'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('normalizeText', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(rawTextArb, (raw) => {
        const once = normalizeText(raw);
        expect(normalizeText(once)).toBe(once);
        expect(contentHash(normalizeText(once))).toBe(contentHash(once));
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves no carriage return and is NFC', () => {
    fc.assert(
      fc.property(rawTextArb, (raw) => {
        const once = normalizeText(raw);
        expect(once.includes('\r')).toBe(false);
        expect(once.normalize('NFC')).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('folding for matching', () => {
  it('is idempotent, and foldString is foldText without the map', () => {
    fc.assert(
      fc.property(rawTextArb.map(normalizeText), (text) => {
        const folded = foldString(text);
        expect(foldString(folded)).toBe(folded);
        expect(foldText(text).folded).toBe(folded);
      }),
      { numRuns: RUNS },
    );
  });

  it('maps every folded offset back into the text, in order', () => {
    fc.assert(
      fc.property(textArb(), (text) => {
        const f = foldText(text);
        let previous = 0;
        for (let i = 0; i <= f.folded.length; i += 1) {
          const at = f.toOriginal(i);
          expect(at).toBeGreaterThanOrEqual(previous);
          expect(at).toBeLessThanOrEqual(text.length);
          expect(f.toOriginalEnd(i)).toBeLessThanOrEqual(text.length);
          previous = at;
          if (i < f.folded.length) {
            // The folded unit comes from the original characters it maps back to.
            expect(foldString(text.slice(at, f.toOriginalEnd(i + 1))).includes(f.folded.charAt(i))).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('name keys', () => {
  const nameArb = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc
      .array(fc.constantFrom('The', 'the', 'U.K.', 'Côte', "d'Ivoire", 'ﬀ', 'İstanbul', 'ß', '&', 'MP', 'Materials', '  ', '-', 'Ⅻ', '①'), {
        maxLength: 6,
      })
      .map((w) => w.join(' ')),
  );

  it('nameKey is idempotent', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        const key = nameKey(name);
        expect(nameKey(key)).toBe(key);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('entity resolution', () => {
  const resolver = createEntityResolver({
    entities: [
      { id: 'pax-silica' as never, name: 'Pax Silica Declaration', kind: 'agreement', aliases: ['Pax Silica', 'the Pax Silica agreement'] },
      { id: 'mp-materials' as never, name: 'MP Materials', kind: 'company', aliases: ['MP Materials Corp.'] },
    ],
  });
  const known = ['Pax Silica', 'the Pax Silica agreement', 'MP Materials Corp.', 'U.K.', 'Britain', 'United Kingdom', 'UAE', 'South Korea', 'Republic of Korea', 'Japan', 'the Netherlands', 'China', 'United States'];

  it('the canonical name of a resolved name resolves to the same id', () => {
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.constantFrom('', ' ', '  '), fc.boolean(), (name, pad, upper) => {
        const written = `${pad}${upper ? name.toUpperCase() : name}${pad}`;
        const id = resolver.resolve(written);
        expect(id).toBeDefined();
        if (id === undefined) return;
        const canonical = resolver.canonicalName(id);
        expect(canonical).toBeDefined();
        expect(resolver.resolve(canonical ?? '')).toBe(id);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('value parsers on any input', () => {
  const phraseArb = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc
      .array(
        fc.constantFrom('nearly', 'about', 'more than', 'at least', 'up to', 'between', 'and', '$', '€', '12', '1,234.5', '0', '-3', '1e308', 'billion', 'hundreds of', '%', '–', '-', 'Friday', 'Dec 12, 2025', 'February 30', 'last week', 'today', '2025-12-12', '9999', ' '),
        { maxLength: 8 },
      )
      .map((w) => w.join(' ')),
  );

  it('parseQuantity never throws, and what it returns is a valid quantity', () => {
    fc.assert(
      fc.property(phraseArb, (text) => {
        const r = parseQuantity(text);
        if (r.ok) {
          expect(QuantityValueSchema.safeParse(r.value).success).toBe(true);
          expect([r.value.low, r.value.high].every((n) => n === null || Number.isFinite(n))).toBe(true);
        } else expect(r.messages[0]?.message.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('parseDate never throws, and what it returns is a valid date or weekday', () => {
    fc.assert(
      fc.property(phraseArb, fc.constantFrom(undefined, '2025-12-12', '2026-02-04'), (text, publishedAt) => {
        const r = parseDate(text, publishedAt === undefined ? {} : { publishedAt });
        if (r.ok) expect(DateValueSchema.safeParse(r.value).success || WeekdayValueSchema.safeParse(r.value).success).toBe(true);
        else expect(r.messages[0]?.message.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
