/**
 * fast-check generators for the data model (claims, values, findings),
 * producing values the zod schemas accept.
 */
import fc from 'fast-check';
import type { Claim } from '../../src/model/claim.js';
import type { Finding, FindingClaim } from '../../src/model/finding.js';
import type { Span } from '../../src/model/span.js';
import type { Value } from '../../src/model/value.js';
import { WEEKDAYS } from '../../src/model/value.js';

/** An id the id schemas accept. */
export const idArb = fc
  .tuple(fc.constantFrom(...'abcxyz019'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789._:-'), maxLength: 12 }))
  .map(([first, rest]) => first + rest);

/** Any string (every code point, control characters included), or a plain one. */
export const anyTextArb = fc.oneof(fc.string({ unit: 'binary', maxLength: 24 }), fc.string({ maxLength: 24 }));
export const nonEmptyTextArb = anyTextArb.filter((s) => s.length > 0);

/** A speaker's or outlet's name as a claim file may write it: not only spaces (the loader refuses those). */
export const speakerNameArb = anyTextArb.filter((s) => /\S/u.test(s));

/**
 * A name no alias table knows (so the loader attaches no id): a marker
 * prefix, then anything.
 */
export const unknownNameArb = anyTextArb.map((s) => `Zq${s}`);

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
/** An object without the keys whose value is undefined (exactOptionalPropertyTypes). */
export const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const finiteArb = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }).map((n) => (Object.is(n, -0) ? 0 : n));

const isoDayArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const entityRefArb = fc.record({ name: unknownNameArb, id: optional(idArb) }).map(compact);

export const valueArb: fc.Arbitrary<Value> = fc.oneof(
  fc.record({ type: fc.constant('entity' as const), name: unknownNameArb, id: optional(idArb), raw: optional(anyTextArb) }).map(compact),
  fc
    .record({ mode: fc.constantFrom('closed' as const, 'open' as const), members: fc.array(entityRefArb, { maxLength: 5 }), extra: fc.nat({ max: 5 }), raw: optional(anyTextArb) })
    .map(({ mode, members, extra, raw }) =>
      compact({ type: 'entity-set' as const, mode, members, count: mode === 'open' ? members.length + extra : undefined, raw }),
    ),
  fc.record({ count: fc.nat({ max: 1000 }), raw: optional(anyTextArb) }).map(({ count, raw }) => compact({ type: 'entity-set' as const, mode: 'count' as const, members: [], count, raw })),
  fc
    .record({
      a: fc.option(finiteArb, { nil: null }),
      b: fc.option(finiteArb, { nil: null }),
      lowInclusive: fc.boolean(),
      highInclusive: fc.boolean(),
      unit: optional(nonEmptyTextArb),
      currency: optional(fc.constantFrom('USD', 'EUR', 'JPY', 'CNY')),
      raw: optional(anyTextArb),
    })
    .map(({ a, b, ...rest }) => {
      const [low, high] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      return compact({ type: 'quantity' as const, low, high, ...rest });
    }),
  fc
    .record({ a: isoDayArb, b: isoDayArb, precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const), raw: optional(anyTextArb) })
    .map(({ a, b, precision, raw }) => compact({ type: 'date' as const, start: a <= b ? a : b, end: a <= b ? b : a, precision, raw })),
  fc.record({ type: fc.constant('weekday' as const), weekday: fc.constantFrom(...WEEKDAYS), raw: optional(anyTextArb) }).map(compact),
  fc.record({ type: fc.constant('boolean' as const), value: fc.boolean(), raw: optional(anyTextArb) }).map(compact),
  fc.record({ type: fc.constant('text' as const), text: anyTextArb, raw: optional(anyTextArb) }).map(compact),
) as fc.Arbitrary<Value>;

export const spanArb: fc.Arbitrary<Span> = fc
  .record({ sourceId: idArb, exact: nonEmptyTextArb, prefix: anyTextArb, suffix: anyTextArb, start: fc.nat({ max: 1e7 }) })
  .map(({ sourceId, exact, prefix, suffix, start }) => ({
    sourceId,
    quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
    position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  })) as fc.Arbitrary<Span>;

export const claimArb: fc.Arbitrary<Claim> = fc
  .record({
    id: idArb,
    subject: entityRefArb,
    predicate: idArb,
    value: valueArb,
    qualifiers: optional(
      fc
        .record({
          time: optional(valueArb.filter((v) => v.type === 'date' || v.type === 'weekday')),
          place: optional(anyTextArb),
          context: optional(anyTextArb),
        })
        .map(compact),
    ),
    attribution: optional(
      fc.record({ speaker: speakerNameArb, role: optional(anyTextArb), outlet: optional(speakerNameArb) }).map(compact),
    ),
    polarity: fc.constantFrom('affirmative' as const, 'negative' as const),
    hedge: fc.constantFrom('asserted' as const, 'reported' as const, 'expected' as const, 'hedged' as const, 'claimed' as const),
    evidence: fc.array(spanArb, { minLength: 1, maxLength: 3 }),
    note: optional(anyTextArb),
  })
  .map(compact) as fc.Arbitrary<Claim>;

const findingClaimArb: fc.Arbitrary<FindingClaim> = fc.record({ claimId: idArb, sourceId: idArb, span: spanArb, value: valueArb }) as fc.Arbitrary<FindingClaim>;

/**
 * JSON data as rules put in `data`. Keys may be anything but `__proto__`:
 * zod's record parsing drops that key (it never sets a prototype), a
 * documented limit (docs/limits.md) tested in test/hardening.
 */
const jsonArb = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

export const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    id: idArb,
    source: fc.constant('reconcile' as const),
    code: fc.constant('finding' as const),
    ruleId: idArb,
    kind: anyTextArb,
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    message: anyTextArb,
    key: optional(fc.record({ subject: anyTextArb, predicate: idArb })),
    disagreement: anyTextArb,
    sides: fc.array(
      fc.record({
        label: anyTextArb,
        claims: fc.array(findingClaimArb, { maxLength: 3 }),
        sources: fc.array(idArb, { maxLength: 3 }),
        sourceGroups: fc.array(fc.array(idArb, { maxLength: 3 }), { maxLength: 3 }),
        support: fc.nat({ max: 9 }),
      }),
      { maxLength: 3 },
    ),
    related: fc.array(
      fc.record({ message: anyTextArb, sourceId: optional(idArb), claimId: optional(idArb), span: optional(spanArb), ruleId: optional(idArb) }).map(compact),
      { maxLength: 2 },
    ),
    sourceGroups: optional(fc.array(fc.array(idArb, { maxLength: 3 }), { maxLength: 3 })),
    discrepancy: optional(
      fc.record({ grade: fc.constantFrom('minor' as const, 'substantial' as const, 'magnitude' as const), score: fc.double({ min: 0, max: 2.999, noNaN: true }), label: anyTextArb }),
    ),
    disputed: fc.array(fc.array(anyTextArb, { maxLength: 3 }), { maxLength: 3 }),
    fingerprint: fc.string({ maxLength: 12 }),
    data: optional(fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('constructor', 'toString', 'hasOwnProperty')).filter((k) => k !== '__proto__'), jsonArb, { maxKeys: 4 })),
  })
  .map(compact) as fc.Arbitrary<Finding>;
