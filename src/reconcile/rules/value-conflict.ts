/**
 * Rule `value-conflict`: incompatible values for a functional predicate, or
 * a claim and its negation. What it reports and why: `meta.docs` (shown in
 * docs/rules.md); its examples: `examples/value-conflict.ts`.
 */
import type { Value } from '../../model/value.js';
import type { Comparison } from '../../values/comparison.js';
import { DIFFERENT_VALUES, largestDiscrepancy, severityOfGrade, type Discrepancy } from '../../values/discrepancy.js';
import { joinWords, numberWord } from '../../values/words.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import type { FindingNote } from '../../model/finding.js';
import { defineRule, type DraftSide, type FindingDraft, type RuleContext } from '../rule.js';
import type { ValueCluster } from '../value-clusters.js';
import { valueConflictExamples } from './examples/value-conflict.js';
import { conflictInScope, fitInScope, isTentative, representative, sameScope, type ValueClass } from './value-classes.js';
import { predicateWords, sourceWords, topicWords } from './words.js';
import { onlySource } from '../claim-sources.js';
import { AFFIRMS_DIFFERENT, DENIES, groupFacts, saysOneThing } from './group-facts.js';
import { flattened } from '../flat-string.js';
import { disputedOnce } from '../rule-context.js';

/** At most this many values are named in a message; the sides list them all. */
const MESSAGE_VALUES = 5;

/** The distinct values of a cluster in words, the leader's first ("$12 billion, about $12 billion"). */
const clusterWords = (context: RuleContext, cluster: ValueCluster): string => {
  // Most clusters are one class: its value's words.
  if (cluster.classes.length === 1) return context.values.describe(representative(cluster.classes[0] as ValueClass).value, 'message');
  const words = [...new Set(cluster.classes.map((cls) => context.values.describe(representative(cls).value, 'message')))];
  return words.length <= 3 ? words.join(' / ') : `${words.slice(0, 3).join(' / ')} / …`;
};

/**
 * How far the other clusters are from the best-supported one: the largest
 * discrepancy between it and a cluster it conflicts with (else between the
 * first two that conflict). `leading` is the comparison of the first two
 * clusters' leaders.
 */
const clusterDiscrepancy = (context: RuleContext, clusters: readonly ValueCluster[], leading: Comparison): Discrepancy | undefined => {
  const [top] = clusters as [ValueCluster];
  const found = clusters
    .slice(1)
    .map((c, i) =>
      sameScope(top.leader, c.leader, context.compareValues)
        ? i === 0
          ? context.discrepancy(top.leader.value, c.leader.value, leading)
          : context.discrepancy(top.leader.value, c.leader.value)
        : undefined,
    );
  if (found.some((d) => d !== undefined)) return largestDiscrepancy(found);
  for (const a of clusters) {
    for (const b of clusters) {
      if (a !== b && sameScope(a.leader, b.leader, context.compareValues)) {
        const d = context.discrepancy(a.leader.value, b.leader.value);
        if (d !== undefined) return d;
      }
    }
  }
  return undefined;
};

/** Whether a cluster's leading value is a list (membership-conflict's business). */
const listsMembers = (c: ValueCluster): boolean => c.leader.value.type === 'entity-set';

/** Whether all but one side are tentative throughout (hedge `expected`, `hedged` or `claimed`): only a tentative claim disagrees. */
const tentativeOnly = (clusters: readonly ValueCluster[]): boolean => {
  let firm = 0;
  for (const c of clusters) if (!c.claims.every(isTentative) && ++firm > 1) return false;
  return true;
};

/** "one source gives", "three sources give": the count of sources agreeing with its verb. */
const sourcesGive = (n: number): string => `${numberWord(n)} ${n === 1 ? 'source gives' : 'sources give'}`;

/** At most this many of a group's clusters, and of its sides, are looked at for a value that fits two sides. */
const FITTING_COMPARED = 64;

/** A cluster outside the dispute whose value fits sides that conflict with each other; `sides`: their indices. */
interface Fitting {
  readonly cluster: ValueCluster;
  readonly sides: readonly number[];
}

/**
 * The clusters of the group outside the dispute whose value fits two sides
 * in conflict with each other: "between 80 and 150" beside "about 100" and
 * "about 130". Clustering sets such a value apart (it cannot say which side
 * it is the same as: see value-clusters.ts), so it is no side; the finding
 * shows it as fitting them. Only a group with claims on no side is looked
 * at (most disputes: none).
 */
const fittingClusters = (context: RuleContext, group: ClaimGroup, disputed: readonly ValueCluster[]): readonly Fitting[] => {
  let onSides = 0;
  for (const c of disputed) onSides += c.claims.length;
  if (onSides === group.claims.length) return [];
  const found: Fitting[] = [];
  const all = context.clusters(group);
  const sideCount = Math.min(disputed.length, FITTING_COMPARED);
  for (let k = 0; k < Math.min(all.length, FITTING_COMPARED); k += 1) {
    const cluster = all[k] as ValueCluster;
    if (disputed.some((d) => d.key === cluster.key)) continue;
    const sides: number[] = [];
    for (let i = 0; i < sideCount; i += 1) if (fitInScope(cluster.leader, (disputed[i] as ValueCluster).leader, context.compareValues)) sides.push(i);
    const bridges = sides.some((i, a) => sides.slice(a + 1).some((j) => conflictInScope((disputed[i] as ValueCluster).leader, (disputed[j] as ValueCluster).leader, context.compareValues)));
    if (bridges) found.push({ cluster, sides });
  }
  return found;
};

/** "; 003 gives between 80 and 150, which fits both" (all four; 48 and 52): the values that fit two sides, in words (at most `MESSAGE_VALUES`). */
const fittingWords = (context: RuleContext, fitting: readonly Fitting[], values: readonly string[]): string =>
  fitting
    .slice(0, MESSAGE_VALUES)
    .map(({ cluster, sides }) => {
      const gives = `${sourceWords(context, cluster.claims)} give${onlySource(cluster.claims) !== undefined ? 's' : ''}`;
      const which = sides.length < values.length ? joinWords(sides.map((i) => values[i] as string)) : sides.length === 2 ? 'both' : `all ${numberWord(sides.length)}`;
      return `; ${gives} ${clusterWords(context, cluster)}, which fits ${which}`;
    })
    .join('') + (fitting.length > MESSAGE_VALUES ? `; ${numberWord(fitting.length - MESSAGE_VALUES)} more values fit two sides` : '');

/** One note per claim of a value that fits two sides: where it is said, and which sides it fits. */
const fittingNotes = (context: RuleContext, fitting: readonly Fitting[], values: readonly string[]): FindingNote[] =>
  fitting.flatMap(({ cluster, sides }) =>
    cluster.claims.map((c) => ({
      message: `${context.values.describe(c.value, 'message')} fits ${joinWords(sides.map((i) => values[i] as string))}, which conflict: it cannot say which is true`,
      sourceId: c.sourceId,
      claimId: c.claimId,
      span: c.span,
    })),
  );

const conflictDraft = (context: RuleContext, group: ClaimGroup, clusters: readonly ValueCluster[]): FindingDraft => {
  const label = predicateWords(context, group.predicate);
  const [first, second] = clusters as [ValueCluster, ValueCluster];
  // Each cluster's values and sources in words, once: the message and the sides both show them.
  const values = clusters.map((c) => clusterWords(context, c));
  const sources = clusters.map((c) => sourceWords(context, c.claims));
  const gives = (i: number): string =>
    `${sources[i] as string} give${onlySource((clusters[i] as ValueCluster).claims) !== undefined ? 's' : ''}`;
  const leading = context.compareValues(first.leader.value, second.leader.value);
  const discrepancy = clusterDiscrepancy(context, clusters, leading);
  const reason = leading.reason;
  // The graded gap says how far apart they are; without one, the comparison's reason says why they conflict.
  const measured = discrepancy !== undefined && discrepancy.label !== DIFFERENT_VALUES.label;
  const apart = measured ? ` — ${discrepancy.label}` : '';
  // A wider value that fits two of them is no side: it is shown as fitting them (most groups have none).
  const fitting = fittingClusters(context, group, clusters);
  const fits = fitting.length > 0 ? fittingWords(context, fitting, values) : '';
  // What the values are about, then the values: "Project Vault, amount: a gives nearly $12 billion; b gives $120 billion".
  const topic = topicWords(group.subjectName, label);
  const message =
    clusters.length === 2
      ? `${topic}: ${gives(0)} ${values[0] as string}; ${gives(1)} ${values[1] as string}${measured ? '' : ` (${reason})`}, and only one can be true${apart}${fits}`
      : `${topic}: ${sourcesGive(new Set(clusters.flatMap((c) => c.claims.map((x) => x.sourceId))).size)} ${numberWord(clusters.length)} values that cannot all be true: ${joinWords([
          ...clusters.slice(0, MESSAGE_VALUES).map((_, i) => `${values[i] as string} (${sources[i] as string})`),
          ...(clusters.length > MESSAGE_VALUES ? [`${clusters.length - MESSAGE_VALUES} more`] : []),
        ])}${apart}${fits}`;
  // A minor tension is at most a warning; so is a disagreement only a tentative claim makes.
  const lowered = (discrepancy !== undefined && severityOfGrade(discrepancy.grade) === 'warning') || tentativeOnly(clusters);
  // The message and labels are stored flat (see `flattened`): a tree of pieces would be copied by every collection until assemble.
  return {
    kind: 'value-conflict',
    message: flattened(message),
    ...(lowered ? { severity: 'warning' as const } : {}),
    key: { subject: group.subject, predicate: group.predicate },
    disagreement: 'value',
    sides: clusters.map((c, i): DraftSide => ({ label: flattened(`${sources[i] as string}: ${values[i] as string}`), claims: c.claims.map(context.findingClaim) })),
    ...(discrepancy !== undefined ? { discrepancy } : {}),
    related: fitting.length > 0 ? fittingNotes(context, fitting, values) : [],
    data: { reason, values: clusters.length },
  };
};

const side = (context: RuleContext, claims: readonly GroupClaim[], value: Value): DraftSide => ({
  label: `${sourceWords(context, claims)}: ${context.values.describe(value, 'message')}`,
  claims: claims.map(context.findingClaim),
});

/** A value affirmed and denied: one finding per denied value. */
const polarityDraft = (context: RuleContext, group: ClaimGroup, affirmed: readonly ValueClass[], denied: ValueClass): FindingDraft => {
  const label = predicateWords(context, group.predicate);
  const yes = affirmed.flatMap((cls) => cls.claims);
  const no = denied.claims;
  const value = representative(denied).value;
  const says = (claims: readonly GroupClaim[]): string => `${sourceWords(context, claims)} say${onlySource(claims) !== undefined ? 's' : ''}`;
  const tentative = yes.every(isTentative) || no.every(isTentative);
  return {
    kind: 'polarity-conflict',
    message: `${topicWords(group.subjectName, label)}: ${says(yes)} ${context.values.describe(value, 'message')}; ${says(no)} it is not`,
    ...(tentative ? { severity: 'warning' as const } : {}),
    key: { subject: group.subject, predicate: group.predicate },
    disagreement: `polarity:${representative(denied).valueKey}`,
    sides: [side(context, yes, representative(affirmed[0] as ValueClass).value), side(context, no, value)],
    related: [],
    data: { reason: 'the same value, affirmed and denied' },
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
    docs: `On a **functional** predicate (one true value per subject), the values of a claim group are
gathered into clusters of values that can all be true at once (\`compareValues\`, aliases resolved
first: "UK" = "United Kingdom"; quantities with their rounding: "$12 billion" and "$12.4 billion"
overlap). When clusters conflict, **one** finding lists every cluster in dispute, most independent
support first — four figures for one fund are one finding with four sides, not six pairs.
\`different-measure\` and \`unknown\` verdicts are not conflicts (dollars vs euros, an organisation vs
a place, free text). Entity sets are left to \`membership-conflict\`.

A vaguer value that fits two values in conflict with each other ("between 80 and 150" beside "about
100" and "about 130") cannot say which of them is true: it is no side, and does not hide their
conflict by joining both. The finding names it as fitting them ("s3 gives between 80 and 150, which
fits both"), with a related note at each of its claims; its severity is the sides' own.

The finding carries a graded **discrepancy**: a minor tension (numbers a few percent apart once
their rounding is allowed for, dates a day apart) is a warning; different values, an order of
magnitude ("$12 billion" vs "$120 billion") or a sign are errors, and the report lists the largest
first. Values that meet at one point neither holds are said in words, never "0% apart": a figure on
a strict bound ("3 km lies on the bound 'under 3 km'") and neighbouring round figures ("1,100" and
"1,200": "neighbouring round figures, 8.3% apart") are minor tensions; two bounds on opposite sides
of one figure ("up to 200", "more than 200") are a substantial conflict. A conflict is also a
warning when all but one side are tentative throughout (hedge \`expected\`, \`hedged\` or
\`claimed\`). Claims whose time qualifiers conflict (2024 vs 2030) or whose places differ are
different scopes and never contradict each other.

On any predicate, a claim and its negation of the same value (or an alias of the same entity) is a
\`polarity-conflict\`: one finding per denied value.`,
    kinds: {
      'value-conflict': { severity: 'error', description: 'values of a functional predicate that cannot all be true' },
      'polarity-conflict': { severity: 'error', description: 'a claim and its negation' },
    },
    contested: true,
    examples: valueConflictExamples,
  },
  check: (context) => {
    const drafts: FindingDraft[] = [];
    // Whether the affirmed values differ (else no value is in dispute) and whether a claim denies one (else
    // no polarity conflict), from the run's one walk over the claims: most groups agree.
    const facts = groupFacts(context);
    const groups = context.groups;
    for (let g = 0; g < groups.length; g += 1) {
      const f = facts[g] as number;
      if (saysOneThing(f)) continue;
      const group = groups[g] as ClaimGroup;
      if (group.claims.length < 2) continue;
      const predicate = context.predicate(group.predicate);
      if (predicate?.valueType === 'entity-set') continue;
      if ((f & AFFIRMS_DIFFERENT) !== 0 && predicate?.cardinality === 'functional') {
        // (A list among them is membership-conflict's: most groups have none, and keep their array as it is.)
        // (Not kept in the context's cache: coverage reads the group's clusters back from what the run keeps.)
        const inDispute = disputedOnce(context, group);
        const disputed = inDispute.some(listsMembers) ? inDispute.filter((c) => !listsMembers(c)) : inDispute;
        if (disputed.length >= 2) drafts.push(conflictDraft(context, group, disputed));
      }
      if ((f & DENIES) === 0) continue;
      // A class shares polarity and value, so one look at its representative classifies it.
      const classes = context.classes(group).filter((cls) => representative(cls).value.type !== 'entity-set');
      const positive = classes.filter((cls) => representative(cls).polarity === 'affirmative');
      for (const denied of classes.filter((cls) => representative(cls).polarity === 'negative')) {
        // Denying a value contradicts affirming the same value (aliases resolve to one key);
        // overlapping intervals or a place inside another are not a contradiction.
        const affirmed = positive.filter(
          (a) => representative(a).valueKey === representative(denied).valueKey && sameScope(representative(a), representative(denied), context.compareValues),
        );
        if (affirmed.length > 0) drafts.push(polarityDraft(context, group, affirmed, denied));
      }
    }
    return drafts;
  },
});
