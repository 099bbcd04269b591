/**
 * Rule `source-dependence`: two sources that are not independent — they
 * share passages word for word, or one declares it derives from or cites
 * the other, or both derive from one outside report. Each shared passage
 * is a related note with its span in both sources. Severity: info; the
 * engine counts such sources as one witness whatever this rule's setting.
 */
import type { FindingNote } from '../../model/finding.js';
import type { SourceId } from '../../model/ids.js';
import type { PassagePlace } from '../dependence/shared-passages.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { spanAt } from '../../anchor/describe-span.js';
import { joinWords, numberWord } from '../../values/words.js';

/** Options of the source-dependence rule. */
export interface SourceDependenceRuleOptions {
  /** At most this many passages are listed as notes per pair. Default 20. */
  readonly maxNotes?: number;
}

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
 * createReconciler({ rules: [sourceDependenceRule()] }).reconcile(corpus).findings
 */
export const sourceDependenceRule = (options: SourceDependenceRuleOptions = {}): Rule => ({
  id: 'source-dependence',
  meta: {
    description: 'Sources that share passages or declare a dependence; corroboration counts them as one.',
    defaultSeverity: 'info',
    url: 'docs/rules.md#source-dependence',
  },
  check: (context) => {
    const maxNotes = options.maxNotes ?? 20;
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
        sides: [],
        related,
        sourceGroups: [[x, y]],
        identity: `${x}|${y}`,
        data: {
          reasons: link.reasons.map((r) => r.kind),
          passages: passages.map((p) => ({ a: [p.a.start, p.a.end], b: [p.b.start, p.b.end], words: p.words })),
        },
      });
    }
    return drafts;
  },
});
