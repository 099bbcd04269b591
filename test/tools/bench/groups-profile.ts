/**
 * Profile the grouping and coverage core alone (not a test): builds the rule
 * context (claim groups) of a synthetic corpus and its coverage, without the
 * rules, and prints CPU and garbage-collection time of each, plus the heap
 * the groups keep — a quick loop for work on `claim-groups.ts` / `coverage.ts`.
 * The findings and coverage hashes are `reconcile-profile.ts`'s job.
 *
 *   npx esbuild test/tools/bench/groups-profile.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/gp.mjs
 *   node --expose-gc node_modules/.cache/gp.mjs 250000 [--runs 3] [--order source]
 *
 * `--order source` gives the claims source by source (a stable sort by their first
 * span's source), as a folder of articles does, instead of the generator's order
 * (group by group): then each group's claims are scattered over the input.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Claim } from '../../../src/model/claim.js';
import type { Corpus } from '../../../src/model/corpus.js';
import { compareOrdinal } from '../../../src/model/ordinal.js';
import type { Span } from '../../../src/model/span.js';
import { createEntityResolver } from '../../../src/normalize/entity-resolver.js';
import { coverageOf } from '../../../src/reconcile/coverage.js';
import { memoizedResolver } from '../../../src/reconcile/create-reconciler.js';
import { detectSourceDependence } from '../../../src/reconcile/dependence/detect-source-dependence.js';
import { buildContext } from '../../../src/reconcile/rule-context.js';
import { valueKinds, type ValueKinds } from '../../../src/values/registry.js';
import type { AnyValue } from '../../../src/values/value-kind.js';
import { collectorClock, cpuMs } from './process-clock.js';
import { syntheticCorpus } from './reconcile.js';

const { values: args, positionals } = parseArgs({ options: { runs: { type: 'string' }, order: { type: 'string' } }, allowPositionals: true });
const n = Number(positionals[0] ?? 250_000);
const runs = Number(args.runs ?? 1);
const gc = (globalThis as { gc?: () => void }).gc;
const gcMs = collectorClock();
const cpu = cpuMs;
const generated = syntheticCorpus(n, 42);
const sourceOf = (c: Claim): string => (c.evidence[0] as Span).sourceId;
const corpus: Corpus =
  args.order === 'source' ? { ...generated, claims: generated.claims.slice().sort((a, b) => compareOrdinal(sourceOf(a), sourceOf(b))) } : generated;
const values = valueKinds as unknown as ValueKinds<AnyValue>;
const dependence = detectSourceDependence(corpus.sources);
for (let run = 0; run < runs; run += 1) {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  // The PerformanceObserver reports asynchronously: wait a turn before reading gcMs.
  await new Promise((r) => setTimeout(r, 10));
  const g0 = gcMs();
  let t = cpu();
  const resolver = memoizedResolver(createEntityResolver({ entities: corpus.entities }));
  const context = buildContext({ corpus, compareValues: (a, b) => values.compare(a, b, { resolver }), values, resolver, dependence, maxCompared: 16 });
  const groupsMs = cpu() - t;
  await new Promise((r) => setTimeout(r, 10));
  const g1 = gcMs();
  t = cpu();
  const coverage = coverageOf(context);
  const coverageMs = cpu() - t;
  await new Promise((r) => setTimeout(r, 10));
  const g2 = gcMs();
  gc?.();
  const kept = process.memoryUsage().heapUsed - before;
  const hash = createHash('sha256').update(JSON.stringify(coverage)).digest('hex').slice(0, 16);
  process.stdout.write(
    `groups ${Math.round(groupsMs)} ms CPU (gc ${Math.round(g1 - g0)}), coverage ${Math.round(coverageMs)} ms CPU (gc ${Math.round(g2 - g1)}); ` +
      `${context.groups.length} groups, heap kept ${Math.round(kept / 2 ** 20)} MB; coverage ${hash}\n`,
  );
}
