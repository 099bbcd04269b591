/**
 * Rule `value-conflict`: on a functional predicate (one true value per
 * subject) two sources give values that `compareValues` finds incompatible —
 * quantities whose intervals do not overlap, dates on different days,
 * different entities. Aliases resolve to one entity first, so "UK" and
 * "United Kingdom" never conflict; different measures ("50 countries" vs
 * "50 countries and organizations") and unknown comparisons are not reported.
 * Also reports a claim and its negation (`polarity-conflict`) on any predicate.
 * Entity sets are left to `membership-conflict`.
 *
 * Severity: error; warning when one side is only tentative (expected,
 * hedged, claimed).
 */
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import { describeValue } from '../../values/index.js';
import { isTentative, representative, sameScope, type ValueClass } from './value-classes.js';
import { predicateWords, sourceGroupsOf, sourceWords } from './words.js';

const side = (context: RuleContext, cls: ValueClass) => ({
  label: `${sourceWords(context, cls.claims)}: ${describeValue(representative(cls).value, 'message')}`,
  claims: cls.claims.map(context.findingClaim),
});

const conflictDraft = (
  context: RuleContext,
  group: ClaimGroup,
  a: ValueClass,
  b: ValueClass,
  kind: 'value-conflict' | 'polarity-conflict',
  reason: string,
): FindingDraft => {
  const label = predicateWords(context, group.predicate);
  const va = describeValue(representative(a).value, 'message');
  const vb = describeValue(representative(b).value, 'message');
  const message =
    kind === 'value-conflict'
      ? `${sourceWords(context, a.claims)} give${a.claims.length === 1 ? 's' : ''} ${group.subjectName} ${label} ${va}; ${sourceWords(context, b.claims)} give${b.claims.length === 1 ? 's' : ''} ${vb} (${reason}), and ${label} has one true value`
      : `${sourceWords(context, a.claims)} say${a.claims.length === 1 ? 's' : ''} ${group.subjectName} ${label} is ${va}; ${sourceWords(context, b.claims)} say${b.claims.length === 1 ? 's' : ''} it is not`;
  const all: GroupClaim[] = [...a.claims, ...b.claims];
  const tentative = a.claims.every(isTentative) || b.claims.every(isTentative);
  return {
    kind,
    message,
    ...(tentative ? { severity: 'warning' as const } : {}),
    key: { subject: group.subject, predicate: group.predicate },
    sides: [side(context, a), side(context, b)],
    related: [],
    sourceGroups: sourceGroupsOf(context, all),
    data: { reason },
  };
};

/**
 * The value-conflict rule.
 *
 * @example
 * createReconciler({ rules: [valueConflictRule()] }).reconcile(corpus).findings
 */
export const valueConflictRule = (): Rule => ({
  id: 'value-conflict',
  meta: {
    description: 'Incompatible values for a functional predicate (one true value per subject), or a claim and its negation.',
    defaultSeverity: 'error',
    url: 'docs/rules.md#value-conflict',
  },
  check: (context) => {
    const drafts: FindingDraft[] = [];
    for (const group of context.groups) {
      if (group.claims.length < 2) continue;
      const predicate = context.predicate(group.predicate);
      if (predicate?.valueType === 'entity-set') continue;
      // A class shares polarity and value, so one look at its representative classifies it.
      const classes = context.classes(group).filter((cls) => representative(cls).value.type !== 'entity-set');
      const positive = classes.filter((cls) => representative(cls).polarity === 'affirmative');
      const negative = classes.filter((cls) => representative(cls).polarity === 'negative');
      if (predicate?.cardinality === 'functional') {
        for (let i = 0; i < positive.length; i++) {
          for (let j = i + 1; j < positive.length; j++) {
            const a = positive[i] as ValueClass;
            const b = positive[j] as ValueClass;
            if (!sameScope(representative(a), representative(b), context.compareValues)) continue;
            const cmp = context.compareValues(representative(a).value, representative(b).value);
            if (cmp.verdict === 'conflict') drafts.push(conflictDraft(context, group, a, b, 'value-conflict', cmp.reason));
          }
        }
      }
      for (const a of positive) {
        for (const b of negative) {
          if (!sameScope(representative(a), representative(b), context.compareValues)) continue;
          // Denying a value contradicts affirming the same value; for entities,
          // an alias of it. Overlapping intervals are not a contradiction.
          const same = representative(a).valueKey === representative(b).valueKey;
          const entities = representative(a).value.type === 'entity' && representative(b).value.type === 'entity';
          const cmp = same || !entities ? undefined : context.compareValues(representative(a).value, representative(b).value);
          if (same || cmp?.verdict === 'compatible') {
            drafts.push(conflictDraft(context, group, a, b, 'polarity-conflict', cmp?.reason ?? 'the same value, affirmed and denied'));
          }
        }
      }
    }
    return drafts;
  },
});
