/**
 * A group's claims read field by field (`columns/group-rows.ts`) and
 * `ClaimGroup.claims` made on first read from grouping's columns
 * (`claim-groups.ts`): the same fields, in the same order, as the records;
 * the records made once per group; what JSON, `Object.keys` and a spread
 * copy of a group see unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/model/claim.js';
import { type ClaimId, type EntityId, type PredicateId, type SourceId } from '../../../src/model/ids.js';
import type { Span } from '../../../src/model/span.js';
import type { Value } from '../../../src/model/value.js';
import { createEntityResolver } from '../../../src/normalize/entity-resolver.js';
import { type ClaimGroup, groupClaims, groupSizeOf } from '../../../src/reconcile/claim-groups.js';
import { type GroupRows, groupRows } from '../../../src/reconcile/columns/group-rows.js';
import { valueKinds, type ValueKinds } from '../../../src/values/registry.js';
import type { AnyValue } from '../../../src/values/value-kind.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';

const values = valueKinds as unknown as ValueKinds<AnyValue>;

const span = (source: string): Span => ({
  sourceId: source as SourceId,
  quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 5 },
});

const claim = (id: string, subject: string, source: string, value: Value, extra: Partial<Claim> = {}): Claim => ({
  id: id as ClaimId,
  subject: { name: subject },
  predicate: 'p' as PredicateId,
  value,
  polarity: 'affirmative',
  hedge: 'asserted',
  evidence: [span(source)] as unknown as Claim['evidence'],
  ...extra,
});

const placement = { sourceGroup: (s: SourceId) => (s === 'b' ? ('a' as SourceId) : s), witness: (_c: Claim, group: SourceId) => `group:${group}` };
const resolver = () => createEntityResolver({ entities: [{ id: 'org:acme' as EntityId, name: 'Acme Corp', kind: 'company', aliases: ['Acme', 'ACME Inc.'] }] });

/** Every field rows give, claim by claim. */
const rowFields = (rows: GroupRows): unknown[] =>
  Array.from({ length: rows.size }, (_, k) => [rows.sourceId(k), rows.value(k), rows.subject(k), rows.subjectName(k), rows.claim(k).claimId]);
/** The same fields, from the records. */
const claimFields = (group: ClaimGroup): unknown[] => group.claims.map((c) => [c.sourceId, c.value, c.subject, c.subjectName, c.claimId]);

const number = (n: number): Value => ({ type: 'quantity', value: n, unit: 'people' }) as unknown as Value;

describe('groupRows: a group’s claims field by field', () => {
  it.each([
    { name: 'no claims', claims: [] },
    { name: 'one claim', claims: [claim('c0', 'Acme', 'a', number(3))] },
    {
      name: 'claims out of id order, aliases of one subject, sources of one group',
      claims: [
        claim('c5', 'Acme', 'a', number(3)),
        claim('c1', 'ACME Inc.', 'b', number(4)),
        claim('c3', 'Zeta', 'c', number(4), { polarity: 'negative' }),
        claim('c0', 'Acme Corp', 'c', { type: 'entity', name: 'Acme' } as Value),
        claim('c2', 'Zeta', 'a', number(5), { qualifiers: { place: 'Oslo' } }),
      ],
    },
  ])('$name: the fields of the records, in their order, for a group grouping made and for a plain one', ({ claims }) => {
    const groups = groupClaims(claims, resolver(), values, placement);
    const fromColumns = groups.map((g) => rowFields(groupRows(g)));
    const plain = groups.map((g): ClaimGroup => ({ key: g.key, subject: g.subject, subjectName: g.subjectName, predicate: g.predicate, claims: g.claims }));
    expect(fromColumns).toEqual(groups.map(claimFields));
    expect(plain.map((g) => rowFields(groupRows(g)))).toEqual(groups.map(claimFields));
    expect(groups.map(groupSizeOf)).toEqual(groups.map((g) => g.claims.length));
  });

  it('the same fields on a synthetic corpus of 2,000 claims', () => {
    const corpus = syntheticCorpus(2000, 7);
    const groups = groupClaims(corpus.claims, resolver(), values, placement);
    expect(groups.map((g) => rowFields(groupRows(g)))).toEqual(groups.map(claimFields));
  });
});

describe('ClaimGroup.claims: made on first read', () => {
  const claims = [claim('c1', 'Acme', 'a', number(3)), claim('c0', 'Acme', 'b', number(4)), claim('c2', 'Zeta', 'c', number(5))];
  // (Groups sort by key: `name:zeta|p` before `org:acme|p`.)
  const acme = (groups: readonly ClaimGroup[]): ClaimGroup | undefined => groups.find((g) => g.subject === 'org:acme');

  it('made once: the same array and records on every read', () => {
    const group = acme(groupClaims(claims, resolver(), values, placement));
    const first = group?.claims;
    expect(group?.claims).toBe(first);
    expect(first?.map((c) => c.claimId)).toEqual(['c0', 'c1']);
  });

  it('reading the columns makes no records: sizes and rows first, the records after are the same', () => {
    const groups = groupClaims(claims, resolver(), values, placement);
    const sizes = groups.map(groupSizeOf);
    const rows = groups.map((g) => rowFields(groupRows(g)));
    expect(sizes).toEqual([1, 2]);
    expect(rows).toEqual(groups.map(claimFields));
  });

  it('JSON, Object.keys and a spread copy see the five fields, claims among them, in their order', () => {
    const group = acme(groupClaims(claims, resolver(), values, placement));
    if (group === undefined) throw new Error('no group');
    expect(Object.keys(group)).toEqual(['key', 'subject', 'subjectName', 'predicate', 'claims']);
    const json = JSON.parse(JSON.stringify(group)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['key', 'subject', 'subjectName', 'predicate', 'claims']);
    expect((json.claims as { claimId: string }[]).map((c) => c.claimId)).toEqual(['c0', 'c1']);
    const copy = { ...group };
    expect(copy.claims).toBe(group.claims);
    expect(group).toEqual({ key: group.key, subject: group.subject, subjectName: group.subjectName, predicate: group.predicate, claims: group.claims });
  });

  it('a frozen group still gives its claims', () => {
    const group = acme(groupClaims(claims, resolver(), values, placement));
    if (group === undefined) throw new Error('no group');
    Object.freeze(group);
    expect(group.claims.map((c) => c.claimId)).toEqual(['c0', 'c1']);
  });
});
