/**
 * Profile one reconciliation of a synthetic corpus (not a test): prints wall
 * and CPU time, heap and peak RSS, counts, and a fingerprint of every
 * finding (id, severity, message, claims) and of the coverage rows
 * (result-fingerprint.ts) so that a faster version can be checked to give
 * the same answer.
 *
 *   npx tsx test/tools/bench/reconcile-profile.ts 1000000 [--seed 42] [--runs 1] [--threads on] [--wall]
 *   npx esbuild test/tools/bench/reconcile-profile.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/rp.mjs
 *   /usr/bin/time -v node --expose-gc --cpu-prof node_modules/.cache/rp.mjs 1000000
 *   node --expose-gc node_modules/.cache/rp.mjs 1000000 --wall --runs 2
 *   node --expose-gc --trace-gc-nvp node_modules/.cache/rp.mjs 1000000 --wall > /tmp/gc.log 2>&1
 *
 * Each stage's time is CPU time by default:
 *
 *   stages (CPU ms): dependence 790, groups 2950, …
 *
 * With `--wall`, wall time instead, with the time each stage ended (`performance.now()`, ms since
 * the process started: the clock a `--trace-gc-nvp` log's timestamps use, so gc-per-stage.ts can
 * split that log by stage), and every run starts from a collected heap:
 *
 *   stages (wall ms @ end): dependence 812@4120, groups 3010@7130, …
 *   reconcile: 11514 ms wall, 15030 ms CPU; … peak RSS 1203 MB; findings 52dc1f006b37235e, coverage c4fea60a357e6a4e
 *
 * Without `--wall` the heap still live after the run (after a collection, with `--expose-gc`) is
 * printed too. The bundle keeps function names and line numbers in CPU profiles (tsx's do not) and
 * runs without tsx's loader. `--threads on` finds shared passages on a worker thread from 10,000
 * sources (`threads: true`; the default is the main thread), which a bundle finds as
 * source-dependence-worker.js beside it: build src/reconcile/threads/source-dependence-worker.ts
 * there. Figures in docs/benchmarks.md.
 */
import { parseArgs } from 'node:util';
import { settled } from '../../../src/model/result.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import { cpuMs } from './process-clock.js';
import { syntheticCorpus } from './reconcile.js';
import { coverageHash, findingsHash } from './result-fingerprint.js';

const { values, positionals } = parseArgs({
  options: { seed: { type: 'string' }, runs: { type: 'string' }, threads: { type: 'string' }, wall: { type: 'boolean' } },
  allowPositionals: true,
});
const n = Number(positionals[0] ?? 100_000);
const runs = Number(values.runs ?? 1);
const wallStages = values.wall === true;
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

const generated = performance.now();
const corpus = syntheticCorpus(n, values.seed !== undefined ? Number(values.seed) : 42);
process.stderr.write(`generated ${n} claims in ${Math.round(performance.now() - generated)} ms; heap ${mb(process.memoryUsage().heapUsed)}\n`);

// Time per stage of the run (see ReconcilerOptions.onStageEnd): CPU, or wall with each stage's end.
const clock = wallStages ? () => performance.now() : cpuMs;
const stages: string[] = [];
let last = 0;
const reconciler = createReconciler({
  rules: builtinRules(),
  options: {
    ...(values.threads === 'on' ? { threads: true } : {}),
    onStageEnd: (name) => {
      const now = clock();
      stages.push(wallStages ? `${name} ${Math.round(now - last)}@${Math.round(now)}` : `${name} ${Math.round(now - last)}`);
      last = now;
    },
  },
});
for (let run = 0; run < runs; run += 1) {
  if (wallStages) gc?.();
  stages.length = 0;
  const cpu = cpuMs();
  const start = performance.now();
  last = clock();
  const result = settled(reconciler.reconcile(corpus));
  const wall = performance.now() - start;
  const used = cpuMs() - cpu;
  process.stderr.write(`stages (${wallStages ? 'wall ms @ end' : 'CPU ms'}): ${stages.join(', ')}\n`);
  let heap = '';
  if (!wallStages) {
    gc?.();
    heap = `heap after (result live${gc !== undefined ? ', after gc' : ''}) ${mb(process.memoryUsage().heapUsed)}, `;
  }
  process.stderr.write(
    `reconcile: ${Math.round(wall)} ms wall, ${Math.round(used)} ms CPU; ${result.groups.length} groups, ${result.findings.length} findings; ` +
      `${heap}peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; findings ${findingsHash(result)}, coverage ${coverageHash(result)}\n`,
  );
}
