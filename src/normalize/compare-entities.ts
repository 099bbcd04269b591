/**
 * Entities compare by canonical id; entity sets compare with the logic of
 * their modes:
 * - closed vs closed → symmetric difference;
 * - open vs closed → the members of the open list that the closed one lacks
 *   (and a stated total against the closed list's size);
 * - count vs anything → cardinality, where an open list only gives a lower
 *   bound (unless it states its total);
 * - open vs open → only stated totals can disagree.
 */
import type { EntityRef, EntitySetValue, EntityValue, QuantityValue } from '../model/value.js';
import type { SetCardinality, Comparison, CompareOptions, SetComparisonDetails } from './comparison.js';
import { cardinalityBounds, intervalsOverlap } from './compare-quantities.js';
import { describeValue } from './describe-value.js';
import { nameKey } from './name-key.js';
import { detectNearDuplicate } from './near-duplicate.js';

/** The key two entity refs share when they denote one entity. */
export const memberKey = (ref: EntityRef, options: CompareOptions): string => {
  if (ref.id !== undefined) return `id:${ref.id}`;
  const resolved = options.resolver?.resolve(ref.name);
  return resolved !== undefined ? `id:${resolved}` : `name:${nameKey(ref.name)}`;
};

const idOf = (ref: EntityRef, options: CompareOptions): string | undefined => ref.id ?? options.resolver?.resolve(ref.name);

/** Compare two entities. */
export const compareEntityValues = (a: EntityValue, b: EntityValue, options: CompareOptions): Comparison => {
  const idA = idOf(a, options);
  const idB = idOf(b, options);
  const ids = { ...(idA !== undefined ? { idA } : {}), ...(idB !== undefined ? { idB } : {}) };
  if (memberKey(a, options) === memberKey(b, options)) {
    return {
      verdict: 'compatible',
      reason: idA !== undefined ? `"${a.name}" and "${b.name}" are both ${idA}` : `"${a.name}" and "${b.name}" are the same name`,
      details: { kind: 'entity', ...ids },
    };
  }
  if (idA !== undefined && idB !== undefined) {
    return {
      verdict: 'conflict',
      reason: `"${a.name}" (${idA}) and "${b.name}" (${idB}) are different entities`,
      details: { kind: 'entity', ...ids },
    };
  }
  const resolve = (name: string) => options.resolver?.resolve(name);
  const near = options.resolver?.nearDuplicate(a.name, b.name) ?? detectNearDuplicate(a.name, b.name, resolve);
  return {
    verdict: 'conflict',
    reason: near.similar
      ? `"${a.name}" and "${b.name}" differ, but are probably one entity written two ways (${near.relation}, similarity ${near.score})`
      : `"${a.name}" and "${b.name}" are different names`,
    details: { kind: 'entity', ...ids, nearDuplicate: near },
  };
};

/** The cardinality a set value states. */
export const cardinalityOf = (v: EntitySetValue, options: CompareOptions): SetCardinality => {
  const n = distinct(v.members, options).length;
  if (v.mode === 'closed') return { low: n, high: n };
  if (v.count !== undefined) return { low: v.count, high: v.count };
  return { low: n, high: null };
};

const distinct = (members: readonly EntityRef[], options: CompareOptions): EntityRef[] => {
  const seen = new Set<string>();
  const out: EntityRef[] = [];
  for (const m of members) {
    const key = memberKey(m, options);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
};

const missingFrom = (from: readonly EntityRef[], other: readonly EntityRef[], options: CompareOptions): EntityRef[] => {
  const keys = new Set(other.map((m) => memberKey(m, options)));
  return distinct(from, options).filter((m) => !keys.has(memberKey(m, options)));
};

const toRef = (e: EntityRef): EntityRef => (e.id !== undefined ? { name: e.name, id: e.id } : { name: e.name });

const names = (refs: readonly EntityRef[]): string => refs.map((r) => r.name).join(', ');

const describeCardinality = (c: SetCardinality): string =>
  c.high === null ? `at least ${c.low}` : c.low === c.high ? `${c.low}` : `${c.low}–${c.high}`;

/** Compare two entity sets. */
export const compareEntitySets = (a: EntitySetValue, b: EntitySetValue, options: CompareOptions): Comparison => {
  const ca = cardinalityOf(a, options);
  const cb = cardinalityOf(b, options);
  const details = (logic: SetComparisonDetails['logic'], onlyInA: EntityRef[], onlyInB: EntityRef[]): SetComparisonDetails => ({
    kind: 'entity-set',
    logic,
    onlyInA,
    onlyInB,
    cardinalityA: ca,
    cardinalityB: cb,
  });
  const cardinalityVerdict = (logic: SetComparisonDetails['logic'], onlyInA: EntityRef[] = [], onlyInB: EntityRef[] = []): Comparison =>
    intervalsOverlap(cardinalityBounds(ca), cardinalityBounds(cb))
      ? {
          verdict: 'compatible',
          reason: `${describeCardinality(ca)} and ${describeCardinality(cb)} members can both be right`,
          details: details(logic, onlyInA, onlyInB),
        }
      : {
          verdict: 'conflict',
          reason: `${describeValue(a)} and ${describeValue(b)} cannot both be right: ${describeCardinality(ca)} vs ${describeCardinality(cb)} members`,
          details: details(logic, onlyInA, onlyInB),
        };

  if (a.mode === 'count' || b.mode === 'count') return cardinalityVerdict('cardinality');

  if (a.mode === 'closed' && b.mode === 'closed') {
    const onlyA = missingFrom(a.members, b.members, options);
    const onlyB = missingFrom(b.members, a.members, options);
    if (onlyA.length === 0 && onlyB.length === 0) {
      return { verdict: 'compatible', reason: `both lists have the same ${ca.low} members`, details: details('symmetric-difference', [], []) };
    }
    const parts = [
      onlyA.length > 0 ? `only the first lists ${names(onlyA)}` : undefined,
      onlyB.length > 0 ? `only the second lists ${names(onlyB)}` : undefined,
    ].filter((p) => p !== undefined);
    return {
      verdict: 'conflict',
      reason: `the complete lists differ (${ca.low} vs ${cb.low} members): ${parts.join('; ')}`,
      details: details('symmetric-difference', onlyA, onlyB),
    };
  }

  if (a.mode === 'open' && b.mode === 'open') {
    // both can be partial; a stated total must hold every member either names
    const union = distinct([...a.members, ...b.members], options);
    for (const v of [a, b]) {
      if (v.count !== undefined && union.length > v.count) {
        return {
          verdict: 'conflict',
          reason: `${describeValue(v)}, but the two lists name ${union.length} different members`,
          details: details('open-lists', missingFrom(a.members, b.members, options), missingFrom(b.members, a.members, options)),
        };
      }
    }
    return cardinalityVerdict('open-lists');
  }

  // open vs closed
  const open = a.mode === 'open' ? a : b;
  const closed = a.mode === 'open' ? b : a;
  const lacking = missingFrom(open.members, closed.members, options);
  const onlyInA = a === open ? lacking : [];
  const onlyInB = b === open ? lacking : [];
  if (lacking.length > 0) {
    return {
      verdict: 'conflict',
      reason: `${describeValue(closed)} lacks ${names(lacking)}, named by ${describeValue(open)}`,
      details: details('missing-members', onlyInA, onlyInB),
    };
  }
  const result = cardinalityVerdict('missing-members', onlyInA, onlyInB);
  return result.verdict === 'compatible'
    ? { ...result, reason: `every member of ${describeValue(open)} is in ${describeValue(closed)}` }
    : result;
};

/** An entity against a set: membership in a closed list, otherwise undecidable. */
export const compareEntityWithSet = (e: EntityValue, s: EntitySetValue, options: CompareOptions, entityFirst: boolean): Comparison => {
  const key = memberKey(e, options);
  const member = s.members.some((m) => memberKey(m, options) === key);
  const card = cardinalityOf(s, options);
  const one: SetCardinality = { low: 1, high: 1 };
  const details = (lacking: EntityRef[]): SetComparisonDetails => ({
    kind: 'entity-set',
    logic: 'missing-members',
    onlyInA: entityFirst ? lacking : [],
    onlyInB: entityFirst ? [] : lacking,
    cardinalityA: entityFirst ? one : card,
    cardinalityB: entityFirst ? card : one,
  });
  if (member) return { verdict: 'compatible', reason: `"${e.name}" is in ${describeValue(s)}`, details: details([]) };
  if (s.mode === 'closed') {
    return { verdict: 'conflict', reason: `${describeValue(s)} does not include "${e.name}"`, details: details([toRef(e)]) };
  }
  return { verdict: 'compatible', reason: `${describeValue(s)} is not a complete list, so "${e.name}" may be in it`, details: details([]) };
};

/** A quantity (a count such as "nine partners") against a set's cardinality. */
export const compareQuantityWithSet = (q: QuantityValue, s: EntitySetValue, options: CompareOptions, quantityFirst: boolean): Comparison => {
  if (q.currency !== undefined || (q.unit?.startsWith('%') ?? false)) {
    return { verdict: 'different-measure', reason: `${describeValue(q)} is not a number of members` };
  }
  const card = cardinalityOf(s, options);
  const qc: SetCardinality = { low: q.low ?? 0, high: q.high };
  const details: SetComparisonDetails = {
    kind: 'entity-set',
    logic: 'cardinality',
    onlyInA: [],
    onlyInB: [],
    cardinalityA: quantityFirst ? qc : card,
    cardinalityB: quantityFirst ? card : qc,
  };
  return intervalsOverlap(q, cardinalityBounds(card))
    ? { verdict: 'compatible', reason: `${describeValue(q)} fits ${describeValue(s)} (${describeCardinality(card)} members)`, details }
    : { verdict: 'conflict', reason: `${describeValue(q)} does not fit ${describeValue(s)} (${describeCardinality(card)} members)`, details };
};
