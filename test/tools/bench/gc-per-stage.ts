/**
 * Garbage collection per stage of a reconciliation (not a test): reads the log of a
 * `reconcile-profile.ts --wall` run under `--trace-gc-nvp` (the GC trace on stdout, the tool's
 * lines on stderr, in one file) and adds up, for each stage, the collections that happened in it —
 * how many, their pauses, the part of that in full (mark-compact) collections, and the bytes
 * scavenges promoted to the old generation and kept in the young one, and the bytes allocated
 * (V8's `allocated=`: since the previous collection, charged to the stage of the collection that ends
 * the interval — a stage that ends between collections hands its last allocations to the next).
 *
 *   node --expose-gc --trace-gc-nvp node_modules/.cache/rp.mjs 1000000 --wall > /tmp/gc.log 2>&1
 *   npx tsx test/tools/bench/gc-per-stage.ts /tmp/gc.log
 *
 * (build rp.mjs as reconcile-profile.ts's header says). A stage's collections are those whose
 * trace timestamp falls after the previous stage's end and by its own; "before" is everything from the previous
 * run's end (or the process's start) to the run's start, "after" what follows the last run.
 * `--runs 2` and more give one table per run.
 * Both timestamps count ms from the process's start, so the split is good to a few ms.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Stage {
  readonly name: string;
  readonly end: number;
}
interface Collection {
  readonly at: number;
  readonly pause: number;
  readonly full: boolean;
  readonly promoted: number;
  readonly survived: number;
  /** Bytes allocated since the previous collection (V8's `allocated=`, full collections too). */
  readonly allocated: number;
}
interface Tally {
  count: number;
  pause: number;
  fullPause: number;
  promoted: number;
  survived: number;
  allocated: number;
}

/** The stages of one run from reconcile-profile --wall's `stages (wall ms @ end): name ms@end, …` line, with the run's start. */
const runOf = (line: string): { readonly start: number; readonly stages: readonly Stage[] } | undefined => {
  const found = [...line.matchAll(/([\w:-]+) (\d+)@(\d+)/g)].map((m) => ({ name: m[1] ?? '', ms: Number(m[2]), end: Number(m[3]) }));
  const first = found[0];
  if (first === undefined) return undefined;
  return { start: first.end - first.ms, stages: found.map(({ name, end }) => ({ name, end })) };
};

/** One `--trace-gc-nvp` line: `[pid:isolate]   702 ms: pause=26.4 mutator=625.7 gc=s … promoted=… new_space_survived=…`. */
const collectionOf = (line: string): Collection | undefined => {
  const m = /\s(\d+) ms: pause=([\d.]+) .*?\bgc=(\w+)/.exec(line);
  if (m === null) return undefined;
  const full = m[3] !== 's';
  const bytes = (field: string): number => (full ? 0 : Number(new RegExp(`\\b${field}=(\\d+)`).exec(line)?.[1] ?? 0));
  const allocated = Number(/\ballocated=(\d+)/.exec(line)?.[1] ?? 0);
  return { at: Number(m[1]), pause: Number(m[2]), full, promoted: bytes('promoted'), survived: bytes('new_space_survived'), allocated };
};

const file = process.argv[2];
if (file === undefined || !existsSync(file)) {
  process.stderr.write(`${file === undefined ? '' : `${file}: no such file. `}usage: gc-per-stage.ts <log of rp.mjs --wall under --trace-gc-nvp, stdout and stderr>\n`);
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n');
const runs = lines.filter((l) => l.startsWith('stages')).flatMap((l) => runOf(l) ?? []);
const collections = lines.flatMap((l) => collectionOf(l) ?? []);
if (runs.length === 0) {
  process.stderr.write(`${file}: no "stages (wall ms @ end)" line; was it written by rp.mjs --wall, with stderr?\n`);
  process.exit(1);
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0).padStart(7);
let previousEnd = -Infinity;
runs.forEach((run, index) => {
  const tallies = new Map<string, Tally>();
  const lastEnd = run.stages[run.stages.length - 1]?.end ?? run.start;
  const last = index === runs.length - 1;
  for (const c of collections) {
    // What follows a run's last stage is the next run's "before", except after the last run.
    if (c.at <= previousEnd || (!last && c.at > lastEnd)) continue;
    const name = c.at < run.start ? 'before' : (run.stages.find((s) => c.at <= s.end)?.name ?? 'after');
    const t = tallies.get(name) ?? { count: 0, pause: 0, fullPause: 0, promoted: 0, survived: 0, allocated: 0 };
    t.count += 1;
    t.pause += c.pause;
    if (c.full) t.fullPause += c.pause;
    t.promoted += c.promoted;
    t.survived += c.survived;
    t.allocated += c.allocated;
    tallies.set(name, t);
  }
  previousEnd = lastEnd;
  console.log(`run ${index + 1} (${Math.round(run.start)}–${lastEnd} ms)`);
  for (const name of ['before', ...run.stages.map((s) => s.name), 'after']) {
    const t = tallies.get(name);
    if (t === undefined) continue;
    console.log(
      `${name.padEnd(28)} gcs ${String(t.count).padStart(4)} pause ${t.pause.toFixed(0).padStart(8)} ms (mark-compact ${t.fullPause.toFixed(0).padStart(6)}) promoted ${mb(t.promoted)} MB survived ${mb(t.survived)} MB allocated ${mb(t.allocated)} MB`,
    );
  }
});
