/**
 * Rule `membership-conflict`: lists of members that cannot all be true.
 * What it reports and why: `meta.docs` (shown in docs/rules.md); its
 * examples: `examples/membership-conflict.ts`.
 */
import type { FindingNote } from '../../model/finding.js';
import type { SourceId } from '../../model/ids.js';
import type { EntityRef, EntitySetValue } from '../../model/value.js';
import { graded, numberDiscrepancy, severityOfGrade } from '../../values/discrepancy.js';
import type { Bounds } from '../../values/interval.js';
import { intervalsOverlap } from '../../values/interval.js';
import { entityKey } from '../../values/kinds/entity.js';
import { joinWords, numberWord } from '../../values/words.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import { defineRule, type DraftSide, type FindingDraft, type RuleContext } from '../rule.js';
import { clusterValues, disputedClusters, type ValueCluster } from '../value-clusters.js';
import { membershipConflictExamples } from './examples/membership-conflict.js';
import { type EntityKeyOf, entityKeys } from '../entity-keys.js';
import { type Mentions, mentionsOf } from './mentions.js';
import { LISTS_MEMBERS, NAMES_ENTITY, groupFacts } from './group-facts.js';
import { isTentative, sameScope, valueClasses, type ValueClass } from './value-classes.js';
import { predicateWords, sourceWords } from './words.js';
import { onlySource, sourcesOf } from '../claim-sources.js';
import { SHORT } from '../../model/short-sort.js';
import { flattened } from '../flat-string.js';
import { NO_NOTES } from './no-notes.js';

/** A claim of a set-valued group as the rule sees it. */
interface ListView {
  readonly mode: 'closed' | 'open' | 'count' | 'not';
  readonly members: ReadonlyMap<string, EntityRef>;
  /** The total the claim states (a count, an open list's total); a closed list's size. */
  readonly count: number | undefined;
}

const view = (c: GroupClaim, keyOf: EntityKeyOf = entityKey): ListView | undefined => {
  const v = c.value;
  if (v.type === 'entity') {
    return { mode: c.polarity === 'negative' ? 'not' : 'open', members: new Map([[keyOf(v), v]]), count: undefined };
  }
  if (v.type !== 'entity-set' || c.polarity === 'negative') return undefined;
  const members = new Map(v.members.map((m) => [keyOf(m), m] as const));
  return { mode: v.mode, members, count: v.mode === 'closed' ? members.size : v.count };
};

const names = (refs: readonly EntityRef[]): string => joinWords(refs.map((r) => r.name));

const s = (claims: readonly GroupClaim[]): string => (onlySource(claims) !== undefined ? 's' : '');

/** One value class in words: "001 and 004 name five founding members: A, B and C". */
const describeClass = (context: RuleContext, cls: ValueClass, label: string): string => {
  const c = cls.claims[0] as GroupClaim;
  const who = sourceWords(context, cls.claims);
  const v = view(c);
  if (v === undefined) return `${who}: ${context.values.describe(c.value, 'message')}`;
  switch (v.mode) {
    case 'closed':
      return `${who} name${s(cls.claims)} ${numberWord(v.members.size)} ${label}: ${context.values.describe(c.value, 'message')}`;
    case 'open':
      return `${who} list${s(cls.claims)} ${names([...v.members.values()])} among the ${label}${v.count !== undefined ? ` (of ${numberWord(v.count)})` : ''}`;
    case 'count':
      return `${who} count${s(cls.claims)} ${numberWord(v.count ?? 0)} ${label}`;
    case 'not':
      return `${who} say${s(cls.claims)} ${names([...v.members.values()])} is not among the ${label}`;
  }
};

/** A side of a draft, its label stored flat (see `flattened`: drafts live until assemble). */
const sideOf = (context: RuleContext, cls: ValueClass, label: string): DraftSide => ({
  label: flattened(describeClass(context, cls, label)),
  claims: cls.claims.map(context.findingClaim),
});

/**
 * What a finding's related notes need: the sources of the complete lists
 * that leave members out, and those members. The notes are written once
 * every finding of the run is known (`elsewhere`), from one walk over the
 * claims of the sources asked about.
 */
interface NotesWanted {
  readonly group: ClaimGroup;
  readonly sources: readonly SourceId[];
  readonly missing: readonly EntityRef[];
  /** The finding's related notes, filled in by `elsewhere`. */
  readonly notes: FindingNote[];
}

/** Other claims of the excluding sources that name a member they leave out ("001 names the UAE elsewhere"). */
const elsewhere = (context: RuleContext, mentions: Mentions, { group, sources, missing, notes }: NotesWanted): void => {
  const inGroup = new Set(group.claims);
  for (const m of missing) {
    for (const c of sources.flatMap((source) => mentions(source, entityKey(m)))) {
      if (inGroup.has(c)) continue;
      notes.push({
        message: flattened(`${context.sourceLabel(c.sourceId)} names ${m.name} elsewhere (${c.subjectName}, ${predicateWords(context, c.predicate)}): “${c.span.quote.exact}”`),
        sourceId: c.sourceId,
        claimId: c.claimId,
        span: c.span,
      });
    }
  }
};

// ---------------------------------------------------------------- who is a member

/** Whether two lists of keys are equal, place by place. */
const sameKeys = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * Whether a claim names a member that another claim excludes — a closed list
 * without it, or a denial of it — scope aside: what a membership finding
 * needs, read from the values without building list views. Most groups'
 * lists agree (or an open list names some of a closed list's members), and
 * nothing more is built for them. `claims` are the group's listed claims
 * (see `view`). A closed list never excludes its own members, so a claim
 * need not be told apart from itself.
 */
const namesAnExcluded = (claims: readonly GroupClaim[], keyOf: EntityKeyOf, groupKeys: GroupListKeys): boolean => {
  const listKeys = groupKeys.next();
  // The excluding claims: each distinct closed list's member keys, and the keys denied.
  const closed: (readonly string[])[] = [];
  const denied: string[] = [];
  for (const c of claims) {
    const v = c.value;
    if (v.type === 'entity') {
      if (c.polarity === 'negative') denied.push(keyOf(v));
    } else if (v.type === 'entity-set' && v.mode === 'closed') {
      // Claims with equal lists share one value, hence one array of keys: told apart by identity first.
      const keys = listKeys(v);
      if (!closed.includes(keys) && !closed.some((x) => sameKeys(x, keys))) closed.push(keys);
    }
  }
  if (closed.length === 0 && denied.length === 0) return false;
  // Each naming claim's members against them.
  for (const c of claims) {
    if (c.polarity === 'negative') continue;
    const v = c.value;
    if (v.type === 'entity') {
      const key = keyOf(v);
      if (denied.includes(key) || closed.some((x) => !x.includes(key))) return true;
    } else if (v.type === 'entity-set' && v.mode !== 'count') {
      for (const key of listKeys(v)) if (denied.includes(key) || closed.some((x) => !x.includes(key))) return true;
    }
  }
  return false;
};

/** The member keys of a list, in member order: made once per list value (claims with equal lists share one). */
type ListKeys = (list: EntitySetValue) => readonly string[];

/** Member keys of the lists of one group at a time: `next()` forgets the last group's and answers for the next. */
interface GroupListKeys {
  readonly next: () => ListKeys;
}

/**
 * The member keys of the lists of one group: a few lists, told apart by
 * identity in a short array reused for every group of the run (a Map keyed
 * by every list of the run would hash each cold value object and keep
 * them all until the rule ends); a Map only for a group of many lists.
 */
const groupListKeys = (keyOf: EntityKeyOf): GroupListKeys => {
  const lists: EntitySetValue[] = [];
  const keysOf: (readonly string[])[] = [];
  let known: Map<EntitySetValue, readonly string[]> | undefined;
  const listKeys: ListKeys = (list) => {
    if (known !== undefined) {
      let keys = known.get(list);
      if (keys === undefined) {
        keys = list.members.map(keyOf);
        known.set(list, keys);
      }
      return keys;
    }
    const at = lists.indexOf(list);
    if (at !== -1) return keysOf[at] as readonly string[];
    const keys = list.members.map(keyOf);
    lists.push(list);
    keysOf.push(keys);
    // Many distinct lists in one group: a Map from here on.
    if (lists.length === SHORT) known = new Map(lists.map((l, k) => [l, keysOf[k] as readonly string[]]));
    return keys;
  };
  return {
    next: () => {
      lists.length = 0;
      keysOf.length = 0;
      known = undefined;
      return listKeys;
    },
  };
};

/** A claim with a list view of its own: an affirmed list. */
const listsItself = (c: GroupClaim): boolean => c.value.type === 'entity-set' && c.polarity !== 'negative';
/** A claim with a list view on a set-valued predicate: an affirmed list, or an entity (affirmed or denied). */
const listedInSets = (c: GroupClaim): boolean => listsItself(c) || c.value.type === 'entity';

/** The members some claims name and others exclude (a closed list without them, a denial), in one finding. */
const membersDraft = (
  context: RuleContext,
  group: ClaimGroup,
  claims: readonly GroupClaim[],
  keyOf: EntityKeyOf,
  groupKeys: GroupListKeys,
  wantNotes: (wanted: NotesWanted) => void,
): FindingDraft | undefined => {
  // Claims that all say the same (one polarity, list and scope) name and leave out the same members.
  const first = claims[0] as GroupClaim;
  if (claims.every((c) => c.classKey === first.classKey) || !namesAnExcluded(claims, keyOf, groupKeys)) return undefined;
  const views = new Map(claims.map((c) => [c, view(c, keyOf) as ListView]));
  const naming = claims.filter((c) => (views.get(c) as ListView).mode === 'closed' || (views.get(c) as ListView).mode === 'open');
  const excluding = claims.filter((c) => (views.get(c) as ListView).mode === 'closed' || (views.get(c) as ListView).mode === 'not');
  if (naming.length === 0 || excluding.length === 0) return undefined;
  const excludes = (c: GroupClaim, key: string): boolean => {
    const v = views.get(c) as ListView;
    return v.mode === 'closed' ? !v.members.has(key) : v.mode === 'not' && v.members.has(key);
  };
  // Every member a claim names, with the claims that name it.
  const namedBy = new Map<string, { ref: EntityRef; claims: GroupClaim[] }>();
  for (const c of naming) {
    for (const [key, ref] of (views.get(c) as ListView).members) {
      const entry = namedBy.get(key);
      if (entry === undefined) namedBy.set(key, { ref, claims: [c] });
      else entry.claims.push(c);
    }
  }
  const disputed: { key: string; ref: EntityRef }[] = [];
  const involved = new Set<GroupClaim>();
  const namers = new Set<GroupClaim>();
  const excluders = new Set<GroupClaim>();
  for (const [key, { ref, claims: by }] of namedBy) {
    let found = false;
    for (const x of excluding) {
      if (!excludes(x, key)) continue;
      const against = by.filter((n) => n !== x && sameScope(n, x, context.compareValues));
      if (against.length === 0) continue;
      found = true;
      excluders.add(x);
      for (const n of against) namers.add(n);
    }
    if (found) disputed.push({ key, ref });
  }
  if (disputed.length === 0) return undefined;
  for (const c of [...namers, ...excluders]) involved.add(c);

  const label = predicateWords(context, group.predicate);
  const classes = valueClasses([...involved].sort((a, b) => (a.claimId < b.claimId ? -1 : 1)));
  const missing = disputed.map((d) => d.ref);
  const naming2 = [...namers].filter((c) => !excluders.has(c));
  const excluding2 = [...excluders].filter((c) => !namers.has(c));
  // The classic shape: lists that name members, against complete lists (or denials) without them.
  const simple = classes.length === 2 && naming2.length > 0 && excluding2.length > 0 && naming2.length + excluding2.length === involved.size;
  const closedWithout = excluding2.filter((c) => (views.get(c) as ListView).mode === 'closed');
  const message =
    simple && closedWithout.length === excluding2.length
      ? `${sourceWords(context, naming2)} list${s(naming2)} ${names(missing)} among the ${label} of ${group.subjectName}; ${sourceWords(context, excluding2)} name${s(excluding2)} ${numberWord((views.get(excluding2[0] as GroupClaim) as ListView).members.size)} ${label} without ${missing.length === 1 ? 'it' : 'them'}`
      : `${classes.map((cls) => describeClass(context, cls, label)).join('; ')} — ${names(missing)} ${missing.length === 1 ? 'is' : 'are'} both named and left out (${group.subjectName})`;
  const tentative = [...namers].every(isTentative) || [...excluders].every(isTentative);
  const related: FindingNote[] = [];
  wantNotes({ group, sources: sourcesOf([...excluders].filter((c) => (views.get(c) as ListView).mode === 'closed')), missing, notes: related });
  return {
    kind: 'membership-conflict',
    // Message and labels stored flat (see `flattened`): a tree of pieces would live until assemble.
    message: flattened(message),
    ...(tentative ? { severity: 'warning' as const } : {}),
    key: { subject: group.subject, predicate: group.predicate },
    disagreement: 'members',
    sides: classes.map((cls) => sideOf(context, cls, label)),
    related,
    discrepancy: graded('substantial', missing.length / 10, `${numberWord(missing.length)} member${missing.length === 1 ? '' : 's'} in dispute`),
    disputed: disputed.map((d) => [d.key]),
    data: { disputed: missing.map((m) => m.name) },
  };
};

// ---------------------------------------------------------------- how many members

/** One value class by the size it gives: "001 and 004 name five founding members", "002 lists eight among the founding members". */
const describeSize = (context: RuleContext, cls: ValueClass, label: string): string => {
  const c = cls.claims[0] as GroupClaim;
  const who = sourceWords(context, cls.claims);
  const v = view(c);
  if (v === undefined) return `${who} give${s(cls.claims)} ${context.values.describe(c.value, 'message')}`;
  if (v.mode === 'closed') return `${who} name${s(cls.claims)} ${numberWord(v.members.size)} ${label}`;
  if (v.mode === 'open') return `${who} list${s(cls.claims)} ${numberWord(v.members.size)} among the ${label}${v.count !== undefined ? ` (of ${numberWord(v.count)})` : ''}`;
  return `${who} count${s(cls.claims)} ${numberWord(v.count ?? 0)} ${label}`;
};

/** The size a claim implies: a closed list's members, a stated total, an open list's members at least, a count quantity. */
const sizeOf = (c: GroupClaim): Bounds | undefined => {
  const v = c.value;
  if (c.polarity === 'negative') return undefined;
  if (v.type === 'quantity') return v.currency === undefined && !(v.unit?.startsWith('%') ?? false) ? v : undefined;
  const list = view(c);
  if (list === undefined || list.mode === 'not' || (list.mode === 'open' && list.count === undefined && v.type === 'entity')) return undefined;
  if (list.count !== undefined) return { low: list.count, high: list.count, lowInclusive: true, highInclusive: true };
  return { low: list.members.size, high: null, lowInclusive: true, highInclusive: false };
};

/** Whether a claim states its size as a number (a count, a total, a quantity), not only by listing members. */
const statesSize = (c: GroupClaim): boolean => {
  if (c.value.type === 'quantity') return true;
  const list = view(c);
  return list !== undefined && (list.mode === 'count' || (list.mode === 'open' && list.count !== undefined));
};

/**
 * Whether a claim has a size (`sizeOf`) and states it as a number
 * (`statesSize`), read from its value without building its list view.
 */
const statesSizeAsNumber = (c: GroupClaim): boolean => {
  if (c.polarity === 'negative') return false;
  const v = c.value;
  if (v.type === 'quantity') return v.currency === undefined && !(v.unit?.startsWith('%') ?? false);
  return v.type === 'entity-set' && (v.mode === 'count' || (v.mode === 'open' && v.count !== undefined));
};

const sizeKey = (b: Bounds): string => `n:${b.low ?? ''}${b.high === null ? '+' : b.high === b.low ? '' : `-${b.high}`}`;

const sizeWords = (b: Bounds): string =>
  b.high === null ? `at least ${numberWord(b.low ?? 0)}` : b.low === b.high ? numberWord(b.low ?? 0) : `${numberWord(b.low ?? 0)} to ${numberWord(b.high)}`;

/** Claims whose sizes cannot all be right, as one finding: clusters of compatible sizes. */
const sizeDraft = (context: RuleContext, group: ClaimGroup, claims: readonly GroupClaim[]): FindingDraft | undefined => {
  const sizes = new Map<GroupClaim, Bounds>();
  for (const c of claims) {
    const size = sizeOf(c);
    if (size !== undefined) sizes.set(c, size);
  }
  if (![...sizes.keys()].some(statesSize)) return undefined;
  // Classes by size (and scope), clustered by overlap.
  const byKey = new Map<string, GroupClaim[]>();
  for (const [c, b] of sizes) {
    const key = `${sizeKey(b)}\u0000${c.classKey.includes('\u0000') ? c.classKey.slice(c.classKey.indexOf('\u0000')) : ''}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [c]);
    else list.push(c);
  }
  const classes: ValueClass[] = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, list]) => ({ key, claims: list }));
  const size = (c: GroupClaim): Bounds => sizes.get(c) as Bounds;
  const sizesConflict = (a: GroupClaim, b: GroupClaim): boolean => !intervalsOverlap(size(a), size(b)) && sameScope(a, b, context.compareValues);
  // A vague size ("more than five") that fits two sizes in conflict ("six", "seven") is set apart, not a bridge between them.
  const clusters = clusterValues(classes, {
    compatible: (a, b) => intervalsOverlap(size(a), size(b)) && sameScope(a, b, context.compareValues),
    extent: (c) => [size(c).low ?? Number.NEGATIVE_INFINITY, size(c).high ?? Number.POSITIVE_INFINITY],
    maxCompared: 64,
    conflicting: sizesConflict,
  });
  let disputed = disputedClusters(clusters, sizesConflict, 64);
  let reason: string | undefined;
  if (disputed.length < 2) {
    // Members named across open lists can exceed a stated total none of them exceeds alone.
    const union = new Map<string, EntityRef>();
    const opens = claims.filter((c) => view(c)?.mode === 'open');
    for (const c of opens) for (const [k, m] of (view(c) as ListView).members) union.set(k, m);
    const totals = [...sizes.keys()].filter((c) => statesSize(c) && (size(c).high ?? Number.POSITIVE_INFINITY) < union.size);
    if (totals.length === 0) return undefined;
    const namers = opens.filter((c) => !totals.includes(c));
    const cluster = (list: readonly GroupClaim[]): ValueCluster => ({
      key: list[0]?.classKey ?? '',
      classes: valueClasses(list),
      claims: list,
      witnesses: [...new Set(list.map((c) => c.witness))].sort(),
      leader: list[0] as GroupClaim,
    });
    disputed = [cluster(totals), cluster(namers)];
    reason = `${union.size} members named against a total of ${size(totals[0] as GroupClaim).high}`;
  }
  if (!disputed.some((c) => c.claims.some(statesSize))) return undefined;
  const label = predicateWords(context, group.predicate);
  const [first, second] = disputed as [ValueCluster, ValueCluster];
  const discrepancy = numberDiscrepancy([size(first.leader), size(second.leader)], [size(first.leader), size(second.leader)]);
  if (reason === undefined) {
    const open = disputed.find((c) => size(c.leader).high === null);
    const total = disputed.find((c) => size(c.leader).high !== null && size(c.leader).low === size(c.leader).high);
    reason =
      disputed.length === 2 && open !== undefined && total !== undefined
        ? `${size(open.leader).low ?? 0} members named against a total of ${size(total.leader).high ?? 0}`
        : disputed.map((c) => sizeWords(size(c.leader))).join(' against ');
  }
  const describe = (c: ValueCluster): string => valueClasses(c.claims).map((cls) => describeSize(context, cls, label)).join('; ');
  const tentative = disputed.filter((c) => !c.claims.every(isTentative)).length <= 1;
  const lowered = tentative || (discrepancy !== undefined && severityOfGrade(discrepancy.grade) === 'warning');
  return {
    kind: 'count-conflict',
    message: flattened(`${disputed.map(describe).join('; ')} — ${reason} (${group.subjectName})`),
    ...(lowered ? { severity: 'warning' as const } : {}),
    key: { subject: group.subject, predicate: group.predicate },
    disagreement: 'size',
    sides: disputed.map((c) => ({ label: flattened(`${sourceWords(context, c.claims)}: ${sizeWords(size(c.leader))} ${label}`), claims: c.claims.map(context.findingClaim) })),
    related: NO_NOTES,
    ...(discrepancy !== undefined ? { discrepancy } : {}),
    disputed: disputed.map((c) => [...new Set(c.claims.map((x) => sizeKey(size(x))))]),
    data: { reason, sizes: disputed.map((c) => sizeWords(size(c.leader))) },
  };
};

/**
 * The membership-conflict rule.
 *
 * @example
 * createReconciler({ rules: [membershipConflictRule] }).reconcile(corpus)
 */
export const membershipConflictRule = defineRule({
  id: 'membership-conflict',
  meta: {
    description: 'Lists, counts and memberships that cannot all be true: who is a member, and how many there are.',
    docs: `Lists that cannot all be true. A closed list is complete, an open list names some members
(optionally with a stated total), a count gives only the size; a single entity on a set-valued
predicate ("UAE is a member") is an open list of one, and its negation excludes that member.
Names resolve through the alias tables first ("UAE" = "United Arab Emirates"). A claim group has
at most two disagreements, each **one** finding whatever the number of lists:

- **who is a member** (\`membership-conflict\`, disagreement \`members\`): members that some claims
  name and others leave out — a closed list without them, or a denial. The finding lists every
  list involved and names the disputed members; for each member a closed list lacks, it adds as
  related notes the other claims of that list's sources that name it — "001 names United Arab
  Emirates elsewhere (Pax Silica Summit, participants)": the span that places the UAE at the summit
  instead of among the founders.
- **how many** (\`count-conflict\`, disagreement \`size\`): sizes that cannot all be right, when at
  least one claim states its size as a number (a count, a stated total, "nine partners"): "001
  counts five founding members; 002 lists eight". Sizes implied only by lists that disagree on
  members are the \`members\` finding's business. Members named across open lists that exceed a
  stated total count too.

A conflict is a warning instead of an error when one side is tentative throughout (hedge
\`expected\`, \`hedged\` or \`claimed\`); sizes a few percent apart are a minor tension.`,
    kinds: {
      'membership-conflict': { severity: 'error', description: 'members some claims name and others leave out' },
      'count-conflict': { severity: 'error', description: 'numbers of members that cannot all be right' },
    },
    contested: true,
    examples: membershipConflictExamples,
  },
  check: (context) => {
    const drafts: FindingDraft[] = [];
    // The related notes of every finding, written at the end from one walk over the sources they ask about.
    const notes: NotesWanted[] = [];
    // Lists name the same members over and over: each name's key is folded once per run.
    const keyOf = entityKeys();
    const groupKeys = groupListKeys(keyOf);
    const wantNotes = (wanted: NotesWanted): void => {
      if (wanted.sources.length > 0) notes.push(wanted);
    };
    // The claims that have a list view (see `view`): a list, or an entity on a set-valued predicate. Most groups
    // have none (the run's one walk over the claims says which do), and nothing is built for them.
    const facts = groupFacts(context);
    const groups = context.groups;
    // Whether a predicate is set-valued, once per predicate (a run has a few).
    const setValued = new Map<string, boolean>();
    for (let g = 0; g < groups.length; g += 1) {
      const f = facts[g] as number;
      if ((f & (LISTS_MEMBERS | NAMES_ENTITY)) === 0) continue;
      const group = groups[g] as ClaimGroup;
      const all = group.claims;
      if (all.length < 2) continue;
      let sets = setValued.get(group.predicate);
      if (sets === undefined) {
        sets = context.predicate(group.predicate)?.valueType === 'entity-set';
        setValued.set(group.predicate, sets);
      }
      if ((f & LISTS_MEMBERS) === 0 && !sets) continue;
      const listed = sets ? listedInSets : listsItself;
      // One walk over the claims says what the drafts below would each ask first: whether every claim is listed,
      // whether the listed claims all say the same (then no member is in dispute), whether one states a size.
      let every = true;
      let first: string | undefined;
      let alike = true;
      let sized = false;
      for (let i = 0; i < all.length; i += 1) {
        const c = all[i] as GroupClaim;
        if (!listed(c)) {
          every = false;
          if (sets && !sized && c.value.type === 'quantity' && statesSizeAsNumber(c)) sized = true;
          continue;
        }
        if (first === undefined) first = c.classKey;
        else if (alike && c.classKey !== first) alike = false;
        if (!sized && statesSizeAsNumber(c)) sized = true;
      }
      if (alike && !sized) continue;
      const claims = every ? all : all.filter(listed);
      if (!alike) {
        const members = membersDraft(context, group, claims, keyOf, groupKeys, wantNotes);
        if (members !== undefined) drafts.push(members);
      }
      // Sizes matter only when a claim states one as a number (a list, or on a set-valued predicate a quantity).
      if (!sized) continue;
      const counted = sets ? [...claims, ...all.filter((c) => c.value.type === 'quantity')] : claims;
      const size = sizeDraft(context, group, counted);
      if (size !== undefined) drafts.push(size);
    }
    if (notes.length > 0) {
      const asked = new Map<SourceId, Set<string>>();
      for (const { sources, missing } of notes) {
        for (const source of sources) {
          let keys = asked.get(source);
          if (keys === undefined) {
            keys = new Set();
            asked.set(source, keys);
          }
          for (const m of missing) keys.add(keyOf(m));
        }
      }
      const mentions = mentionsOf(context, asked, keyOf);
      for (const wanted of notes) elsewhere(context, mentions, wanted);
    }
    return drafts;
  },
});
