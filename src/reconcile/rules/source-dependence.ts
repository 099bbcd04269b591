/**
 * Rule `source-dependence`: two sources that are not independent. What it
 * reports and why: `meta.docs` (shown in docs/rules.md); its examples:
 * `examples/source-dependence.ts`.
 */
import { z } from 'zod';
import type { FindingNote } from '../../model/finding.js';
import type { SourceId } from '../../model/ids.js';
import type { PassagePlace } from '../dependence/shared-passages.js';
import { defineRule, type FindingDraft, type RuleContext } from '../rule.js';
import { sourceDependenceExamples } from './examples/source-dependence.js';
import { spanAt } from '../../anchor/describe-span.js';
import { joinWords, numberWord } from '../../values/words.js';

const SourceDependenceOptionsSchema = z.strictObject({
  maxNotes: z.number().int().nonnegative().default(20).describe('At most this many shared passages are listed as related notes per pair of sources.'),
});
/** Options of the source-dependence rule. */
export type SourceDependenceRuleOptions = z.input<typeof SourceDependenceOptionsSchema>;

const placeNote = (context: RuleContext, place: PassagePlace, other: SourceId, words: number): FindingNote | undefined => {
  const doc = context.source(place.sourceId);
  if (doc === undefined) return undefined;
  return {
    message: `${words} words shared with ${context.sourceLabel(other)}`,
    sourceId: place.sourceId,
    span: spanAt(place.sourceId, doc.text, place.start, place.end),
  };
};

/**
 * The source-dependence rule.
 *
 * @example
 * createReconciler({ rules: [sourceDependenceRule] }).reconcile(corpus)
 */
export const sourceDependenceRule = defineRule({
  id: 'source-dependence',
  meta: {
    description: 'Sources that share passages or declare a dependence; corroboration counts them as one.',
    docs: `Two sources that are not independent: shared passages (each one a pair of related notes with
its span in both sources), \`derivedFrom\`/\`cites\` of a corpus source, or derivation from one
outside report — *000 and 003 share four passages (186 words): counted as one independent
source*. Non-content ranges (cookie banners, "Continue with Google") never count; a phrase
shorter than a passage (12 words) is not one. Turning this rule off hides the finding but not the
grouping: corroboration still counts the group as one witness.`,
    kinds: {
      'source-dependence': { severity: 'info', description: 'two sources that count as one witness' },
    },
    options: SourceDependenceOptionsSchema,
    examples: sourceDependenceExamples,
  },
  check: (context, options) => {
    const maxNotes = options.maxNotes;
    const drafts: FindingDraft[] = [];
    const byPair = new Map<string, (typeof context.dependence.passages)[number][]>();
    for (const p of context.dependence.passages) {
      const key = `${p.a.sourceId}|${p.b.sourceId}`;
      const list = byPair.get(key);
      if (list === undefined) byPair.set(key, [p]);
      else list.push(p);
    }
    for (const link of context.dependence.links) {
      const [x, y] = link.sources;
      const [lx, ly] = [context.sourceLabel(x), context.sourceLabel(y)];
      const why = link.reasons.map((r) =>
        r.kind === 'shared-passages'
          ? `share ${numberWord(r.passages)} passage${r.passages === 1 ? '' : 's'} (${r.words} words)`
          : r.kind === 'common-origin'
            ? `both derive from ${r.outside}`
            : `${context.sourceLabel(r.from)} ${r.kind === 'cites' ? 'cites' : 'derives from'} ${context.sourceLabel(r.to)}`,
      );
      const passages = byPair.get(`${x}|${y}`) ?? [];
      const related = passages
        .slice(0, maxNotes)
        .flatMap((p) => [placeNote(context, p.a, y, p.words), placeNote(context, p.b, x, p.words)])
        .filter((n): n is FindingNote => n !== undefined);
      drafts.push({
        kind: 'source-dependence',
        message: `${lx} and ${ly} ${joinWords(why)}: counted as one independent source`,
        disagreement: `sources:${x}|${y}`,
        sides: [],
        related,
        sourceGroups: [[x, y]],
        disputed: [[x], [y]],
        data: {
          reasons: link.reasons.map((r) => r.kind),
          passages: passages.map((p) => ({ a: [p.a.start, p.a.end], b: [p.b.start, p.b.end], words: p.words })),
        },
      });
    }
    return drafts;
  },
});
