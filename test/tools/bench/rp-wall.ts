/**
 * Wall time per stage of one reconciliation of a synthetic corpus (not a test), with the time each
 * stage ended, so that a `--trace-gc-nvp` log of the same run can be split by stage
 * (gc-per-stage.ts). Prints, on stderr:
 *
 *   stages (wall ms @ end): dependence 812@4120, groups 3010@7130, …
 *   reconcile: 11514 ms wall, 15030 ms CPU; … findings 52dc1f006b37235e, coverage c4fea60a357e6a4e
 *
 * where `@` is `performance.now()` at the stage's end (ms since the process started, the clock the
 * GC trace's timestamps use). reconcile-profile.ts prints CPU per stage instead; the hashes are the
 * same (result-fingerprint.ts), so either checks that a change gives the same answer.
 *
 *   npx esbuild test/tools/bench/rp-wall.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/rp-wall.mjs
 *   node --expose-gc node_modules/.cache/rp-wall.mjs 1000000 [--seed 42] [--runs 2]
 *   node --expose-gc --trace-gc-nvp node_modules/.cache/rp-wall.mjs 1000000 > /tmp/gc.log 2>&1
 *
 * The bundle keeps function names in CPU profiles and runs without tsx's loader; `--expose-gc`
 * collects before each run, so every run starts from the same heap.
 */
import { parseArgs } from 'node:util';
import { settled } from '../../../src/model/result.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import { cpuMs } from './process-clock.js';
import { syntheticCorpus } from './reconcile.js';
import { coverageHash, findingsHash } from './result-fingerprint.js';

const { values, positionals } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string' } }, allowPositionals: true });
const n = Number(positionals[0] ?? 250_000);
const runs = Number(values.runs ?? 1);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

const generated = performance.now();
const corpus = syntheticCorpus(n, values.seed !== undefined ? Number(values.seed) : 42);
process.stderr.write(`generated ${n} claims in ${Math.round(performance.now() - generated)} ms; heap ${mb(process.memoryUsage().heapUsed)}\n`);

const stages: string[] = [];
let last = 0;
const reconciler = createReconciler({
  rules: builtinRules(),
  options: {
    onStageEnd: (name) => {
      const now = performance.now();
      stages.push(`${name} ${Math.round(now - last)}@${Math.round(now)}`);
      last = now;
    },
  },
});
for (let run = 0; run < runs; run += 1) {
  gc?.();
  stages.length = 0;
  const cpu = cpuMs();
  const start = performance.now();
  last = start;
  const result = settled(reconciler.reconcile(corpus));
  const wall = performance.now() - start;
  const used = cpuMs() - cpu;
  process.stderr.write(`stages (wall ms @ end): ${stages.join(', ')}\n`);
  process.stderr.write(
    `reconcile: ${Math.round(wall)} ms wall, ${Math.round(used)} ms CPU; ${result.groups.length} groups, ${result.findings.length} findings; ` +
      `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; findings ${findingsHash(result)}, coverage ${coverageHash(result)}\n`,
  );
}
