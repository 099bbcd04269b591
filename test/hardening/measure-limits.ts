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
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorQuote, prepareText } from '../../src/anchor/index.js';
import { loadCorpus, readYamlFile } from '../../src/claims/index.js';
import { MAX_FOLDER_ENTRIES } from '../../src/claims/load-corpus.js';
import { createTerminal } from '../../src/cli/terminal.js';
import { writeFileAtomic, writeFileSet } from '../../src/files/atomic-write.js';
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
  'walk-special-folders': async () => {
    const parts: string[] = [];
    for (const folder of ['/proc', '/dev', '/sys']) {
      const { ms, value } = await timed(() => loadCorpus(folder));
      const codes = new Map<string, number>();
      for (const m of value.messages) codes.set(m.code, (codes.get(m.code) ?? 0) + 1);
      parts.push(`${folder}: ${value.messages.length} diagnostics (${[...codes].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c, n]) => `${n} ${c}`).join(', ')}) in ${ms.toFixed(0)} ms`);
    }
    return parts.join('; ');
  },
  'walk-entry-limit': async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-measure-'));
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      mkdirSync(join(dir, 'claims/many'));
      for (let i = 0; i <= MAX_FOLDER_ENTRIES; i += 1) writeFileSync(join(dir, 'claims/many', `n${i}.txt`), '');
      const { ms, value } = await timed(() => loadCorpus(dir));
      return `${MAX_FOLDER_ENTRIES + 1} files in one folder: ${value.messages.map((m) => m.code).join(', ')} after ${ms.toFixed(0)} ms`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  'atomic-write': async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-measure-'));
    try {
      const parts: string[] = [];
      for (const mb of [4, 16, 64]) {
        const content = textOf(mb * MB);
        const plain = await timed(() => writeFileSync(join(dir, 'plain.md'), content));
        const atomic = await timed(() => writeFileAtomic(join(dir, 'atomic.md'), content));
        parts.push(`${mb} MB: writeFileSync ${plain.ms.toFixed(0)} ms, writeFileAtomic ${atomic.ms.toFixed(0)} ms`);
      }
      const pair = [
        { path: join(dir, 'conflict-report.md'), content: textOf(4 * MB) },
        { path: join(dir, 'conflicts.json'), content: textOf(4 * MB) },
      ];
      const set = await timed(() => writeFileSet(pair));
      const two = await timed(() => pair.forEach((f) => writeFileAtomic(f.path, f.content)));
      parts.push(`a 2 × 4 MB report pair: as one set (lock + journal) ${set.ms.toFixed(0)} ms, as two single writes ${two.ms.toFixed(0)} ms`);
      return parts.join('; ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  'terminal-render': async () => {
    const parts: string[] = [];
    for (const mb of [10, 20]) {
      const text = textOf(mb * MB).replace(/Friday/g, 'Friday\u001b[2J\u009b');
      let written = 0;
      const terminal = createTerminal({ stdout: { write: (s) => void (written += s.length), isTTY: true }, stderr: { write: () => undefined, isTTY: false }, env: {} });
      const r = await timed(() => terminal.stdout.write(terminal.out.red(text)));
      parts.push(`${mb} MB with ${Math.round(text.length / SENTENCE.length)} escape pairs shown as markers: ${r.ms.toFixed(0)} ms (${(written / MB).toFixed(1)} M units out)`);
    }
    return parts.join('; ');
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
