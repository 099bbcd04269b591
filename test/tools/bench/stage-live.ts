/**
 * What stays live after each stage of one reconciliation of a synthetic corpus (not a test): the
 * old-space and large-object-space bytes in use at the end of every stage, from the start (corpus
 * only) to the end (after a collection, with the result kept). With `--gc` a full collection runs
 * at the end of every stage first, so the figure is what the stage left live, not what it left
 * for the collector.
 *
 *   npx esbuild test/tools/bench/stage-live.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/stage-live.mjs
 *   node --expose-gc node_modules/.cache/stage-live.mjs 1000000 [--gc] [--seed 42]
 *
 * Prints one line per stage on stderr: `groups old 512 lo 23` (MB).
 */
import { parseArgs } from 'node:util';
import { getHeapSpaceStatistics } from 'node:v8';
import { settled } from '../../../src/model/result.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import { syntheticCorpus } from './reconcile.js';

const { values, positionals } = parseArgs({ options: { gc: { type: 'boolean' }, seed: { type: 'string' } }, allowPositionals: true });
const n = Number(positionals[0] ?? 250_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');
const collect: () => void = gc;

/** Old space and large-object space in use, MB. */
const live = (): string => {
  const spaces = getHeapSpaceStatistics();
  const used = (name: string): string => ((spaces.find((s) => s.space_name === name)?.space_used_size ?? 0) / 2 ** 20).toFixed(0);
  return `old ${used('old_space')} lo ${used('large_object_space')}`;
};

const corpus = syntheticCorpus(n, values.seed !== undefined ? Number(values.seed) : 42);
collect();
const lines = [`start ${live()}`];
const reconciler = createReconciler({
  rules: builtinRules(),
  options: {
    onStageEnd: (stage) => {
      if (values.gc === true) collect();
      lines.push(`${stage} ${live()}`);
    },
  },
});
const result = settled(reconciler.reconcile(corpus));
collect();
lines.push(`end (after a collection) ${live()}; ${result.findings.length} findings kept`);
process.stderr.write(`${lines.join('\n')}\n`);
