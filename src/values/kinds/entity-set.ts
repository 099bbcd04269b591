/**
 * Value kind `entity-set`: a set of entities —
 * - `closed`: the complete list ("the founding members are A, B and C");
 * - `open`: some members, maybe more ("among them A and B"); `count`, when
 *   given, is the total the source states;
 * - `count`: only a number ("nine partners"); `members` is empty.
 *
 * Sets compare with the logic of their modes: closed vs closed → symmetric
 * difference; open vs closed → the members of the open list the closed one
 * lacks (and a stated total against its size); a count vs anything →
 * cardinality, where an open list only gives a lower bound; open vs open →
 * only stated totals can disagree. An entity against a set is membership in
 * a closed list; a quantity ("nine partners") against a set is its size.
 *
 * Written `{ members: [A, B], list: closed }` (or `open`, optionally with
 * `count`), or `{ count: 9, unit: partners }`.
 */
import { z } from 'zod';
import { ok } from '../../model/result.js';
import type { Comparison, CompareOptions, SetCardinality, SetComparisonDetails } from '../comparison.js';
import { quotedStyle } from '../describe-styles.js';
import { intervalsOverlap, type Bounds } from '../interval.js';
import { invalidValueFromIssues } from '../invalid-value.js';
import type { ValueKindModule } from '../value-kind.js';
import { joinWords, numberWord } from '../words.js';
import { EntityRefSchema, resolvedKey, resolveRef, type EntityRef, type EntityValue } from './entity.js';
import { isPercentage, quotedQuantity, type QuantityValue } from './quantity.js';

export const EntitySetValueSchema = z
  .object({
    type: z.literal('entity-set').describe('The value kind: a set of entities.'),
    mode: z.enum(['closed', 'open', 'count']).describe('closed: the complete list; open: some of the members ("among them"); count: only how many.'),
    members: z.array(EntityRefSchema).describe('The members the source names.'),
    count: z.number().int().nonnegative().optional().describe('How many members the source says there are.'),
    /** What is counted, in the source's words ("countries", "partners"). */
    unit: z.string().optional().describe('What is counted, in the source’s words ("countries", "partners").'),
    raw: z.string().optional().describe('The words of the source this value was read from.'),
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'count' && v.count === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a count-only set needs `count`', path: ['count'] });
    }
    if (v.mode === 'closed' && v.count !== undefined && v.count !== v.members.length) {
      ctx.addIssue({
        code: 'custom',
        message: `a closed list of ${v.members.length} members cannot have count ${v.count}`,
        path: ['count'],
      });
    }
    if (v.mode === 'open' && v.count !== undefined && v.count < v.members.length) {
      ctx.addIssue({
        code: 'custom',
        message: `an open list naming ${v.members.length} members cannot have count ${v.count}`,
        path: ['count'],
      });
    }
  });
export type EntitySetValue = z.infer<typeof EntitySetValueSchema>;

export const ListShorthandSchema = z.strictObject({
  members: z.array(z.string().min(1, { error: 'must not be empty' })).describe('The names the source lists, as written.'),
  list: z.enum(['closed', 'open']).describe('closed: the complete list ("the five founding members"); open: some of them ("among them").'),
  count: z.number().int().nonnegative().optional().describe('How many members the source says there are, when it says so.'),
});
export const CountShorthandSchema = z.strictObject({
  count: z.number().int().nonnegative().describe('How many, when the source gives only a number ("five countries").'),
  unit: z.string().optional().describe('What is counted, in the source’s words ("countries").'),
});

/**
 * The cardinality a set value states: a closed list its distinct members, a
 * stated total, else at least the members an open list names.
 */
export const cardinalityOf = (v: EntitySetValue, options: CompareOptions): SetCardinality => {
  const n = distinct(v.members, options).length;
  if (v.mode === 'closed') return { low: n, high: n };
  if (v.count !== undefined) return { low: v.count, high: v.count };
  return { low: n, high: null };
};

/** A cardinality as an interval. */
const cardinalityBounds = (c: SetCardinality): Bounds => ({ low: c.low, high: c.high, lowInclusive: true, highInclusive: c.high !== null });

const distinct = (members: readonly EntityRef[], options: CompareOptions): EntityRef[] => {
  const seen = new Set<string>();
  const out: EntityRef[] = [];
  for (const m of members) {
    const key = resolvedKey(m, options);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
};

const missingFrom = (from: readonly EntityRef[], other: readonly EntityRef[], options: CompareOptions): EntityRef[] => {
  const keys = new Set(other.map((m) => resolvedKey(m, options)));
  return distinct(from, options).filter((m) => !keys.has(resolvedKey(m, options)));
};

const toRef = (e: EntityRef): EntityRef => (e.id !== undefined ? { name: e.name, id: e.id } : { name: e.name });

const names = (refs: readonly EntityRef[]): string => refs.map((r) => r.name).join(', ');

const describeCardinality = (c: SetCardinality): string =>
  c.high === null ? `at least ${c.low}` : c.low === c.high ? `${c.low}` : `${c.low}–${c.high}`;

/** "the complete list {Japan, Israel}", "the partial list {Japan, …} (9 in all)", "a count of 9 members". */
const normalized = (v: EntitySetValue): string => {
  if (v.mode === 'count') return `a count of ${v.count ?? '?'} members`;
  if (v.mode === 'open') return `the partial list {${names(v.members)}, …}${v.count !== undefined ? ` (${v.count} in all)` : ''}`;
  return `the complete list {${names(v.members)}}`;
};

const quoted = (v: EntitySetValue): string => quotedStyle(v.raw, normalized(v));

const inMessage = (v: EntitySetValue): string => {
  const all = v.members.map((m) => m.name);
  if (v.mode === 'closed') return joinWords(all);
  if (v.mode === 'count') return `${numberWord(v.count ?? 0)} members`;
  return `${joinWords(all)} among others${v.count !== undefined ? ` (of ${numberWord(v.count)})` : ''}`;
};

const complete = (v: EntitySetValue): string => {
  const all = v.members.map((m) => m.name);
  if (v.mode === 'count') return `${v.count ?? 0} members`;
  if (v.mode === 'closed') return `${joinWords(all)} (complete list)`;
  return `${joinWords(all)} (among others${v.count !== undefined ? `, ${v.count} in all` : ''})`;
};

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
          reason: `${quoted(a)} and ${quoted(b)} cannot both be right: ${describeCardinality(ca)} vs ${describeCardinality(cb)} members`,
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
          reason: `${quoted(v)}, but the two lists name ${union.length} different members`,
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
      reason: `${quoted(closed)} lacks ${names(lacking)}, named by ${quoted(open)}`,
      details: details('missing-members', onlyInA, onlyInB),
    };
  }
  const result = cardinalityVerdict('missing-members', onlyInA, onlyInB);
  return result.verdict === 'compatible' ? { ...result, reason: `every member of ${quoted(open)} is in ${quoted(closed)}` } : result;
};

/** An entity against a set: membership in a closed list, otherwise undecidable. */
export const compareEntityWithSet = (e: EntityValue, s: EntitySetValue, options: CompareOptions, entityFirst: boolean): Comparison => {
  const key = resolvedKey(e, options);
  const member = s.members.some((m) => resolvedKey(m, options) === key);
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
  if (member) return { verdict: 'compatible', reason: `"${e.name}" is in ${quoted(s)}`, details: details([]) };
  if (s.mode === 'closed') {
    return { verdict: 'conflict', reason: `${quoted(s)} does not include "${e.name}"`, details: details([toRef(e)]) };
  }
  return { verdict: 'compatible', reason: `${quoted(s)} is not a complete list, so "${e.name}" may be in it`, details: details([]) };
};

/** A quantity (a count such as "nine partners") against a set's cardinality. */
export const compareQuantityWithSet = (q: QuantityValue, s: EntitySetValue, options: CompareOptions, quantityFirst: boolean): Comparison => {
  if (q.currency !== undefined || isPercentage(q)) {
    return { verdict: 'different-measure', reason: `${quotedQuantity(q)} is not a number of members` };
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
    ? { verdict: 'compatible', reason: `${quotedQuantity(q)} fits ${quoted(s)} (${describeCardinality(card)} members)`, details }
    : { verdict: 'conflict', reason: `${quotedQuantity(q)} does not fit ${quoted(s)} (${describeCardinality(card)} members)`, details };
};

const checked = (value: unknown) => {
  const parsed = EntitySetValueSchema.safeParse(value);
  return parsed.success ? ok(parsed.data) : invalidValueFromIssues(parsed.error.issues);
};

export const entitySetKind: ValueKindModule<'entity-set', EntitySetValue, 'entity-set'> = {
  type: 'entity-set',
  noun: 'a list of entities',
  predicateType: 'entity-set',
  schema: EntitySetValueSchema,
  shorthands: [
    {
      key: 'members',
      schema: ListShorthandSchema,
      read: (written: z.infer<typeof ListShorthandSchema>, context) =>
        checked({
          type: 'entity-set',
          mode: written.list,
          members: written.members.map((name) => resolveRef({ name }, (n) => context.resolver.resolve(n))),
          ...(written.count !== undefined ? { count: written.count } : {}),
        }),
    },
    {
      key: 'count',
      schema: CountShorthandSchema,
      read: (written: z.infer<typeof CountShorthandSchema>) =>
        ok({ type: 'entity-set', mode: 'count', members: [], count: written.count, ...(written.unit !== undefined ? { unit: written.unit } : {}) }),
    },
  ],
  key: (v, keyOf) => {
    const members = v.members.map(keyOf).sort();
    const unique = members.filter((m, i) => i === 0 || members[i - 1] !== m);
    return `s:${v.mode}:${v.count ?? ''}:${unique.join('|')}`;
  },
  canonical: (v, resolve) => {
    let changed = false;
    const members = v.members.map((m) => {
      const r = resolveRef(m, resolve);
      if (r !== m) changed = true;
      return r;
    });
    return changed ? { ...v, members } : v;
  },
  compare: (self, other, context) => {
    if (other.type === 'entity-set') {
      const b = other as EntitySetValue;
      return context.selfFirst ? compareEntitySets(self, b, context) : compareEntitySets(b, self, context);
    }
    if (other.type === 'entity') return compareEntityWithSet(other as EntityValue, self, context, !context.selfFirst);
    if (other.type === 'quantity') return compareQuantityWithSet(other as QuantityValue, self, context, !context.selfFirst);
    return undefined;
  },
  describe: (v, style) => (style === 'normalized' ? normalized(v) : style === 'message' ? inMessage(v) : complete(v)),
};

