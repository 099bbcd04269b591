/**
 * Loading claims at scale, NDJSON against YAML (issue 19, item 3; not a
 * test): a synthetic claims folder of `n` claims over a few hundred sources,
 * written once as one `claims/all.ndjson` and once as `claims/*.yaml` (the
 * same claims, a file per source, at most 5 000 to a file), each loaded by `loadCorpus` in its own child
 * process so that its peak memory is its own.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../../src/claims/load-corpus.js';
import { contentHash } from '../../../src/ingest/content-hash.js';
import { normalizeText } from '../../../src/ingest/normalize-text.js';

/** Sentences per source text; a claim quotes one of them. */
const SENTENCES = 40;
/** One source per this many claims (at least 2, at most 500 sources). */
const CLAIMS_PER_SOURCE = 2_000;
const CLAIMS_PER_YAML_FILE = 5_000;

export interface NdjsonLoadParams {
  readonly claims: number;
  readonly format: 'ndjson' | 'yaml';
}

export interface NdjsonLoadResult {
  readonly claims: number;
  readonly format: 'ndjson' | 'yaml';
  /** Claims that loaded (must equal `claims`). */
  readonly loaded: number;
  readonly errors: number;
  /** Writing the folder, ms (not part of the load). */
  readonly generateMs: number;
  readonly loadMs: number;
  /** Bytes of the claim files. */
  readonly claimBytes: number;
}

const sentence = (source: number, k: number): string => `Company ${source} reported result number ${k} for the quarter.`;

/** The claim `i` as a claim-file entry (without its source). */
const entry = (i: number, sources: number): { source: string; value: Record<string, unknown> } => {
  const source = i % sources;
  const k = Math.floor(i / sources) % SENTENCES;
  return {
    source: `s${source}`,
    value: { id: `c${i}`, subject: `Company ${source}`, predicate: 'reported', value: { entity: `Result ${k}` }, quote: sentence(source, k) },
  };
};

/** Write the synthetic folder; returns its path and the claim files' size. */
export const writeSyntheticFolder = (n: number, format: 'ndjson' | 'yaml'): { dir: string; claimBytes: number } => {
  const dir = mkdtempSync(join(tmpdir(), `claimtrace-bench-${format}-`));
  const sources = Math.min(500, Math.max(2, Math.ceil(n / CLAIMS_PER_SOURCE)));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'claims'));
  writeFileSync(join(dir, 'predicates.yaml'), 'predicates:\n  - id: reported\n    valueType: entity\n    cardinality: multi\n    label: reported\n    description: A result a company reported.\n');
  for (let s = 0; s < sources; s++) {
    const text = normalizeText(`${Array.from({ length: SENTENCES }, (_, k) => sentence(s, k)).join('\n')}\n`);
    writeFileSync(join(dir, 'sources', `s${s}.txt`), text);
    writeFileSync(
      join(dir, 'sources', `s${s}.yaml`),
      `id: s${s}\ntext: s${s}.txt\ntitle: Report ${s}\nlanguage: en\npublishedAt: { date: 2025-01-01 }\ncontentHash: ${contentHash(text)}\n`,
    );
  }
  let claimBytes = 0;
  const write = (name: string, text: string): void => {
    claimBytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'claims', name), text);
  };
  if (format === 'ndjson') {
    // One file, a claim per line, written in slices (the file is never one string).
    const file = join(dir, 'claims', 'all.ndjson');
    writeFileSync(file, '');
    for (let start = 0; start < n; start += CLAIMS_PER_YAML_FILE) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(n, start + CLAIMS_PER_YAML_FILE); i++) {
        const { source, value } = entry(i, sources);
        lines.push(`${JSON.stringify({ id: value['id'], source, ...value })}\n`);
      }
      const text = lines.join('');
      claimBytes += Buffer.byteLength(text);
      appendFileSync(file, text);
    }
  } else {
    // A claim file per source (its default source), at most CLAIMS_PER_YAML_FILE claims each.
    for (let s = 0; s < sources; s++) {
      let lines: string[] = [];
      let part = 0;
      const flush = (): void => {
        if (lines.length > 0) write(`s${s}-${part}.yaml`, `source: s${s}\nclaims:\n${lines.join('')}`);
        lines = [];
        part += 1;
      };
      for (let i = s; i < n; i += sources) {
        lines.push(`  - ${JSON.stringify(entry(i, sources).value)}\n`);
        if (lines.length === CLAIMS_PER_YAML_FILE) flush();
      }
      flush();
    }
  }
  return { dir, claimBytes };
};

/** The child scenario: write the folder, load it, remove it. */
export const runNdjsonLoad = async (params: NdjsonLoadParams): Promise<NdjsonLoadResult> => {
  const generated = performance.now();
  const { dir, claimBytes } = writeSyntheticFolder(params.claims, params.format);
  const started = performance.now();
  try {
    const loaded = await loadCorpus(dir);
    const loadMs = performance.now() - started;
    const corpus = loaded.ok ? loaded.value.corpus : loaded.partial.corpus;
    return {
      claims: params.claims,
      format: params.format,
      loaded: corpus.claims.length,
      errors: loaded.messages.filter((m) => m.severity === 'error').length,
      generateMs: started - generated,
      loadMs,
      claimBytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
