/**
 * Rule `membership-conflict`: lists of members that cannot all be true.
 * What it reports and why: `meta.docs` (shown in docs/rules.md); its
 * examples: `examples/membership-conflict.ts`.
 */
import type { FindingNote } from '../../model/finding.js';
import type { EntityRef, EntitySetValue } from '../../model/value.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import { entityKey } from '../../values/kinds/entity.js';
import { joinWords, numberWord } from '../../values/words.js';
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { membershipConflictExamples } from './examples/membership-conflict.js';
import { isTentative, representative, sameScope, type ValueClass } from './value-classes.js';
import { predicateWords, sourceGroupsOf, sourceWords, sourcesOf } from './words.js';

/** A list as the rule sees it. */
interface ListView {
  readonly mode: 'closed' | 'open' | 'count' | 'not';
  readonly members: ReadonlyMap<string, EntityRef>;
  readonly count: number | undefined;
}

const view = (c: GroupClaim): ListView | undefined => {
  const v = c.value;
  if (v.type === 'entity') {
    return { mode: c.polarity === 'negative' ? 'not' : 'open', members: new Map([[entityKey(v), v]]), count: undefined };
  }
  if (v.type !== 'entity-set' || c.polarity === 'negative') return undefined;
  const set: EntitySetValue = v;
  const members = new Map(set.members.map((m) => [entityKey(m), m] as const));
  return { mode: set.mode, members, count: set.mode === 'closed' ? members.size : set.count };
};

/** Why two lists cannot both be true, or undefined. `missing`: members of `b` that closed `a` lacks. */
interface Clash {
  readonly reason: string;
  readonly closedSide?: 'a' | 'b';
  readonly missing: readonly EntityRef[];
}

const minus = (x: ListView, y: ListView): EntityRef[] => [...x.members].filter(([k]) => !y.members.has(k)).map(([, m]) => m);

const names = (refs: readonly EntityRef[]): string => joinWords(refs.map((r) => r.name));

const clash = (a: ListView, b: ListView): Clash | undefined => {
  if (a.mode === 'not' && b.mode === 'not') return undefined;
  if (a.mode === 'not' || b.mode === 'not') {
    const [neg, list] = a.mode === 'not' ? [a, b] : [b, a];
    const denied = [...neg.members.keys()][0] as string;
    return list.members.has(denied) ? { reason: `${names([...neg.members.values()])} is denied and listed`, missing: [] } : undefined;
  }
  if (a.mode === 'closed' && b.mode === 'closed') {
    const onlyA = minus(a, b);
    const onlyB = minus(b, a);
    if (onlyA.length === 0 && onlyB.length === 0) return undefined;
    const parts = [onlyA.length > 0 ? `only the first names ${names(onlyA)}` : '', onlyB.length > 0 ? `only the second names ${names(onlyB)}` : ''];
    return { reason: parts.filter((p) => p.length > 0).join('; '), closedSide: 'a', missing: onlyB };
  }
  if (a.mode === 'closed' || b.mode === 'closed') {
    const [closed, other, closedSide] = a.mode === 'closed' ? [a, b, 'a' as const] : [b, a, 'b' as const];
    const missing = minus(other, closed);
    if (missing.length > 0) return { reason: `the complete list lacks ${names(missing)}`, closedSide, missing };
    if (other.count !== undefined && other.count !== closed.members.size) {
      return { reason: `a total of ${other.count} against a complete list of ${closed.members.size}`, closedSide, missing: [] };
    }
    return undefined;
  }
  // open / count pairs: members named against stated totals.
  if (a.count !== undefined && b.count !== undefined && a.count !== b.count) {
    return { reason: `totals of ${a.count} and ${b.count}`, missing: [] };
  }
  const union = new Set([...a.members.keys(), ...b.members.keys()]).size;
  const total = a.count ?? b.count;
  if (total !== undefined && union > total) return { reason: `${union} members named against a total of ${total}`, missing: [] };
  return undefined;
};

const describeSide = (context: RuleContext, cls: ValueClass, label: string): string => {
  const c = representative(cls);
  const who = sourceWords(context, cls.claims);
  const s = cls.claims.length === 1 ? 's' : '';
  const v = view(c) as ListView;
  switch (v.mode) {
    case 'closed':
      return `${who} name${s} ${numberWord(v.members.size)} ${label}: ${context.values.describe(c.value, 'message')}`;
    case 'open':
      return `${who} list${s} ${names([...v.members.values()])} among the ${label}${v.count !== undefined ? ` (of ${numberWord(v.count)})` : ''}`;
    case 'count':
      return `${who} count${s} ${numberWord(v.count ?? 0)} ${label}`;
    case 'not':
      return `${who} say${s} ${names([...v.members.values()])} is not among the ${label}`;
  }
};

const message = (context: RuleContext, group: ClaimGroup, a: ValueClass, b: ValueClass, found: Clash): string => {
  const label = predicateWords(context, group.predicate);
  const va = view(representative(a)) as ListView;
  const vb = view(representative(b)) as ListView;
  if (found.closedSide !== undefined && found.missing.length > 0 && (found.closedSide === 'a' ? vb : va).mode !== 'closed') {
    const [closedCls, otherCls] = found.closedSide === 'a' ? [a, b] : [b, a];
    const closedView = found.closedSide === 'a' ? va : vb;
    const it = found.missing.length === 1 ? 'it' : 'them';
    return `${sourceWords(context, otherCls.claims)} list${otherCls.claims.length === 1 ? 's' : ''} ${names(found.missing)} among the ${label} of ${group.subjectName}; ${sourceWords(context, closedCls.claims)} name${closedCls.claims.length === 1 ? 's' : ''} ${numberWord(closedView.members.size)} ${label} without ${it}`;
  }
  return `${describeSide(context, a, label)}; ${describeSide(context, b, label)} — ${found.reason} (${group.subjectName})`;
};

/** Other claims of the closed side's sources that name a member it lacks. */
const elsewhere = (context: RuleContext, group: ClaimGroup, closed: ValueClass, missing: readonly EntityRef[]): FindingNote[] => {
  const notes: FindingNote[] = [];
  const inGroup = new Set(group.claims);
  for (const m of missing) {
    for (const c of sourcesOf(closed.claims).flatMap((s) => context.mentionsIn(s, entityKey(m)))) {
      if (inGroup.has(c)) continue;
      notes.push({
        message: `${context.sourceLabel(c.sourceId)} names ${m.name} elsewhere (${c.subjectName}, ${predicateWords(context, context.claim(c.claimId).predicate)}): “${c.span.quote.exact}”`,
        sourceId: c.sourceId,
        claimId: c.claimId,
        span: c.span,
      });
    }
  }
  return notes;
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
    description: 'Closed lists, open lists, counts and single memberships that cannot all be true.',
    docs: `Lists that cannot all be true. A closed list is complete, an open list names some members
(optionally with a stated total), a count gives only the size; a single entity on a set-valued
predicate ("UAE is a member") is an open list of one, and its negation contradicts any list
that names it. Names resolve through the alias tables first ("UAE" = "United Arab Emirates").

| pair | conflict when |
|---|---|
| closed / closed | the member sets differ |
| closed / open | the open list names someone the closed list lacks, or states another total |
| closed / count | the sizes differ |
| open / count, open / open | the members named exceed a stated total, or the totals differ |
| count / count | the counts differ |
| negation / list | the list names the denied member |

For each member the closed side lacks, the finding adds as related notes the other claims of
the closed side's sources that name it — "001 names United Arab Emirates elsewhere (Pax Silica
Summit, participants)": the span that places the UAE at the summit instead of among the
founders. A conflict is a warning instead of an error when every claim of one side is tentative.`,
    kinds: {
      'membership-conflict': { severity: 'error', description: 'two lists (or a list and a membership) that cannot both be true' },
    },
    contested: true,
    examples: membershipConflictExamples,
  },
  check: (context) => {
    const drafts: FindingDraft[] = [];
    for (const group of context.groups) {
      if (group.claims.length < 2) continue;
      const sets = context.predicate(group.predicate)?.valueType === 'entity-set';
      const classes = context.classes(group).filter((cls) => {
        const type = representative(cls).value.type;
        return (type === 'entity-set' || (sets && type === 'entity')) && view(representative(cls)) !== undefined;
      });
      for (let i = 0; i < classes.length; i++) {
        for (let j = i + 1; j < classes.length; j++) {
          const a = classes[i] as ValueClass;
          const b = classes[j] as ValueClass;
          if (!sameScope(representative(a), representative(b), context.compareValues)) continue;
          const found = clash(view(representative(a)) as ListView, view(representative(b)) as ListView);
          if (found === undefined) continue;
          const closed = found.closedSide === 'a' ? a : found.closedSide === 'b' ? b : undefined;
          const all = [...a.claims, ...b.claims];
          const tentative = a.claims.every(isTentative) || b.claims.every(isTentative);
          const label = predicateWords(context, group.predicate);
          drafts.push({
            kind: 'membership-conflict',
            message: message(context, group, a, b, found),
            ...(tentative ? { severity: 'warning' as const } : {}),
            key: { subject: group.subject, predicate: group.predicate },
            sides: [a, b].map((cls) => ({ label: describeSide(context, cls, label), claims: cls.claims.map(context.findingClaim) })),
            related: closed !== undefined ? elsewhere(context, group, closed, found.missing) : [],
            sourceGroups: sourceGroupsOf(context, all),
            data: { reason: found.reason, missing: found.missing.map((m) => m.name) },
          });
        }
      }
    }
    return drafts;
  },
});
