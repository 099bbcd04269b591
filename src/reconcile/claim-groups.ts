/**
 * Claim groups: claims keyed by (canonical subject, predicate). Rules compare
 * claims only inside a group, so the work grows with the number of claims,
 * not with its square.
 */
import type { Attribution, Claim, Hedge, Polarity, Qualifiers } from '../model/claim.js';
import type { FindingClaim } from '../model/finding.js';
import type { Span } from '../model/span.js';
import type { ClaimId, EntityId, PredicateId, SourceId } from '../model/ids.js';
import type { Value } from '../model/value.js';
import type { ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';
import type { EntityResolverLike } from './contract.js';
import { compareOrdinal } from '../model/ordinal.js';
import { flattened } from './flat-string.js';
import { entityKeys } from './entity-keys.js';
import { bucketOrder } from './columns/bucket-order.js';
import { createInterner } from './columns/interner.js';
import { groupKeyOrder } from './columns/key-order.js';
import type { GroupSources } from './columns/source-column.js';
import type { GroupValues } from './columns/value-column.js';
import { createSubjectTable, type GroupSubjects } from './columns/subject-table.js';
import { createValueTable, entryValue, type ValueEntry } from './columns/value-table.js';

/** A claim as the rules see it: where it comes from, who witnesses it, its canonical value. */
export interface GroupClaim {
  readonly claimId: ClaimId;
  /** The source of the claim's first evidence span. */
  readonly sourceId: SourceId;
  /** The independent source group of `sourceId`. */
  readonly sourceGroup: SourceId;
  /**
   * The independent witness the claim counts for: `group:<source group id>`,
   * or `outlet:<name>` when the claim is attributed to an outlet outside
   * the corpus ("according to politico.com").
   */
  readonly witness: string;
  /** The value with entity ids resolved. */
  readonly value: Value;
  /** Equal for claims whose values say exactly the same. */
  readonly valueKey: string;
  /** Equal for claims with the same polarity, value and scope (time and place qualifiers). */
  readonly classKey: string;
  readonly polarity: Polarity;
  readonly hedge: Hedge;
  /** Time, place, context; `undefined` when the claim has none (every field is always present: one object shape). */
  readonly qualifiers: Qualifiers | undefined;
  /** Who the source says asserts it; `undefined` when the source speaks in its own voice. */
  readonly attribution: Attribution | undefined;
  /** The subject's key (canonical entity id or `name:<folded>`), as in the group key. */
  readonly subject: string;
  /** The subject as the claim names it. */
  readonly subjectName: string;
  /** The claim's predicate (its group's). */
  readonly predicate: PredicateId;
  /** The claim's first evidence span (the one a finding shows). */
  readonly span: Span;
}

/** A group claim as a finding or the coverage table shows it: id, source, first evidence span, canonical value. */
export const toFindingClaim = (c: GroupClaim): FindingClaim => ({ claimId: c.claimId, sourceId: c.sourceId, span: c.span, value: c.value });

/**
 * The finding claim of a group claim made by `groupClaims`: exactly the four
 * fields of `FindingClaim` (JSON, equality and schema see nothing else), and
 * privately the group claim it was made from, so that assembling findings
 * reads a claim's witness, source group and value key without an index of
 * the corpus, and the claim's value entry (see `SLOT`).
 */
class SharedFindingClaim implements FindingClaim {
  readonly claimId: ClaimId;
  readonly sourceId: SourceId;
  readonly span: Span;
  readonly value: Value;
  readonly #origin: GroupClaim;
  readonly #entry: ValueEntry | undefined;
  constructor(origin: GroupClaim, entry: ValueEntry | undefined) {
    this.claimId = origin.claimId;
    this.sourceId = origin.sourceId;
    this.span = origin.span;
    this.value = origin.value;
    this.#origin = origin;
    this.#entry = entry;
  }
  static is(slot: unknown): slot is SharedFindingClaim {
    return typeof slot === 'object' && slot !== null && #origin in slot;
  }
  static originOf(claim: FindingClaim): GroupClaim | undefined {
    return #origin in claim ? (claim as SharedFindingClaim).#origin : undefined;
  }
  static entryOf(claim: SharedFindingClaim): ValueEntry | undefined {
    return claim.#entry;
  }
}

/**
 * The one private slot of a group claim made by `groupClaims`: its value's
 * entry in the run's value table (`columns/value-table.ts`: what the run
 * knows of the value, reached without a look-up) until the claim's finding
 * claim is made; then that finding claim (made on first use, then shared by
 * every finding and coverage row that shows the claim, instead of a copy
 * each), which keeps the entry. One slot, not two: a million claims are a
 * million objects that outlive every minor collection.
 *
 * A symbol key: JSON, `Object.keys` and the claim's fields do not see it. A
 * copy of a group claim (`{ ...claim }`) carries the original's slot: an
 * entry is trusted only while the claim's value is the entry's shared value,
 * and a finding claim only for the claim it was made from (a copy made after
 * it gets a new finding claim each time; a copy made before keeps one of its
 * own, made from its own fields).
 *
 * Group claims are object literals rather than instances of a class: V8
 * places objects of a literal that mostly outlive the young generation
 * straight in the old one (allocation-site pretenuring), so a million group
 * claims are not copied by every minor garbage collection on their way
 * there; objects made with `new` never get that.
 */
const SLOT: unique symbol = Symbol('claimtrace.groupClaimSlot');

/** A group claim as `groupClaims` builds it: the fields of `GroupClaim` and its slot. */
type GroupClaimRecord = GroupClaim & { [SLOT]: ValueEntry | SharedFindingClaim };

const slotOf = (claim: GroupClaim): ValueEntry | SharedFindingClaim | undefined => (claim as Partial<GroupClaimRecord>)[SLOT];

/**
 * The entry of a group claim's value in its run's value table, for a claim
 * `groupClaims` made (`undefined` for one made elsewhere): each distinct
 * value's facts worked out once per run (see `extentOf`, `bucketsOf`).
 *
 * @example
 * const entry = valueEntryOf(group.claims[0]);
 * const extent = entry !== undefined ? extentOf(entry, values.extent) : values.extent(group.claims[0].value);
 */
export const valueEntryOf = (claim: GroupClaim): ValueEntry | undefined => {
  const slot = slotOf(claim);
  const entry = SharedFindingClaim.is(slot) ? SharedFindingClaim.entryOf(slot) : slot;
  return entry !== undefined && entryValue(entry) === claim.value ? entry : undefined;
};

/**
 * The finding claim of a group claim: one object per claim of a run, shared by
 * every finding and coverage row that shows it (a group claim made elsewhere
 * gets a new one each time).
 *
 * @example
 * findingClaimOf(group.claims[0]) === findingClaimOf(group.claims[0]) // true
 */
export const findingClaimOf = (claim: GroupClaim): FindingClaim => {
  const slot = slotOf(claim);
  if (slot === undefined) return new SharedFindingClaim(claim, undefined);
  if (SharedFindingClaim.is(slot)) return SharedFindingClaim.originOf(slot) === claim ? slot : new SharedFindingClaim(claim, SharedFindingClaim.entryOf(slot));
  const made = new SharedFindingClaim(claim, slot);
  // Kept in the slot (a frozen copy keeps nothing: then a new one each time).
  Reflect.set(claim, SLOT, made);
  return made;
};

/** The group claim a finding claim was made from by `findingClaimOf`, if it was. */
export const groupClaimOf = (claim: FindingClaim): GroupClaim | undefined => SharedFindingClaim.originOf(claim);

/** All claims about one (canonical subject, predicate). */
export interface ClaimGroup {
  /** `subject|predicate`. */
  readonly key: string;
  /** The subject's entity id, or `name:<folded name>` when the alias tables do not know it. */
  readonly subject: string;
  /** The subject's canonical name, or the first surface name in claim-id order. */
  readonly subjectName: string;
  readonly predicate: PredicateId;
  /** Sorted by claim id. */
  readonly claims: readonly GroupClaim[];
}

/**
 * A claim group as `groupClaims` builds it: the five fields of `ClaimGroup`
 * (JSON and equality see nothing else) and, privately, its place in the
 * sorted list, so that a run keeps what it knows of each group in arrays
 * indexed by it instead of a Map keyed by the group.
 */
class ClaimGroupRecord implements ClaimGroup {
  readonly #index: number;
  constructor(
    readonly key: string,
    readonly subject: string,
    readonly subjectName: string,
    readonly predicate: PredicateId,
    readonly claims: readonly GroupClaim[],
    index: number,
  ) {
    this.#index = index;
  }
  static indexOf(group: ClaimGroup): number {
    return #index in group ? (group as ClaimGroupRecord).#index : -1;
  }
}

/**
 * A group's place in the list `groupClaims` returned it in, or -1 for a
 * group made elsewhere. Check `groups[i] === group` before trusting it with
 * a list of another run.
 *
 * @example
 * const groups = groupClaims(claims, resolver, valueKinds, placement);
 * groupIndexOf(groups[3]) // 3
 */
export const groupIndexOf = (group: ClaimGroup): number => ClaimGroupRecord.indexOf(group);

/** How the engine places a claim: its source's group and its witness. */
export interface ClaimPlacement {
  readonly sourceGroup: (sourceId: SourceId) => SourceId;
  /** A claim not attributed to an outlet (`attribution.outlet`) must get the same witness as any other of its source group. */
  readonly witness: (claim: Claim, sourceGroup: SourceId) => string;
}

/**
 * Told of each claim as grouping makes it, by its group's place in the list
 * `groupClaims` returns (groups are told of in that order, 0, 1, 2…, each
 * group's claims in input order): for what a run tallies per group while the
 * claim is at hand (see `rules/group-facts.ts`).
 */
export interface GroupingObserver {
  /** `source` is the claim's source index (`GroupSources.ids[source]` is its `sourceId`). */
  readonly claim: (group: number, claim: GroupClaim, source: number) => void;
  /** Each group's subject id, by the group's place in the sorted list, and what the run knows of each subject (`columns/subject-table.ts`). */
  readonly subjects?: (subjects: GroupSubjects) => void;
  /** Each claim's source index, by the claim's place in the groups returned (`columns/source-column.ts`). */
  readonly sources?: (sources: GroupSources) => void;
  /** Each claim's value-entry id, by the claim's place in the groups returned (`columns/value-column.ts`). */
  readonly values?: (values: GroupValues) => void;
}

/**
 * A group's claims sorted by id, their source indices and value-entry ids
 * (`sourceOf[at]` …, `valueOf[at]` …) moved with them; stable, as
 * `Array.prototype.sort` (equal ids keep their order: the index breaks
 * ties). One typed index array, sorted, then the lists permuted in place
 * along its cycles, each cycle's first claim held aside and each placed
 * index marked -1: nothing else allocated.
 */
const sortById = (list: GroupClaim[], sourceOf: Int32Array, valueOf: Int32Array, at: number): void => {
  const size = list.length;
  const by = new Int32Array(size);
  for (let k = 0; k < size; k += 1) by[k] = k;
  by.sort((a, b) => compareOrdinal((list[a] as GroupClaim).claimId, (list[b] as GroupClaim).claimId) || a - b);
  // Place k takes the claim now at by[k].
  for (let k = 0; k < size; k += 1) {
    if ((by[k] as number) < 0) continue;
    const claim = list[k] as GroupClaim;
    const source = sourceOf[at + k] as number;
    const value = valueOf[at + k] as number;
    let j = k;
    for (;;) {
      const from = by[j] as number;
      by[j] = -1;
      if (from === k) {
        list[j] = claim;
        sourceOf[at + j] = source;
        valueOf[at + j] = value;
        break;
      }
      list[j] = list[from] as GroupClaim;
      sourceOf[at + j] = sourceOf[at + from] as number;
      valueOf[at + j] = valueOf[at + from] as number;
      j = from;
    }
  }
};

/**
 * Group claims by canonical subject and predicate. Groups are sorted by key,
 * claims inside a group by id, whatever the input order.
 *
 * Columnar: each distinct way of naming a subject is resolved once and each subject
 * key and predicate gets a dense integer id; a claim's group is found by
 * (subject id, predicate id) — no key string per claim — and written into a
 * typed column; a counting sort then lays each group's claims out in one
 * array of exactly its size.
 *
 * Two passes: the first reads each claim's subject and predicate (its
 * group) and its source (a dense source index, looked up once per run of
 * claims from one source: in input order, a folder of articles gives them
 * source by source); the second, group by group in key order, makes each
 * claim's record (witness, value entry, class key). A group's records are made one
 * after another, so they lie next to each other in memory and the groups
 * follow one another in the order every rule and coverage walks them: a walk
 * over all claims reads memory front to back, whatever order the input came
 * in (a corpus read source by source scatters each group's claims).
 *
 * @example
 * groupClaims(corpus.claims, resolver, valueKinds, placement).map((g) => g.key) // ['pax-silica|founding-members', …]
 */
export const groupClaims = (
  claims: readonly Claim[],
  resolver: EntityResolverLike,
  values: ValueKinds<AnyValue>,
  placement: ClaimPlacement,
  observer?: GroupingObserver,
): readonly ClaimGroup[] => {
  // Names repeat across a corpus: fold each distinct name once per run.
  const keyOf = entityKeys();
  // Claims repeat values: one string per distinct value key (less memory; equal keys are one object).
  const keys = new Map<string, string>();
  const interned = (key: string): string => {
    const known = keys.get(key);
    if (known !== undefined) return known;
    const kept = flattened(key);
    keys.set(kept, kept);
    return kept;
  };
  // One resolving function for the run, not a closure per claim.
  const resolve = (name: string): EntityId | undefined => resolver.resolve(name);
  // Value columns: each distinct value canonicalised and keyed once, each class key made once.
  const table = createValueTable(values, resolve, keyOf, interned);
  // Subject ids: each distinct naming of a subject resolved, folded and keyed once.
  const subjects = createSubjectTable(resolver);
  const predicates = createInterner();
  // Columns: each claim's group; per group, its subject and predicate.
  const n = claims.length;
  const groupOf = new Int32Array(n);
  const groupSubject: number[] = [];
  const groupPredicate: number[] = [];
  // Each subject's first group, by subject id (-1: none yet); its other groups by predicate id, then subject id.
  let firstGroupOf = new Int32Array(1024).fill(-1);
  const moreGroupIds: Map<number, number>[] = [];
  const newGroup = (subject: number, predicate: number): number => {
    const id = groupSubject.length;
    groupSubject.push(subject);
    groupPredicate.push(predicate);
    return id;
  };
  let lastRef: Claim['subject'] | undefined;
  let lastRefSubject = -1;
  let lastPredicateName: string | undefined;
  let lastPredicate = -1;
  let lastSubject = -1;
  let lastGroupId = -1;
  // Whether the claims come in id order (then so do every group's): each group's claims are sorted only when not.
  let inIdOrder = true;
  let lastId: ClaimId | undefined;
  // Each claim's source index, by input position; by source index, the source id (the string every record of the source shares).
  const sourceAt = new Int32Array(n);
  const placeOf = new Map<string, number>();
  const placeIds: SourceId[] = [];
  let lastSource: SourceId | undefined;
  let lastPlace = -1;
  // First pass: each claim's group (its subject and predicate) and its source.
  for (let i = 0; i < n; i += 1) {
    const claim = claims[i] as Claim;
    const claimId = claim.id;
    if (inIdOrder && lastId !== undefined && lastId > claimId) inIdOrder = false;
    lastId = claimId;
    const sourceId = (claim.evidence[0] as Span).sourceId;
    if (sourceId !== lastSource) {
      lastSource = sourceId;
      let known = placeOf.get(sourceId);
      if (known === undefined) {
        known = placeIds.length;
        placeIds.push(sourceId);
        placeOf.set(sourceId, known);
      }
      lastPlace = known;
    }
    sourceAt[i] = lastPlace;
    // Claims come subject by subject: the previous claim's answers usually serve.
    const ref = claim.subject;
    if (ref !== lastRef) {
      lastRef = ref;
      lastRefSubject = subjects.idOf(ref);
    }
    const subject = lastRefSubject;
    if (claim.predicate !== lastPredicateName) {
      lastPredicateName = claim.predicate;
      lastPredicate = predicates.id(claim.predicate);
    }
    if (subject !== lastSubject || lastPredicate !== groupPredicate[lastGroupId]) {
      if (subject >= firstGroupOf.length) {
        const grown = new Int32Array(Math.max(firstGroupOf.length * 2, subject + 1)).fill(-1);
        grown.set(firstGroupOf);
        firstGroupOf = grown;
      }
      let id = firstGroupOf[subject] as number;
      if (id < 0) {
        // A subject seen for the first time: its first group, found again without a look-up.
        id = newGroup(subject, lastPredicate);
        firstGroupOf[subject] = id;
      } else if (groupPredicate[id] !== lastPredicate) {
        let bySubject = moreGroupIds[lastPredicate];
        if (bySubject === undefined) {
          bySubject = new Map();
          moreGroupIds[lastPredicate] = bySubject;
        }
        let more = bySubject.get(subject);
        if (more === undefined) {
          more = newGroup(subject, lastPredicate);
          bySubject.set(subject, more);
        }
        id = more;
      }
      lastSubject = subject;
      lastGroupId = id;
    }
    groupOf[i] = lastGroupId;
  }
  // Groups in key order: one key string per group (its `key`); the order found from subject and predicate ranks.
  const count = groupSubject.length;
  const groupKeys = new Array<string>(count);
  for (let g = 0; g < count; g += 1) {
    groupKeys[g] = flattened(`${subjects.key(groupSubject[g] as number)}|${predicates.text(groupPredicate[g] as number)}`);
  }
  const sorted = groupKeyOrder({
    keys: groupKeys,
    subjectOf: groupSubject,
    predicateOf: groupPredicate,
    subjectKeys: subjects.keys(),
    subjectIdOf: subjects.idOfKey,
    predicates: predicates.texts(),
    predicateIdOf: predicates.find,
  });
  // Each group's claims, in input order.
  const { order, starts } = bucketOrder(groupOf, count);
  // Each source's group and own-voice witness, asked once per source, in columns by source index.
  const placeGroup = placeIds.map((id) => placement.sourceGroup(id));
  const placeOwnVoice = new Array<string | undefined>(placeIds.length).fill(undefined);
  const groups = new Array<ClaimGroup>(count);
  const subjectOfGroup = new Int32Array(count);
  // Each claim's source index by its place in the groups returned, and where each group's claims start there.
  const sourceOf = new Int32Array(n);
  // And its value entry's id, at the same place.
  const valueOf = new Int32Array(n);
  const sourceStarts = new Int32Array(count + 1);
  let at = 0;
  // Second pass, group by group in key order: each claim's record, made with its group's others (next to
  // each other in memory, in the order every reader of the groups walks them); then the group.
  for (let index = 0; index < count; index += 1) {
    const g = sorted[index] as number;
    const from = starts[g] as number;
    const size = (starts[g + 1] as number) - from;
    const subject = groupSubject[g] as number;
    const subjectKey = subjects.key(subject);
    const list = new Array<GroupClaim>(size);
    let inOrder = true;
    sourceStarts[index] = at;
    for (let k = 0; k < size; k += 1) {
      const i = order[from + k] as number;
      const claim = claims[i] as Claim;
      const span = claim.evidence[0] as Span;
      const source = sourceAt[i] as number;
      sourceOf[at + k] = source;
      const sourceId = placeIds[source] as SourceId;
      const sourceGroup = placeGroup[source] as SourceId;
      let witness: string;
      if (claim.attribution?.outlet === undefined) {
        const own = placeOwnVoice[source];
        if (own !== undefined) witness = own;
        else {
          witness = placement.witness(claim, sourceGroup);
          placeOwnVoice[source] = witness;
        }
      } else witness = placement.witness(claim, sourceGroup);
      const entry = table.entry(claim.value);
      valueOf[at + k] = entry.id;
      const vk = entry.key;
      const time = claim.qualifiers?.time;
      const place = claim.qualifiers?.place;
      const member: GroupClaimRecord = {
        claimId: claim.id,
        sourceId,
        sourceGroup,
        witness,
        value: entryValue(entry) as Value,
        valueKey: vk,
        // Most claims are affirmative and unqualified: their class key is the value key itself (one string, shared).
        classKey: claim.polarity === 'affirmative' && time === undefined && place === undefined ? vk : table.classKey(entry, claim.polarity === 'negative', time, place),
        polarity: claim.polarity,
        hedge: claim.hedge,
        qualifiers: claim.qualifiers,
        attribution: claim.attribution,
        subject: subjectKey,
        subjectName: claim.subject.name,
        predicate: claim.predicate,
        span,
        [SLOT]: entry,
      };
      list[k] = member;
      observer?.claim(index, member, source);
      if (!inIdOrder && k > 0 && (list[k - 1] as GroupClaim).claimId > member.claimId) inOrder = false;
    }
    if (!inOrder) sortById(list, sourceOf, valueOf, at);
    at += size;
    subjectOfGroup[index] = subject;
    const canonical = subjects.isEntity(subject) ? resolver.canonicalName(subjectKey as EntityId) : undefined;
    groups[index] = new ClaimGroupRecord(
      groupKeys[g] as string,
      subjectKey,
      canonical !== undefined && canonical !== '' ? canonical : (list[0] as GroupClaim).subjectName,
      predicates.text(groupPredicate[g] as number) as PredicateId,
      list,
      index,
    );
  }
  sourceStarts[count] = at;
  observer?.subjects?.({ subjectOf: subjectOfGroup, keyedByName: subjects.keyedByName(), keys: subjects.keys() });
  observer?.sources?.({ ids: placeIds, sourceOf, starts: sourceStarts });
  observer?.values?.({ valueOf, entries: table.entries() });
  return groups;
};
