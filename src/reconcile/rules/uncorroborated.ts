/**
 * Rule `uncorroborated`: a value that only one independent witness gives.
 * What it reports and why: `meta.docs` (shown in docs/rules.md); its
 * examples: `examples/uncorroborated.ts`.
 */
import { z } from 'zod';
import type { FindingNote } from '../../model/finding.js';
import type { SourceId } from '../../model/ids.js';
import type { GroupClaim } from '../claim-groups.js';
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { uncorroboratedExamples } from './examples/uncorroborated.js';
import { joinWords, numberWord } from '../../values/words.js';
import { representative, type ValueClass } from './value-classes.js';
import { predicateWords, sourceGroupsOf, sourceWords, sourcesOf } from './words.js';
import { byOrdinal } from '../../model/ordinal.js';

const UncorroboratedOptionsSchema = z.strictObject({
  maxDistinctValues: z
    .number()
    .int()
    .nonnegative()
    .default(64)
    .describe('Above this many distinct values in a claim group, only identical values corroborate each other (keeps the work near-linear).'),
});
/** Options of the uncorroborated rule. */
export type UncorroboratedOptions = z.input<typeof UncorroboratedOptionsSchema>;

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
    description: 'A value only one independent source (or relayed outlet) gives.',
    docs: `A value only one independent witness gives. Witnesses are independent source groups (sources
that share passages or declare a dependence count as one) — or the outside outlet a claim is
attributed to: two pages relaying politico.com are one witness ("Only politico.com (as relayed
by 004 and 010)"). Claims corroborate each other when their values are the same or compatible
(\`compareValues\`; entities only as the same canonical entity — two spellings are
\`name-variant\`'s business). When several sources say it but form one group, the message says so
and the related notes say why ("000 and 003 share four passages (186 words): counted as one").
Groups with more than \`maxDistinctValues\` distinct values compare only identical values.`,
    kinds: {
      uncorroborated: { severity: 'info', description: 'a value only one independent witness gives' },
    },
    options: UncorroboratedOptionsSchema,
    examples: uncorroboratedExamples,
  },
  check: (context, options) => {
    const maxDistinct = options.maxDistinctValues;
    const drafts: FindingDraft[] = [];
    for (const group of context.groups) {
      const classes = context.classes(group).filter((cls) => representative(cls).polarity === 'affirmative');
      // The common case, one value: corroborated as soon as a second witness says it.
      if (classes.length === 1) {
        const only = classes[0] as ValueClass;
        const first = representative(only).witness;
        if (only.claims.some((c) => c.witness !== first)) continue;
      }
      const witnesses = classes.map((cls) => new Set(cls.claims.map((c) => c.witness)));
      const support = witnesses.map((w) => new Set(w));
      if (classes.length <= maxDistinct) {
        for (let i = 0; i < classes.length; i++) {
          for (let j = i + 1; j < classes.length; j++) {
            const a = representative(classes[i] as ValueClass);
            const b = representative(classes[j] as ValueClass);
            // Entities corroborate only as one entity (same id or folded name):
            // two spellings are the name-variant rule's business, not corroboration.
            const entities = a.value.type === 'entity' && b.value.type === 'entity';
            const compatible = a.valueKey === b.valueKey || (!entities && context.compareValues(a.value, b.value).verdict === 'compatible');
            if (!compatible) continue;
            for (const w of witnesses[j] as Set<string>) (support[i] as Set<string>).add(w);
            for (const w of witnesses[i] as Set<string>) (support[j] as Set<string>).add(w);
          }
        }
      }
      const label = predicateWords(context, group.predicate);
      classes.forEach((cls, i) => {
        const backers = support[i] as Set<string>;
        if (backers.size !== 1) return;
        const witness = [...backers][0] as string;
        const sources = sourcesOf(cls.claims);
        const value = context.values.describe(representative(cls).value, 'message');
        const claims: readonly GroupClaim[] = cls.claims;
        const several = sources.length > 1;
        const viaOutlet = witness.startsWith('outlet:');
        const message = viaOutlet
          ? `Only ${outletWords(context, claims)} (as relayed by ${sourceWords(context, claims)}) gives ${group.subjectName} ${label} ${value}`
          : several
            ? `${sourceWords(context, claims)} give ${group.subjectName} ${label} ${value}, but they are one independent source (group of ${context.sourceLabel(witness.slice('group:'.length) as SourceId)}); no independent source corroborates it`
            : `Only ${sourceWords(context, claims)} gives ${group.subjectName} ${label} ${value}; no other independent source says so`;
        drafts.push({
          kind: 'uncorroborated',
          message,
          key: { subject: group.subject, predicate: group.predicate },
          sides: [{ label: `${joinWords(sources.map((s) => context.sourceLabel(s)))}: ${value}`, claims: claims.map(context.findingClaim) }],
          related: dependenceNotes(context, sources),
          sourceGroups: sourceGroupsOf(context, claims),
          data: { witness, sources: sources.length },
        });
      });
    }
    return drafts;
  },
});
