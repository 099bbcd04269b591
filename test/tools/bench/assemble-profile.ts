/**
 * Profile the assemble stage alone (not a test): reconciles a synthetic
 * corpus once with every built-in rule, keeping the rules' drafts and the
 * rule context, then runs `assembleFindings` on them again `--runs` times,
 * printing the CPU and garbage-collection time of each run and a hash of the
 * findings' JSON (which must not change) — a quick loop for work on
 * `assemble-findings.ts` / `finding-id.ts`, steadier than the stage figure of
 * `reconcile-profile.ts` on a busy machine. `--drop` assembles without
 * keeping the findings (they die young): the difference is what the
 * collector spends copying findings that survive.
 *
 *   npx esbuild test/tools/bench/assemble-profile.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/ap.mjs
 *   node --expose-gc node_modules/.cache/ap.mjs 250000 [--runs 5] [--drop]
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { settled } from '../../../src/model/result.js';
import { assembleFindings, type RuleDrafts } from '../../../src/reconcile/assemble-findings.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import type { AnyRule, RuleContext } from '../../../src/reconcile/rule.js';
import { collectorClock, cpuMs } from './process-clock.js';
import { syntheticCorpus } from './reconcile.js';

const { values: args, positionals } = parseArgs({ options: { runs: { type: 'string' }, drop: { type: 'boolean' } }, allowPositionals: true });
const n = Number(positionals[0] ?? 250_000);
const runs = Number(args.runs ?? 5);
const drop = args.drop === true;
const gc = (globalThis as { gc?: () => void }).gc;
const gcMs = collectorClock();

// Each built-in rule, wrapped to keep its drafts and the context it was given (no configured severities: none are set).
const ran: RuleDrafts[] = [];
let context: RuleContext | undefined;
const rules = builtinRules().map(
  (rule): AnyRule => ({
    ...rule,
    check: (given, options) => {
      context = given;
      const drafts = rule.check(given, options);
      ran.push({ rule, drafts });
      return drafts;
    },
  }),
);
const reconciled = settled(createReconciler({ rules }).reconcile(syntheticCorpus(n, 42)));
if (context === undefined) throw new Error('no rule ran');
const jsonHash = (findings: readonly unknown[]): string => {
  const hash = createHash('sha256');
  for (const f of findings) hash.update(`${JSON.stringify(f)}\n`);
  return hash.digest('hex').slice(0, 16);
};
const rows: string[] = [];
let last: readonly unknown[] = [];
/** A turn of the event loop: the PerformanceObserver reports collections asynchronously. */
const turn = (): Promise<void> => new Promise((done) => setTimeout(done, 10));
for (let i = 0; i < runs; i += 1) {
  gc?.();
  await turn();
  const gc0 = gcMs();
  const cpu = cpuMs();
  const findings = assembleFindings(ran, context, { validate: false }).findings;
  const used = cpuMs() - cpu;
  // Kept until the next run starts (as a run's result is), unless dropped at once.
  last = drop ? [] : findings;
  await turn();
  rows.push(`${Math.round(used)} ms CPU (gc ${Math.round(gcMs() - gc0)})`);
}
if (last.length === 0) last = assembleFindings(ran, context, { validate: false }).findings;
process.stderr.write(
  `assemble of ${reconciled.findings.length} findings: ${rows.join(', ')}; findings JSON ${jsonHash(last)} (in reconcile: ${jsonHash(reconciled.findings)})\n`,
);
