/**
 * Rule `value-conflict`: incompatible values for a functional predicate, or
 * a claim and its negation. What it reports and why: `meta.docs` (shown in
 * docs/rules.md); its examples: `examples/value-conflict.ts`.
 */
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { valueConflictExamples } from './examples/value-conflict.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import { isTentative, representative, sameScope, type ValueClass } from './value-classes.js';
import { predicateWords, sourceGroupsOf, sourceWords } from './words.js';

const side = (context: RuleContext, cls: ValueClass) => ({
  label: `${sourceWords(context, cls.claims)}: ${context.values.describe(representative(cls).value, 'message')}`,
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
  const va = context.values.describe(representative(a).value, 'message');
  const vb = context.values.describe(representative(b).value, 'message');
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
 * createReconciler({ rules: [valueConflictRule] }).reconcile(corpus)
 */
export const valueConflictRule = defineRule({
  id: 'value-conflict',
  meta: {
    description: 'Incompatible values for a functional predicate (one true value per subject), or a claim and its negation.',
    docs: `On a **functional** predicate (one true value per subject), two value classes that
\`compareValues\` finds incompatible: quantity intervals that do not overlap, dates on different
days, different entities. Aliases resolve first ("UK" = "United Kingdom"). \`different-measure\`
and \`unknown\` verdicts are not reported. On any predicate, a claim and its negation of the same
value (or an alias of the same entity) is a \`polarity-conflict\`. Entity sets are left to
\`membership-conflict\`. A conflict is a warning instead of an error when every claim of one side
is tentative (hedge \`expected\`, \`hedged\` or \`claimed\`); claims whose time qualifiers conflict
(2024 vs 2030) or whose places differ are different scopes and never contradict each other.`,
    kinds: {
      'value-conflict': { severity: 'error', description: 'two incompatible values of a functional predicate' },
      'polarity-conflict': { severity: 'error', description: 'a claim and its negation' },
    },
    contested: true,
    examples: valueConflictExamples,
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
