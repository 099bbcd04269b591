/**
 * What a reconciliation's result keeps beyond its corpus (not a test):
 * reconciles a synthetic corpus, writes a V8 heap snapshot with the corpus
 * and the result live, and prints the objects reachable from the result but
 * not from the corpus, by shape (constructor and first property names), and
 * how many of them each public field of the result reaches — so that what
 * no public field exposes (per-run caches, drafts, the rule context,
 * closures) shows, and what the findings, coverage rows and groups cost per
 * item. Walks do not cross prototypes, maps, closures or code, so that
 * reaching a function does not reach the whole heap. At 100k claims the
 * snapshot is ~200 MB and the analysis needs ~3 GB.
 *
 *   npx esbuild test/tools/bench/result-heap.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/result-heap.mjs
 *   node --expose-gc --max-old-space-size=8000 node_modules/.cache/result-heap.mjs 100000 [--keep /tmp/run.heapsnapshot]
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeHeapSnapshot } from 'node:v8';
import { settled } from '../../../src/model/result.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import { syntheticCorpus } from './reconcile.js';

const { values: args, positionals } = parseArgs({ options: { keep: { type: 'string' }, top: { type: 'string' } }, allowPositionals: true });
const n = Number(positionals[0] ?? 100_000);
const top = Number(args.top ?? 30);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(2);

// The two roots the snapshot is read from, as properties of the global object (found by name in it).
const roots = globalThis as { __corpus?: unknown; __result?: unknown };
const corpus = syntheticCorpus(n, 42);
roots.__corpus = corpus;
gc();
const before = process.memoryUsage().heapUsed;
const result = settled(createReconciler({ rules: builtinRules() }).reconcile(corpus));
roots.__result = result;
gc();
const after = process.memoryUsage().heapUsed;
process.stderr.write(
  `${n} claims: heap ${mb(before)} MB with the corpus, ${mb(after)} MB with the result too; ${result.findings.length} findings, ` +
    `${result.coverage.singleSource.length} coverage rows, ${result.groups.length} groups\n`,
);
const file = args.keep ?? join(tmpdir(), `result-heap-${process.pid}.heapsnapshot`);
writeHeapSnapshot(file);
roots.__corpus = undefined;
roots.__result = undefined;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}
const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
if (args.keep === undefined) rmSync(file);
const meta = snap.snapshot.meta;
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const [nodeTypes] = meta.node_types;
const [edgeTypes] = meta.edge_types;
const { nodes, edges, strings } = snap;
const count = nodes.length / NF;
const TYPE = meta.node_fields.indexOf('type');
const NAME = meta.node_fields.indexOf('name');
const SIZE = meta.node_fields.indexOf('self_size');
const EDGES = meta.node_fields.indexOf('edge_count');
const firstEdge = new Uint32Array(count + 1);
for (let i = 0, e = 0; i < count; i += 1) {
  firstEdge[i] = e;
  e += (nodes[i * NF + EDGES] as number) * EF;
  firstEdge[i + 1] = e;
}
const typeOf = (v: number): string => nodeTypes[nodes[v * NF + TYPE] as number] as string;
const nameOf = (v: number): string => strings[nodes[v * NF + NAME] as number] as string;
const sizeOf = (v: number): number => nodes[v * NF + SIZE] as number;
const edgeType = (e: number): string => edgeTypes[edges[e] as number] as string;
const edgeName = (e: number): string => {
  const type = edgeType(e);
  return type === 'element' || type === 'hidden' ? '[]' : (strings[edges[e + 1] as number] as string);
};
const target = (e: number): number => (edges[e + 2] as number) / NF;
const property = (v: number, name: string): number => {
  for (let e = firstEdge[v] as number; e < (firstEdge[v + 1] as number); e += EF) if (edgeType(e) === 'property' && edgeName(e) === name) return target(e);
  return -1;
};
const globalRoot = (name: string): number => {
  for (let v = 0; v < count; v += 1) {
    const found = property(v, name);
    if (found >= 0) return found;
  }
  throw new Error(`no ${name} in the snapshot`);
};
/** Everything `start` reaches by strong edges, without crossing prototypes, maps, closures, code or contexts. */
const reach = (start: number): Uint8Array => {
  const seen = new Uint8Array(count);
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const v = stack.pop() as number;
    const type = typeOf(v);
    if (type === 'closure' || type === 'code' || type === 'native' || (type === 'hidden' && v !== start) || nameOf(v) === 'system / Context') continue;
    for (let e = firstEdge[v] as number; e < (firstEdge[v + 1] as number); e += EF) {
      const kind = edgeType(e);
      if (kind === 'weak' || kind === 'shortcut') continue;
      const name = edgeName(e);
      if (name === '__proto__' || name === 'map' || name === 'constructor' || name === 'prototype') continue;
      const w = target(e);
      if (seen[w] === 1 || typeOf(w) === 'object shape') continue;
      seen[w] = 1;
      stack.push(w);
    }
  }
  return seen;
};
/** An object's constructor and first property names; a string's kind; anything else its type and name. */
const shapeOf = (v: number): string => {
  const type = typeOf(v);
  if (type.endsWith('string')) return type;
  if (type !== 'object') return `${type} ${nameOf(v)}`;
  const names: string[] = [];
  for (let e = firstEdge[v] as number; e < (firstEdge[v + 1] as number) && names.length < 6; e += EF) if (edgeType(e) === 'property') names.push(edgeName(e));
  return `${nameOf(v)}{${names.join(',')}}`;
};

const resultNode = globalRoot('__result');
const fromCorpus = reach(globalRoot('__corpus'));
const fromResult = reach(resultNode);
const byShape = new Map<string, [number, number]>();
let beyond = 0;
let shared = 0;
for (let v = 0; v < count; v += 1) {
  if (fromResult[v] !== 1) continue;
  if (fromCorpus[v] === 1) {
    shared += sizeOf(v);
    continue;
  }
  beyond += sizeOf(v);
  const shape = shapeOf(v);
  const tally = byShape.get(shape) ?? [0, 0];
  tally[0] += 1;
  tally[1] += sizeOf(v);
  byShape.set(shape, tally);
}
const lines = [`reachable from the result and not from the corpus: ${mb(beyond)} MB (and ${mb(shared)} MB the corpus reaches too)`];
for (const [shape, [objects, bytes]] of [...byShape].sort((a, b) => b[1][1] - a[1][1]).slice(0, top)) {
  lines.push(`${String(objects).padStart(9)} ${mb(bytes).padStart(8)} MB  ${shape.slice(0, 120)}`);
}
// What each public field reaches beyond the corpus (fields share objects: finding claims, group claims).
const coverage = property(resultNode, 'coverage');
const fields: [string, number][] = [
  ['findings', property(resultNode, 'findings')],
  ['coverage.singleSource', property(coverage, 'singleSource')],
  ['groups', property(resultNode, 'groups')],
  ['dependence', property(resultNode, 'dependence')],
];
lines.push('beyond the corpus, reached from each field (shared objects counted under each field that reaches them):');
for (const [name, node] of fields) {
  const seen = reach(node);
  let bytes = 0;
  for (let v = 0; v < count; v += 1) if (seen[v] === 1 && fromCorpus[v] !== 1) bytes += sizeOf(v);
  lines.push(`  ${name.padEnd(22)} ${mb(bytes).padStart(8)} MB`);
}
process.stderr.write(`${lines.join('\n')}\n`);
