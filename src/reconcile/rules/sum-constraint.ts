/**
 * Rule `sum-constraint`: totals and components that cannot add up, for
 * predicates that declare `sumOf` (`amount` = `loan-amount` +
 * `private-capital`). What it reports and why: `meta.docs` (shown in
 * docs/rules.md); its examples: `examples/sum-constraint.ts`.
 */
import type { PredicateId } from '../../model/ids.js';
import type { Predicate } from '../../model/predicate.js';
import { numberDiscrepancy, severityOfGrade } from '../../values/discrepancy.js';
import type { Bounds } from '../../values/interval.js';
import { joinWords } from '../../values/words.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import { defineRule, type DraftSide, type FindingDraft, type RuleContext } from '../rule.js';
import { sumConstraintExamples } from './examples/sum-constraint.js';
import { predicateWords, sourceWords, topicWords } from './words.js';
import { sourcesOf } from '../claim-sources.js';
import { largestOf, smallestOf } from '../../model/append-all.js';

type Extent = readonly [number, number];

const bounds = ([low, high]: Extent): Bounds => ({
  low: Number.isFinite(low) ? low : null,
  high: Number.isFinite(high) ? high : null,
  lowInclusive: true,
  highInclusive: true,
});

/** An extent as JSON can hold it (an unbounded end is null). */
const finite = (e: Extent): (number | null)[] => e.map((x) => (Number.isFinite(x) ? x : null));

/** The smallest interval holding every extent. */
const hull = (extents: readonly Extent[]): Extent => [smallestOf(extents.map((e) => e[0]), Infinity), largestOf(extents.map((e) => e[1]), -Infinity)];

/**
 * Whether components can add up to a total: with every component given,
 * their sum must meet the total; with some missing (amounts are not
 * negative), the given ones must not exceed it. The sum (or partial sum)
 * is returned with the verdict.
 */
const addsUp = (total: Extent, components: readonly (Extent | undefined)[]): { readonly ok: boolean; readonly sum: Extent; readonly complete: boolean } => {
  const given = components.filter((c): c is Extent => c !== undefined);
  const sum: Extent = [given.reduce((n, c) => n + c[0], 0), given.reduce((n, c) => n + c[1], 0)];
  const complete = given.length === components.length;
  const ok = complete ? sum[0] <= total[1] && sum[1] >= total[0] : sum[0] <= total[1];
  return { ok, sum, complete };
};

const words = (context: RuleContext, claims: readonly GroupClaim[]): string =>
  joinWords([...new Set(claims.map((c) => context.values.describe(c.value, 'message')))]);

/**
 * The sum-constraint rule.
 *
 * @example
 * createReconciler({ rules: [sumConstraintRule] }).reconcile(corpus)
 */
export const sumConstraintRule = defineRule({
  id: 'sum-constraint',
  meta: {
    description: 'A total and its components (predicates that declare `sumOf`) that cannot add up.',
    docs: `A quantity predicate may declare that it is the sum of others in predicates.yaml
(\`sumOf: [loan-amount, private-capital]\`). For each subject, the rule checks that the components
sources give can add up to the total: with every component given, their sum (each amount with
its rounding) must meet the total; with some missing, the given ones must not exceed it
(amounts are not negative). It checks each source on its own first — a page saying "$100 billion"
and "$20 billion" under a "$12 billion" headline — then the corpus as a whole, where any choice
of the sources' values that adds up is enough. One finding per subject and total lists the total
and each component as sides; its discrepancy grades the gap between the total and the sum, so
rounding is at most a minor tension. Different measures (dollars vs euros) are not compared.`,
    kinds: {
      'sum-mismatch': { severity: 'error', description: 'components that cannot add up to their total' },
    },
    contested: true,
    examples: sumConstraintExamples,
  },
  check: (context) => {
    const drafts: FindingDraft[] = [];
    const totals = context.corpus.predicates.filter((p): p is Predicate & { sumOf: PredicateId[] } => p.sumOf !== undefined && p.sumOf.length > 0);
    if (totals.length === 0) return drafts;
    const byKey = new Map<string, ClaimGroup>(context.groups.map((g) => [g.key, g]));
    const amounts = (group: ClaimGroup | undefined): GroupClaim[] =>
      (group?.claims ?? []).filter((c) => c.polarity === 'affirmative' && c.value.type === 'quantity' && context.values.extent(c.value) !== undefined);
    const extentOf = (claims: readonly GroupClaim[]): Extent | undefined =>
      claims.length === 0 ? undefined : hull(claims.map((c) => context.values.extent(c.value) as Extent));
    for (const predicate of totals) {
      for (const group of context.groups.filter((g) => g.predicate === predicate.id)) {
        const totalClaims = amounts(group);
        if (totalClaims.length === 0) continue;
        const parts = predicate.sumOf.map((id) => ({ id, claims: amounts(byKey.get(`${group.subject}|${id}`)) }));
        if (parts.every((p) => p.claims.length === 0)) continue;
        // Dollars and euros, money and counts: not one measure, not added.
        const reference = totalClaims[0] as GroupClaim;
        if (parts.some((p) => p.claims.some((c) => context.compareValues(reference.value, c.value).verdict === 'different-measure'))) continue;

        // Each source on its own, then the corpus as a whole.
        let failing: { totals: GroupClaim[]; parts: { id: PredicateId; claims: GroupClaim[] }[]; total: Extent; sum: Extent; complete: boolean } | undefined;
        for (const source of sourcesOf(totalClaims)) {
          const own = totalClaims.filter((c) => c.sourceId === source);
          const ownParts = parts.map((p) => ({ id: p.id, claims: p.claims.filter((c) => c.sourceId === source) }));
          if (ownParts.every((p) => p.claims.length === 0)) continue;
          const total = extentOf(own) as Extent;
          const verdict = addsUp(total, ownParts.map((p) => extentOf(p.claims)));
          if (!verdict.ok) {
            failing = { totals: own, parts: ownParts, total, sum: verdict.sum, complete: verdict.complete };
            break;
          }
        }
        if (failing === undefined) {
          const total = extentOf(totalClaims) as Extent;
          const verdict = addsUp(total, parts.map((p) => extentOf(p.claims)));
          if (!verdict.ok) failing = { totals: totalClaims, parts, total, sum: verdict.sum, complete: verdict.complete };
        }
        if (failing === undefined) continue;

        const label = predicateWords(context, predicate.id);
        const given = failing.parts.filter((p) => p.claims.length > 0);
        const discrepancy = numberDiscrepancy([bounds(failing.total), bounds(failing.sum)], [bounds(failing.total), bounds(failing.sum)]);
        const all = [...failing.totals, ...given.flatMap((p) => p.claims)];
        // Each component's label, its value in brackets: "loan ($10 billion)", never "loan $10 billion" run together.
        const componentWords = given.map((p) => `${predicateWords(context, p.id)} (${words(context, p.claims)})`).join(' + ');
        const message = `${topicWords(group.subjectName, label)}: ${sourceWords(context, failing.totals)} give${sourcesOf(failing.totals).length === 1 ? 's' : ''} ${words(context, failing.totals)}, but ${failing.complete ? 'its components add up to' : 'its components alone already exceed it:'} ${componentWords}${sourcesOf(all).length > sourcesOf(failing.totals).length ? `, given by ${sourceWords(context, all)}` : ''} — it is the sum of ${joinWords(predicate.sumOf.map((id) => predicateWords(context, id)))}${discrepancy !== undefined ? ` (${discrepancy.label})` : ''}`;
        const sides: DraftSide[] = [
          { label: `${label}: ${words(context, failing.totals)} (${sourceWords(context, failing.totals)})`, claims: failing.totals.map(context.findingClaim) },
          ...given.map((p) => ({ label: `${predicateWords(context, p.id)}: ${words(context, p.claims)} (${sourceWords(context, p.claims)})`, claims: p.claims.map(context.findingClaim) })),
        ];
        drafts.push({
          kind: 'sum-mismatch',
          message,
          ...(discrepancy !== undefined && severityOfGrade(discrepancy.grade) === 'warning' ? { severity: 'warning' as const } : {}),
          key: { subject: group.subject, predicate: group.predicate },
          disagreement: `sum:${predicate.sumOf.join('+')}`,
          sides,
          related: [],
          ...(discrepancy !== undefined ? { discrepancy } : {}),
          disputed: [
            [...new Set(failing.totals.map((c) => c.valueKey))],
            ...given.map((p) => [...new Set(p.claims.map((c) => `${p.id}=${c.valueKey}`))]),
          ],
          data: { total: finite(failing.total), sum: finite(failing.sum), complete: failing.complete, components: predicate.sumOf },
        });
      }
    }
    return drafts;
  },
});
