/**
 * The DuckDB path (claimtrace/scale) gives what the in-memory path gives for
 * the same claims: the same claims after an NDJSON round trip, the same
 * claim groups and value classes, the same value-conflict findings in the
 * same order, and the same majority-vote and ACCU figures — on the bundled
 * corpus, on synthetic claims with every kind of disagreement, and on a day
 * of the flight benchmark (read from ../shared/benchmarks, as on CI).
 *
 * Skipped only when the optional package @duckdb/node-api is not installed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/load-corpus.js';
import { loadFlightBenchmark } from '../../src/datasets/flight.js';
import type { Corpus } from '../../src/model/corpus.js';
import type { Finding } from '../../src/model/finding.js';
import type { AnyRule } from '../../src/reconcile/rule.js';
import type { RulesConfig } from '../../src/reconcile/rules-config.js';
import { settled } from '../../src/model/result.js';
import { createEntityResolver } from '../../src/normalize/entity-resolver.js';
import { createReconciler } from '../../src/reconcile/create-reconciler.js';
import { builtinRules } from '../../src/reconcile/rules/builtin-rules.js';
import { buildTestCorpus } from '../../src/testing/corpus-builder.js';
import { valueClasses } from '../../src/reconcile/rules/value-classes.js';
import { createAccu } from '../../src/resolve/accu.js';
import { problemFromReconcile } from '../../src/resolve/from-reconcile.js';
import { majorityVote } from '../../src/resolve/majority-vote.js';
import {
  accuInDuckDb,
  duckDbAvailable,
  majorityVoteInDuckDb,
  openClaimStore,
  readAccuracy,
  readClaimsNdjson,
  readConfidence,
  reconcileInDuckDb,
  writeClaimsNdjson,
  type ClaimStore,
  type StoreReconciliation,
} from '../../src/scale/index.js';
import { syntheticClaimLines, syntheticScaleCorpus } from '../tools/bench/synthetic-claim-lines.js';

const available = await duckDbAvailable();
const NOT_INSTALLED = ' (skipped: the optional package @duckdb/node-api is not installed; `npm install @duckdb/node-api`)';
const FLIGHT = resolve(import.meta.dirname, '../../../shared/benchmarks/flight');

const work = mkdtempSync(join(tmpdir(), 'claimtrace-scale-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

/** Which rules run: as for `createReconciler` (default: every built-in rule, opt-in ones off). */
interface RuleChoice {
  readonly rules?: readonly AnyRule[];
  readonly config?: RulesConfig;
}

/** What the in-memory path gives: findings, groups, and the truth-discovery problem. */
const inMemory = (corpus: Corpus, choice: RuleChoice = {}) => {
  const run = createReconciler(choice).reconcile(corpus);
  const result = settled(run);
  const problem = problemFromReconcile(result, corpus.predicates);
  return { result, problem, messages: run.messages };
};

/** Load a corpus's claims into a store through an NDJSON file. */
const storeOf = async (corpus: Corpus, name: string): Promise<ClaimStore> => {
  const file = join(work, `${name}.ndjson`);
  writeClaimsNdjson(file, corpus.claims);
  const store = await openClaimStore(corpus, { threads: 2 });
  const loaded = await store.loadNdjson(file);
  expect(loaded.messages).toEqual([]);
  expect(loaded.claims).toBe(corpus.claims.length);
  return store;
};

/** The same findings in the same order; on a difference, the ids that differ first (a readable failure on 100,000 findings). */
const expectSameFindings = (duck: readonly Finding[], memory: readonly Finding[]): void => {
  const ids = (fs: readonly Finding[]) => fs.map((f) => `${f.ruleId} ${f.id}`);
  expect(ids(duck)).toEqual(ids(memory));
  for (let i = 0; i < memory.length; i++) expect(plain(duck[i]), ids(memory)[i]).toEqual(plain(memory[i]));
};

/** Every check of parity between the two paths. */
const expectParity = async (corpus: Corpus, store: ClaimStore, options: { batchClaims?: number } & RuleChoice = {}): Promise<StoreReconciliation> => {
  const memory = inMemory(corpus, options);
  const duck = await reconcileInDuckDb(store, options);
  expectSameFindings(duck.findings, memory.result.findings);
  expect(duck.counts.groups).toBe(memory.result.groups.length);

  // value classes: the same partition, with the same support
  const sql = await store.db.connection.runAndReadAll('SELECT group_key, class_key, claims, witnesses FROM value_classes ORDER BY group_key, class_key');
  const classes = memory.result.groups
    .flatMap((g) => valueClasses(g.claims).map((c) => [g.key, c.key, c.claims.length, new Set(c.claims.map((x) => x.witness)).size]))
    .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0));
  expect(sql.getRows().map(([g, k, n, w]) => [g, k, Number(n), Number(w)])).toEqual(classes);

  // majority vote and ACCU (no copy detection), value by value, to rounding
  await majorityVoteInDuckDb(store);
  const vote = majorityVote.resolve(memory.problem);
  const voted = new Map((await readConfidence(store, 'vote_confidence')).map((r) => [`${r.groupKey}\u0000${r.valueKey}`, r.confidence]));
  const votedTs = vote.groups.flatMap((g) => g.values.map((v) => [`${g.key}\u0000${v.valueKey}`, v.confidence] as const));
  expect(voted.size).toBe(votedTs.length);
  for (const [key, c] of votedTs) expect(voted.get(key), key).toBeCloseTo(c, 9);

  const accuTs = createAccu({ copyDetection: false }).resolve(memory.problem);
  const accu = await accuInDuckDb(store);
  expect(accu.iterations).toBe(accuTs.iterations);
  const conf = new Map((await readConfidence(store, 'accu_confidence')).map((r) => [`${r.groupKey}\u0000${r.valueKey}`, r.confidence]));
  for (const g of accuTs.groups) for (const v of g.values) expect(conf.get(`${g.key}\u0000${v.valueKey}`), `${g.key} ${v.valueKey}`).toBeCloseTo(v.confidence, 9);
  const trust = await readAccuracy(store);
  for (const s of accuTs.sources) expect(trust.get(s.sourceId), s.sourceId).toBeCloseTo(s.trust, 9);
  return duck;
};

describe.skipIf(!available)(`the DuckDB path on the bundled corpus${available ? '' : NOT_INSTALLED}`, { timeout: 300_000 }, () => {
  it('writes the corpus as NDJSON and reads back the same claims', async () => {
    const corpus = settled(await loadCorpus('claims')).corpus;
    const file = join(work, 'bundled-roundtrip.ndjson');
    expect(writeClaimsNdjson(file, corpus.claims)).toBe(corpus.claims.length);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(corpus.claims.length);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: corpus.claims[0]!.id, source: corpus.claims[0]!.evidence[0]!.sourceId });
    const back = [];
    for await (const read of readClaimsNdjson(file, { ...corpus, resolver: createEntityResolver({ entities: corpus.entities }) })) {
      expect(read.messages).toEqual([]);
      back.push(read.claim);
    }
    expect(plain(back)).toEqual(plain(corpus.claims));
  });

  it('gives the same groups, value classes, findings, votes and ACCU figures as the in-memory path', async () => {
    const corpus = settled(await loadCorpus('claims')).corpus;
    const store = await storeOf(corpus, 'bundled');
    try {
      const { findings } = await expectParity(corpus, store);
      // Every rule the corpus triggers, including the membership notes that cite other groups and name-variant across groups.
      expect([...new Set(findings.map((f) => f.ruleId))].sort()).toEqual(['membership-conflict', 'name-variant', 'source-dependence', 'value-conflict']);
      expect(findings.some((f) => f.ruleId === 'membership-conflict' && f.related.length > 0)).toBe(true);
      // One subject per batch, with the opt-in rule on (it selects every group): still the same findings.
      const single = await expectParity(corpus, store, { batchClaims: 1, config: { uncorroborated: 'on' } });
      expect(single.counts.candidateGroups).toBe(single.counts.groups);
      expect(single.counts.noteClaims).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it('keeps the claims table as Parquet: a store loaded from it gives the same findings', async () => {
    const corpus = settled(await loadCorpus('claims')).corpus;
    const store = await storeOf(corpus, 'bundled-parquet');
    const parquet = join(work, 'bundled.parquet');
    let before: readonly Finding[];
    try {
      await store.saveParquet(parquet);
      before = (await reconcileInDuckDb(store)).findings;
    } finally {
      store.close();
    }
    const again = await openClaimStore(corpus, {});
    try {
      expect(await again.loadParquet(parquet)).toBe(corpus.claims.length);
      expect(plain((await reconcileInDuckDb(again)).findings)).toEqual(plain(before));
    } finally {
      again.close();
    }
  });
});

describe.skipIf(!available)(`the DuckDB path on every built-in rule's examples${available ? '' : NOT_INSTALLED}`, { timeout: 300_000 }, () => {
  // Each rule's ok and not-ok examples are small corpora made to trigger (or not) each kind it reports:
  // judged one subject per batch, with the rule alone (its example options) and with every rule on.
  const cases = builtinRules().flatMap((rule) => rule.meta.examples.map((example) => ({ rule, example })));
  it.each(cases.map((c) => [`${c.rule.id}: ${c.example.title}`, c] as const))('%s', async (_, { rule, example }) => {
    const built = buildTestCorpus(example);
    expect(built.messages).toEqual([]);
    const corpus = settled(built) as Corpus;
    const own: RulesConfig = { [rule.id]: ['on', example.options ?? {}] };
    const everyRule: RulesConfig = { ...Object.fromEntries(builtinRules().map((r) => [r.id, 'on'])), ...own };
    const choices: readonly RuleChoice[] = [{ rules: [rule], config: own }, { config: everyRule }];
    for (const choice of choices) {
      const store = await openClaimStore(corpus, {});
      try {
        await store.appendClaims(corpus.claims);
        const memory = inMemory(corpus, choice);
        const duck = await reconcileInDuckDb(store, { ...choice, batchClaims: 1 });
        expectSameFindings(duck.findings, memory.result.findings);
        expect(duck.messages).toEqual(memory.messages);
      } finally {
        store.close();
      }
    }
  });
});

describe.skipIf(!available)(`the DuckDB path with a units: table${available ? '' : NOT_INSTALLED}`, { timeout: 300_000 }, () => {
  // test/fixtures/claims/unit-synonyms: "Nine boxships" is folded to container ships by predicates.yaml's `units:`.
  // NDJSON lines written as a user writes them (the quantity in words) must be folded by the store as the folder folds them.
  it('folds the quantities of NDJSON lines by the corpus’s unit synonyms: the same findings as the folder', async () => {
    const corpus = settled(await loadCorpus('test/fixtures/claims/unit-synonyms')).corpus;
    expect(corpus.units).toEqual([{ unit: 'boxships', means: 'container ships' }, { unit: 'box ships', means: 'container ships' }]);
    const file = join(work, 'unit-synonyms.ndjson');
    const asWritten = corpus.claims.map((c) => ({
      id: c.id,
      source: c.evidence[0]!.sourceId,
      subject: c.subject.name,
      predicate: c.predicate,
      value: { quantity: (c.value as { raw: string }).raw },
      quote: c.evidence[0]!.quote.exact,
    }));
    writeFileSync(file, `${asWritten.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const store = await openClaimStore(corpus, {});
    try {
      const loaded = await store.loadNdjson(file);
      expect(loaded.messages).toEqual([]);
      const duck = await expectParity(corpus, store);
      expect(duck.findings.map((f) => f.kind)).toEqual(['value-conflict']);
    } finally {
      store.close();
    }
  });
});

describe.skipIf(!available)(`the DuckDB path on synthetic disagreements${available ? '' : NOT_INSTALLED}`, { timeout: 300_000 }, () => {
  it('gives the same findings of every built-in rule, judging only the groups a rule may report on, in batches of whole subjects', async () => {
    const parts = syntheticScaleCorpus(60);
    const file = join(work, 'synthetic.ndjson');
    writeClaimsNdjson(file, syntheticClaimLines(4000, parts));
    const claims = [];
    for await (const read of readClaimsNdjson(file, { ...parts, resolver: createEntityResolver({ entities: [] }) })) claims.push(read.claim!);
    const corpus: Corpus = { ...parts, claims };
    const store = await openClaimStore(parts, {});
    try {
      await store.loadNdjson(file);
      const { findings, counts } = await expectParity(corpus, store, { batchClaims: 100 });
      const kinds = new Set(findings.map((f) => f.kind));
      expect([...kinds].sort()).toEqual(['outlet-attribution', 'polarity-conflict', 'value-conflict']);
      expect(counts.candidateClaims).toBeLessThan(counts.claims / 2);
      expect(counts.candidateGroups).toBeGreaterThanOrEqual(new Set(findings.map((f) => `${f.key?.subject}|${f.key?.predicate}`)).size);
    } finally {
      store.close();
    }
  });

  it('reports every bad line by file, line, column and claim (as the claims folder does), and loads the others', async () => {
    const parts = syntheticScaleCorpus(5);
    const good = [...syntheticClaimLines(3, parts)].map((l) => JSON.stringify(l));
    const file = join(work, 'bad.ndjson');
    const lines = [
      good[0]!,
      '{"id": "x-1", "subject": ',
      JSON.stringify({ ...JSON.parse(good[1]!), source: undefined }),
      JSON.stringify({ ...JSON.parse(good[1]!), id: 'x-3', predicate: 'amont' }),
      JSON.stringify({ ...JSON.parse(good[1]!), id: 'x-4', evidence: [{ quote: 'words no source has', start: 0, end: 19 }] }),
      '',
      good[2]!,
      good[0]!,
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const store = await openClaimStore(parts, { file });
    try {
      const loaded = await store.loadNdjson(file);
      expect(loaded.claims).toBe(3);
      const where = loaded.messages
        .filter((m) => m.severity === 'error')
        .map((m) => [m.code, m.place && 'file' in m.place ? m.place.start.line : undefined, m.place && 'file' in m.place ? m.place.start.column : undefined, m.claimId]);
      // The column is where the line's problem starts: the end of a cut-off line, the key of the field at fault.
      const columnOf = (line: number, key: string): number => lines[line - 1]!.indexOf(`"${key}"`) + 1;
      expect(where).toEqual([
        ['ndjson-syntax', 2, lines[1]!.length + 1, undefined],
        ['source-missing', 3, 1, JSON.parse(good[1]!).id],
        ['unknown-predicate', 4, columnOf(4, 'predicate'), 'x-3'],
        ['quote-not-found', 5, columnOf(5, 'evidence'), 'x-4'],
      ]);
      expect(loaded.messages.every((m) => m.place !== undefined && 'file' in m.place && m.place.file === file)).toBe(true);
      const duplicates = await store.duplicateIds();
      expect(duplicates.map((m) => [m.code, m.claimId, m.place && 'file' in m.place ? m.place.start.line : undefined])).toEqual([['duplicate-claim-id', JSON.parse(good[0]!).id, 1]]);
    } finally {
      store.close();
    }
  });
});

describe.skipIf(!available)(`the DuckDB path on a day of the flight benchmark${available ? '' : NOT_INSTALLED}`, { timeout: 300_000 }, () => {
  it('gives the same groups, findings, votes and ACCU figures as the in-memory path', async () => {
    expect(
      existsSync(join(FLIGHT, 'claims-20111201.tsv')),
      `the flight data set is missing: expected ${join(FLIGHT, 'claims-20111201.tsv')} (CI keeps ../shared/benchmarks beside the clone; see ../shared/benchmarks/README.md)`,
    ).toBe(true);
    const data = loadFlightBenchmark({ day: '2011-12-01', claims: readFileSync(join(FLIGHT, 'claims-20111201.tsv'), 'utf8') });
    const corpus: Corpus = { sources: data.sources, predicates: data.predicates, claims: data.claims, entities: [] };
    const store = await storeOf(corpus, 'flight');
    try {
      const { counts } = await expectParity(corpus, store, { batchClaims: 5_000 });
      expect(counts.claims).toBe(data.claims.length);
      expect(counts.candidateGroups).toBeGreaterThan(1000);
    } finally {
      store.close();
    }
  }, 600_000);
});
