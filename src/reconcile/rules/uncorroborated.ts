/**
 * Rule `uncorroborated`: a value that only one independent witness gives.
 * What it reports and why: `meta.docs` (shown in docs/rules.md); its
 * examples: `examples/uncorroborated.ts`.
 */
import type { FindingNote } from '../../model/finding.js';
import type { SourceId } from '../../model/ids.js';
import type { GroupClaim } from '../claim-groups.js';
import { singleSourceClusters } from '../coverage.js';
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { uncorroboratedExamples } from './examples/uncorroborated.js';
import { joinWords, numberWord } from '../../values/words.js';
import { predicateWords, sourceWords, topicWords } from './words.js';
import { sourcesOf } from '../claim-sources.js';
import { byOrdinal } from '../../model/ordinal.js';

/** The outlet as the first claim (in id order) names it. */
const outletWords = (context: RuleContext, claims: readonly GroupClaim[]): string =>
  claims.map((c) => c.attribution?.outlet).find((o) => o !== undefined) ?? 'one outlet';

/** Notes that explain why several sources count as one witness. */
const dependenceNotes = (context: RuleContext, sources: readonly SourceId[]): FindingNote[] => {
  if (sources.length < 2) return [];
  const set = new Set(sources);
  const first = new Set(sources.flatMap((s) => context.linksOf(s)));
  return [...first]
    .filter((l) => set.has(l.sources[0]) && set.has(l.sources[1]))
    .sort(byOrdinal((l) => l.sources.join('|')))
    .flatMap((l) =>
      l.reasons.map((r) => {
        const [a, b] = l.sources.map((s) => context.sourceLabel(s));
        const why =
          r.kind === 'shared-passages'
            ? `${a} and ${b} share ${numberWord(r.passages)} passage${r.passages === 1 ? '' : 's'} (${r.words} words): counted as one`
            : r.kind === 'common-origin'
              ? `${a} and ${b} both derive from ${r.outside}: counted as one`
              : `${context.sourceLabel(r.from)} ${r.kind === 'cites' ? 'cites' : 'derives from'} ${context.sourceLabel(r.to)}: counted as one`;
        return { message: why, sourceId: l.sources[0] };
      }),
    );
};

/**
 * The uncorroborated rule.
 *
 * @example
 * createReconciler({ rules: [uncorroboratedRule] }).reconcile(corpus)
 */
export const uncorroboratedRule = defineRule({
  id: 'uncorroborated',
  meta: {
    description: 'A value only one independent source (or relayed outlet) gives — opt-in: by default single-source values are coverage, not findings.',
    docs: `A value only one independent witness gives. **Opt-in**: single-source values are not
conflicts, so by default they are coverage — counted by \`check\` and listed in one table of the
report (\`Reconciliation.coverage\`), with no baseline entries; turn this rule on
(\`{ uncorroborated: 'on' }\`) to have each as an info finding.

Witnesses are independent source groups (sources that share passages or declare a dependence
count as one) — or the outside outlet a claim is attributed to: two pages relaying politico.com
are one witness ("only politico.com (as relayed by 004 and 010) gives …"). Values corroborate each other
when they can all be true at once (one value cluster: the same value, an alias, an overlapping
amount; two spellings of a name are \`name-variant\`'s business). When several sources say it but
form one group, the message says so and the related notes say why ("000 and 003 share four
passages (186 words): counted as one").`,
    kinds: {
      uncorroborated: { severity: 'info', description: 'a value only one independent witness gives' },
    },
    optIn: true,
    examples: uncorroboratedExamples,
  },
  check: (context) => {
    const drafts: FindingDraft[] = [];
    for (const group of context.groups) {
      const topic = topicWords(group.subjectName, predicateWords(context, group.predicate));
      for (const cluster of singleSourceClusters(context, group)) {
        const witness = cluster.witnesses[0] as string;
        const claims = cluster.claims;
        const sources = sourcesOf(claims);
        const value = context.values.describe(cluster.leader.value, 'message');
        const several = sources.length > 1;
        const message = witness.startsWith('outlet:')
          ? `${topic}: only ${outletWords(context, claims)} (as relayed by ${sourceWords(context, claims)}) gives ${value}`
          : several
            ? `${topic}: ${sourceWords(context, claims)} give ${value}, but they are one independent source (group of ${context.sourceLabel(witness.slice('group:'.length) as SourceId)}); no independent source corroborates it`
            : `${topic}: only ${sourceWords(context, claims)} gives ${value}; no other independent source says so`;
        drafts.push({
          kind: 'uncorroborated',
          message,
          key: { subject: group.subject, predicate: group.predicate },
          disagreement: `single-source:${cluster.key}`,
          sides: [{ label: `${joinWords(sources.map((s) => context.sourceLabel(s)))}: ${value}`, claims: claims.map(context.findingClaim) }],
          related: dependenceNotes(context, sources),
          data: { witness, sources: sources.length },
        });
      }
    }
    return drafts;
  },
});
