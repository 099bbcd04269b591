/**
 * The DuckDB scale benchmark (not a test): the same synthetic claims, as
 * NDJSON on disk, through the in-memory path (read every claim, reconcile
 * with the built-in rules as configured by default, majority vote and ACCU
 * on the reconciler's problem) and through the DuckDB path (stream into a
 * claim store, groups and the groups a rule may report on in SQL, those
 * judged in TypeScript a batch of subjects at a time, name-variant and
 * source-dependence in passes of their own, majority vote and ACCU as SQL). Each engine and size runs in its own child process, so
 * peak RSS is its own; both report a digest of their findings, so the
 * table says whether they agree.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEntityResolver } from '../../../src/normalize/entity-resolver.js';
import { settled } from '../../../src/model/result.js';
import type { Claim } from '../../../src/model/claim.js';
import type { Finding } from '../../../src/model/finding.js';
import { createReconciler } from '../../../src/reconcile/create-reconciler.js';
import { createAccu } from '../../../src/resolve/accu.js';
import { problemFromReconcile } from '../../../src/resolve/from-reconcile.js';
import { majorityVote } from '../../../src/resolve/majority-vote.js';
import { accuInDuckDb, majorityVoteInDuckDb, openClaimStore, reconcileInDuckDb, writeClaimsNdjson } from '../../../src/scale/index.js';
import { readClaimsNdjson } from '../../../src/scale/read-claims-ndjson.js';
import { syntheticClaimLines, syntheticScaleCorpus } from './synthetic-claim-lines.js';

/** Parameters of one child run. */
export interface DuckDbScaleParams {
  readonly claims: number;
  readonly engine: 'memory' | 'duckdb';
  /** Where the NDJSON file (and the DuckDB database and its spill) go. */
  readonly dir: string;
  readonly memoryLimit: string;
  readonly threads: number;
}

/** What one child run measured. */
export interface DuckDbScaleRow {
  readonly claims: number;
  readonly engine: 'memory' | 'duckdb';
  /** Writing the NDJSON file (not part of either path), ms; 0 when it was already there. */
  readonly generateMs: number;
  readonly ndjsonBytes: number;
  /** Reading (and, for DuckDB, normalising and inserting) every claim, ms. */
  readonly loadMs: number;
  /** Findings (the built-in rules, default configuration), ms. */
  readonly reconcileMs: number;
  /** Majority vote + ACCU, ms. */
  readonly truthMs: number;
  readonly totalMs: number;
  readonly findings: number;
  /** sha256 of the findings as JSON, in order: equal digests, equal findings. */
  readonly digest: string;
  readonly accuIterations: number;
  /** DuckDB: groups judged in TypeScript, and their claims. */
  readonly candidateGroups?: number;
  readonly candidateClaims?: number;
  /** DuckDB: claims read for the membership notes and by the name-variant pass. */
  readonly noteClaims?: number;
  readonly nameClaims?: number;
  /** DuckDB: the database file, and the largest spill seen in its temporary folder, bytes. */
  readonly databaseBytes?: number;
  readonly spillBytes?: number;
}

const folderBytes = (dir: string): number => {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return total;
};

/** sha256 of the findings as JSON, one finding at a time: ten million claims' findings as one string would pass V8's longest string. */
const digestOf = (findings: readonly Finding[]): string => {
  const hash = createHash('sha256');
  for (const finding of findings) hash.update(JSON.stringify(finding)).update('\n');
  return hash.digest('hex').slice(0, 16);
};

/**
 * One engine at one size (the child scenario `duckdb-scale`).
 *
 * @example
 * runDuckDbScale({ claims: 100_000, engine: 'duckdb', dir: '/tmp/x', memoryLimit: '4GB', threads: 2 })
 */
export const runDuckDbScale = async (params: DuckDbScaleParams): Promise<DuckDbScaleRow> => {
  mkdirSync(params.dir, { recursive: true });
  const corpus = syntheticScaleCorpus();
  const ndjson = join(params.dir, `claims-${params.claims}.ndjson`);
  let generateMs = 0;
  if (!existsSync(ndjson)) {
    const t = performance.now();
    writeClaimsNdjson(ndjson, syntheticClaimLines(params.claims, corpus));
    generateMs = performance.now() - t;
  }
  const ndjsonBytes = statSync(ndjson).size;
  const started = performance.now();
  if (params.engine === 'memory') {
    const claims: Claim[] = [];
    for await (const read of readClaimsNdjson(ndjson, { ...corpus, resolver: createEntityResolver({ entities: corpus.entities }) })) if (read.claim !== undefined) claims.push(read.claim);
    const loaded = performance.now();
    const result = settled(createReconciler().reconcile({ ...corpus, claims }));
    const reconciled = performance.now();
    const problem = problemFromReconcile(result, corpus.predicates);
    majorityVote.resolve(problem);
    const accu = createAccu({ copyDetection: false }).resolve(problem);
    const done = performance.now();
    return {
      claims: params.claims, engine: 'memory', generateMs, ndjsonBytes,
      loadMs: loaded - started, reconcileMs: reconciled - loaded, truthMs: done - reconciled, totalMs: done - started,
      findings: result.findings.length, digest: digestOf(result.findings), accuIterations: accu.iterations,
    };
  }
  const database = join(params.dir, `store-${params.claims}.duckdb`);
  const spill = join(params.dir, `spill-${params.claims}`);
  rmSync(database, { force: true });
  rmSync(`${database}.wal`, { force: true });
  rmSync(spill, { recursive: true, force: true });
  let spillBytes = 0;
  const sampler = setInterval(() => {
    spillBytes = Math.max(spillBytes, folderBytes(spill));
  }, 250);
  const store = await openClaimStore(corpus, { path: database, memoryLimit: params.memoryLimit, threads: params.threads, tempDirectory: spill });
  try {
    await store.loadNdjson(ndjson);
    const loaded = performance.now();
    const result = await reconcileInDuckDb(store);
    const reconciled = performance.now();
    await majorityVoteInDuckDb(store);
    const accu = await accuInDuckDb(store);
    const done = performance.now();
    return {
      claims: params.claims, engine: 'duckdb', generateMs, ndjsonBytes,
      loadMs: loaded - started, reconcileMs: reconciled - loaded, truthMs: done - reconciled, totalMs: done - started,
      findings: result.findings.length, digest: digestOf(result.findings), accuIterations: accu.iterations,
      candidateGroups: result.counts.candidateGroups, candidateClaims: result.counts.candidateClaims,
      noteClaims: result.counts.noteClaims, nameClaims: result.counts.nameClaims,
      databaseBytes: existsSync(database) ? statSync(database).size : 0, spillBytes,
    };
  } finally {
    clearInterval(sampler);
    store.close();
    rmSync(database, { force: true });
    rmSync(`${database}.wal`, { force: true });
    rmSync(spill, { recursive: true, force: true });
  }
};
