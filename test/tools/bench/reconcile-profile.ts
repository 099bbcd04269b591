/**
 * Profile one reconciliation of a synthetic corpus (not a test): prints wall
 * and CPU time, heap and peak RSS, counts, and a fingerprint of every
 * finding (id, severity, message, claims) so that a faster version can be
 * checked to give the same answer.
 *
 *   npx tsx test/tools/bench/reconcile-profile.ts 1000000 [--seed 42] [--runs 1] [--threads on]
 *   npx esbuild test/tools/bench/reconcile-profile.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/reconcile-profile.mjs
 *   /usr/bin/time -v node --expose-gc --cpu-prof node_modules/.cache/reconcile-profile.mjs 1000000
 *
 * The bundle keeps function names and line numbers in CPU profiles (tsx's do not); with
 * `--expose-gc` the retained heap is measured after a collection. `--threads on` finds shared
 * passages on a worker thread from 10,000 sources (`threads: true`; the default is the main
 * thread), which a bundle finds as source-dependence-worker.js beside it: build
 * src/reconcile/threads/source-dependence-worker.ts there. Figures in docs/benchmarks.md.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { settled } from '../../../src/model/result.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import { cpuMs } from './process-clock.js';
import { syntheticCorpus } from './reconcile.js';

const { values, positionals } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string' }, threads: { type: 'string' } }, allowPositionals: true });
const n = Number(positionals[0] ?? 100_000);
const runs = Number(values.runs ?? 1);
const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

let t = performance.now();
const corpus = syntheticCorpus(n, values.seed !== undefined ? Number(values.seed) : 42);
process.stderr.write(`generated ${n} claims in ${Math.round(performance.now() - t)} ms; heap ${mb(process.memoryUsage().heapUsed)}\n`);
// CPU time per stage of the run (see ReconcilerOptions.onStageEnd).
const stages: string[] = [];
let last = 0;
const reconciler = createReconciler({
  rules: builtinRules(),
  options: {
    ...(values.threads === 'on' ? { threads: true } : {}),
    onStageEnd: (name) => {
      const now = cpuMs();
      stages.push(`${name} ${Math.round(now - last)}`);
      last = now;
    },
  },
});
for (let i = 0; i < runs; i++) {
  const cpu = process.cpuUsage();
  last = cpuMs();
  t = performance.now();
  const result = settled(reconciler.reconcile(corpus));
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const hash = createHash('sha256');
  for (const f of result.findings) {
    hash.update(`${f.id}\u0001${f.severity}\u0001${f.message}\u0001${f.fingerprint}\n`);
  }
  process.stderr.write(`stages (CPU ms): ${stages.join(', ')}\n`);
  stages.length = 0;
  (globalThis as { gc?: () => void }).gc?.();
  const retained = process.memoryUsage().heapUsed;
  const cover = createHash('sha256').update(JSON.stringify(result.coverage)).digest('hex').slice(0, 16);
  process.stderr.write(
    `reconcile: ${Math.round(wall)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU; ${result.groups.length} groups, ${result.findings.length} findings; ` +
      `heap after (result live${(globalThis as { gc?: unknown }).gc !== undefined ? ', after gc' : ''}) ${mb(retained)}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; findings ${hash.digest('hex').slice(0, 16)}, coverage ${cover}\n`,
  );
}
