/**
 * The rule context of one reconcile run, captured by a rule that reports
 * nothing: what a test of a rule helper reads (`groupFacts`, `mentionsOf`).
 */
import type { Corpus } from '../../../src/model/corpus.js';
import { createReconciler, defineRule } from '../../../src/reconcile/index.js';
import type { RuleContext } from '../../../src/reconcile/rule.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';
import { paxSilicaCorpus } from '../pax-silica-corpus.js';

/** The rule context of one reconcile run of a corpus. */
export const contextOf = (corpus: Corpus): RuleContext => {
  let seen: RuleContext | undefined;
  const capture = defineRule({ id: 'test:capture', meta: { description: 'captures the context', docs: '', kinds: {} }, check: (context) => ((seen = context), []) });
  createReconciler({ rules: [capture] }).reconcile(corpus);
  if (seen === undefined) throw new Error('the rule did not run');
  return seen;
};

/** Two corpora for helper tests: the bundled one and a synthetic one of 3,000 claims (seeded). */
export const helperCorpora = (seed: number): readonly (readonly [string, () => Corpus])[] => [
  ['the bundled Pax Silica corpus', () => paxSilicaCorpus()],
  ['a synthetic corpus of 3,000 claims', () => syntheticCorpus(3000, seed)],
];
