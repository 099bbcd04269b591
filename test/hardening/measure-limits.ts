/**
 * Measures the figures in docs/limits.md: time and peak memory of loading and
 * anchoring big inputs, and the thresholds of the YAML reader. Each scenario
 * runs in a fresh Node process so its peak resident memory is its own.
 *
 *   npx tsx test/hardening/measure-limits.ts            # every scenario, as a Markdown table
 *   npx tsx test/hardening/measure-limits.ts <scenario> # one scenario (used by the runner)
 *
 * Not a test: speed is measured by scripts, never asserted by unit tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorQuote, prepareText } from '../../src/anchor/index.js';
import { loadCorpus, readYamlFile } from '../../src/claims/index.js';
import { contentHash, normalizeText } from '../../src/ingest/index.js';
import { settled } from '../../src/model/result.js';
import { builtinRules, createReconciler } from '../../src/reconcile/index.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/claims/minimal', import.meta.url));
const SENTENCE = 'The coalition was launched with five founding members, officials said on Friday. ';
const MB = 1024 * 1024;

const textOf = (bytes: number, ending = ''): string => SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length)).slice(0, bytes - ending.length) + ending;

const claim = (id: string, quote: string, extra = ''): string =>
  `  - id: ${id}\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    quote: ${JSON.stringify(quote)}\n${extra}`;

/** A copy of the minimal fixture plus one source `big` holding `raw` and the given claim file. */
const folderWithSource = (raw: string, claims: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-measure-'));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'sources/big.yaml'), `id: big\ntext: big.txt\npublishedAt: unknown\ncontentHash: ${contentHash(normalizeText(raw))}\n`);
  writeFileSync(join(dir, 'sources/big.txt'), raw);
  writeFileSync(join(dir, 'claims/big.yaml'), `source: big\nclaims:\n${claims}`);
  return dir;
};

const timed = async <T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
};

type Scenario = () => Promise<string>;

const loadScenario = (sourceBytes: number): Scenario => async () => {
  const raw = textOf(sourceBytes, ' In closing, the reserve was put at $14 billion.');
  const dir = folderWithSource(raw, claim('tail', 'the reserve was put at $14 billion') + claim('typo', 'the reserve was put at $41 billion', '    suffix: "."\n'));
  try {
    const { ms, value } = await timed(() => loadCorpus(dir));
    const codes = value.messages.map((d) => `${d.claimId ?? ''}:${d.code}`).join(' ') || 'none';
    return `loadCorpus: ${settled(value).corpus.claims.length} claims loaded, diagnostics ${codes}, ${ms.toFixed(0)} ms`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const SCENARIOS: Record<string, Scenario> = {
  'prepare-20mb': async () => {
    const raw = textOf(20 * MB);
    const n = await timed(() => normalizeText(raw));
    const h = await timed(() => contentHash(n.value));
    const p = await timed(() => prepareText(n.value));
    return `normalizeText ${n.ms.toFixed(0)} ms, contentHash ${h.ms.toFixed(0)} ms, prepareText ${p.ms.toFixed(0)} ms`;
  },
  'load-1mb-source': loadScenario(1 * MB),
  'load-20mb-source': loadScenario(20 * MB),
  'load-64mb-source': loadScenario(64 * MB - 1024),
  'anchor-1mb-quote': async () => {
    const quote = textOf(1 * MB).trim();
    const text = normalizeText(`Opening words. ${quote} Closing words.`);
    const prepared = prepareText(text);
    const found = await timed(() => anchorQuote(prepared, { exact: quote }));
    const missing = await timed(() => anchorQuote(prepareText(textOf(64 * 1024)), { exact: `${quote}x`.replace(/founding/g, 'funding') }));
    return `1 MB quote in a 1 MB text: ${found.value.status} in ${found.ms.toFixed(0)} ms; a 1 MB quote not in a 64 KB text: ${missing.value.status} in ${missing.ms.toFixed(0)} ms`;
  },
  'anchor-many-occurrences-20mb': async () => {
    const prepared = prepareText(normalizeText(textOf(20 * MB)));
    const r = await timed(() => anchorQuote(prepared, { exact: 'officials said on Friday' }));
    return `a quote occurring ${r.value.status === 'ambiguous' ? r.value.candidates.length : '?'} times: ${r.value.status} in ${r.ms.toFixed(0)} ms`;
  },
  'anchor-fuzzy-20mb': async () => {
    const prepared = prepareText(normalizeText(textOf(20 * MB, ' In closing, the reserve was put at $14 billion.')));
    const r = await timed(() => anchorQuote(prepared, { exact: 'the reserve was pot at $14 billion', prefix: 'In closing, ', suffix: '.' }));
    return `a quote with one typo, with context: ${r.value.status} (${r.value.status === 'anchored' ? r.value.method : ''}) in ${r.ms.toFixed(0)} ms`;
  },
  'load-10000-claims': async () => {
    const raw = Array.from({ length: 10_000 }, (_, i) => `Statement number ${i} says the reserve is worth ${i} million dollars.`).join('\n');
    const claims = Array.from({ length: 10_000 }, (_, i) => claim(`c${i}`, `Statement number ${i} says`)).join('');
    const dir = folderWithSource(raw, claims);
    try {
      const { ms, value } = await timed(() => loadCorpus(dir));
      const rec = await timed(() => createReconciler({ rules: builtinRules() }).reconcile(settled(value).corpus));
      return `loadCorpus: ${settled(value).corpus.claims.length} claims in ${ms.toFixed(0)} ms (${value.messages.length} diagnostics); reconcile: ${settled(rec.value).findings.length} findings in ${rec.ms.toFixed(0)} ms`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  'yaml-thresholds': async () => {
    const depthOk = (depth: number): boolean => readYamlFile('x.yaml', `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`).messages.length === 0;
    let low = 1;
    let high = 100_000;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (depthOk(mid)) low = mid;
      else high = mid - 1;
    }
    const bomb =
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
      ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]\n`).join('');
    const b = await timed(() => readYamlFile('bomb.yaml', bomb));
    return `deepest flow nesting read: ${low} levels; alias bomb (9^9 expansions): ${b.value.messages.map((d) => d.code).join(', ')} in ${b.ms.toFixed(0)} ms`;
  },
};

const runOne = async (name: string): Promise<void> => {
  const scenario = SCENARIOS[name];
  if (scenario === undefined) throw new Error(`unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  const result = await scenario();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`| ${name} | ${result} | ${peakMb.toFixed(0)} MB |\n`);
};

const runAll = (): void => {
  const script = fileURLToPath(import.meta.url);
  process.stdout.write(`Node ${process.version}, ${process.platform}/${process.arch}\n\n| scenario | result | peak RSS |\n|---|---|---|\n`);
  for (const name of Object.keys(SCENARIOS)) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, name], { encoding: 'utf8', timeout: 600_000 });
    process.stdout.write(child.status === 0 ? child.stdout : `| ${name} | failed (exit ${child.status}): ${child.stderr.split('\n').slice(0, 3).join(' ')} | |\n`);
  }
};

const name = process.argv[2];
if (name === undefined) runAll();
else await runOne(name);
