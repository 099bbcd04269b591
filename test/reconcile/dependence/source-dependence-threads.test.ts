/**
 * Source dependence on a worker thread: the same answer as on the calling
 * thread, for every kind of corpus, through the real worker (bundled here
 * from the TypeScript sources, as `npm run build` bundles it into dist/);
 * and when the worker cannot help — no file, a module that throws, exits,
 * never answers — the work is done inline with the same answer, never a
 * crash or a hang.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../../../src/model/result.js';
import type { SourceDocument } from '../../../src/model/source.js';
import { createReconciler, detectSourceDependence } from '../../../src/reconcile/index.js';
import { type PassagesRanOn, SOURCE_DEPENDENCE_CHANNEL, sourceDependenceOf, type ThreadOptions } from '../../../src/reconcile/threads/source-dependence-threads.js';
import { flatRanges, rangesOf } from '../../../src/reconcile/threads/passage-input.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';
import { sourceDoc } from '../fixture.js';
import { paxSilicaCorpus } from '../pax-silica-corpus.js';

const folder = join(process.cwd(), 'node_modules', '.cache', `claimtrace-threads-test-${process.pid}`);
const worker = join(folder, 'source-dependence-worker.mjs');

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  await build({ entryPoints: ['src/reconcile/threads/source-dependence-worker.ts'], bundle: true, platform: 'node', format: 'esm', outfile: worker, logLevel: 'warning' });
  // Workers that cannot answer: they throw while loading, exit, import what is not there, or never start answering.
  writeFileSync(join(folder, 'throws.mjs'), 'throw new Error("boom");\n');
  writeFileSync(join(folder, 'exits.mjs'), 'process.exit(3);\n');
  writeFileSync(join(folder, 'missing-import.mjs'), 'import "./not-there.mjs";\n');
  writeFileSync(join(folder, 'silent.mjs'), 'setInterval(() => {}, 1000);\n');
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const onWorker = (extra: ThreadOptions = {}): ThreadOptions => ({ minSources: 0, workerFile: worker, ...extra });

/** A copied passage (36 words), a boilerplate banner that is copied too (not counted), and unicode words. */
const copying = (): SourceDocument[] => {
  const shared = 'the coalition agreed on Tuesday to pool its stockpiles of gallium germanium and rare earth magnets for five years while the three largest members build two new refineries on the coast before the end of next year';
  const banner = 'we use cookies to improve this site read our privacy policy for more details and accept all cookies';
  return [
    sourceDoc({ id: 'b', text: `Lagos. ${shared}. Ƙarin bayani: gwamnati ta ce.`, nonContent: [] }),
    sourceDoc({ id: 'a', text: `${banner}. Berlin — ${shared}, officials said.`, nonContent: [{ quote: banner, kind: 'cookie-banner' }] }),
    sourceDoc({ id: 'c', text: `${banner}. Nothing else here is shared with anyone.`, nonContent: [{ quote: banner, kind: 'cookie-banner' }] }),
    sourceDoc({ id: 'constructor', text: `Tokyo: ${shared} — and more.`, cites: [{ outside: 'b.example' }] }),
  ];
};

describe('source dependence on a worker thread', () => {
  it.each([
    ['the bundled five articles', () => paxSilicaCorpus().sources],
    ['copied passages, copied boilerplate that does not count, unicode, a source named "constructor"', copying],
    ['a synthetic corpus of 100 sources, one in ten copying another', () => syntheticCorpus(5000, 7).sources],
    ['one source', () => copying().slice(0, 1)],
    ['no source', () => []],
  ] as const)('%s: the worker finds what the calling thread finds', (_t, documents) => {
    const docs = documents();
    const pending = sourceDependenceOf(docs, {}, onWorker());
    expect(pending.ranOn()).toEqual({ on: 'worker' });
    expect(pending.dependence).toStrictEqual(detectSourceDependence(docs));
  });

  it('passes the shingle options to the worker and applies the grouping threshold after it', () => {
    const docs = copying();
    const options = { shingleWords: 5, minPassageWords: 6, minSharedWords: 25 };
    const pending = sourceDependenceOf(docs, options, onWorker());
    expect(pending.ranOn()).toEqual({ on: 'worker' });
    expect(pending.dependence).toStrictEqual(detectSourceDependence(docs, options));
    expect(pending.dependence.passages.length).toBeGreaterThan(0);
  });

  it('blocks only when a field is first read; then each field is a plain data property', () => {
    const pending = sourceDependenceOf(copying(), {}, onWorker());
    expect(Object.getOwnPropertyDescriptor(pending.dependence, 'groups')?.get).toBeTypeOf('function');
    expect(pending.dependence.groups.map((g) => g.sources)).toEqual([['a', 'b', 'constructor'], ['c']]);
    for (const field of ['passages', 'declared', 'links', 'groups', 'groupOf']) expect(Object.getOwnPropertyDescriptor(pending.dependence, field)).toHaveProperty('value');
    expect(Object.getPrototypeOf(pending.dependence.groupOf)).toBeNull();
  });

  it.each([
    ['threads are off', false, 'threads are off'],
    ['fewer sources than minSources', { minSources: 10, workerFile: worker }, 'fewer than 10 sources'],
    ['no worker file', { minSources: 0, workerFile: join(folder, 'absent.mjs') }, 'no worker file at'],
    ['a worker that throws while loading', { minSources: 0, workerFile: join(folder, 'throws.mjs') }, 'the worker failed: boom'],
    ['a worker that exits', { minSources: 0, workerFile: join(folder, 'exits.mjs') }, 'the worker failed: it exited without answering'],
    ['a worker whose import is missing', { minSources: 0, workerFile: join(folder, 'missing-import.mjs') }, 'not-there.mjs'],
    ['a worker that never answers', { minSources: 0, workerFile: join(folder, 'silent.mjs'), timeoutMs: 300 }, 'the worker did not start within 300 ms'],
  ] as const)('%s: inline, with the same answer and the reason', (_t, threads, reason) => {
    const docs = copying();
    const pending = sourceDependenceOf(docs, {}, threads);
    const ran = pending.ranOn();
    expect(ran.on).toBe('inline');
    expect(ran.on === 'inline' ? ran.reason : '').toContain(reason);
    expect(pending.dependence).toStrictEqual(detectSourceDependence(docs));
  });

  it('flattens non-content ranges for the worker and reads them back', () => {
    const ranges = [[{ start: 0, end: 5 }, { start: 9, end: 12 }], [], [{ start: 3, end: 4 }]];
    expect([...flatRanges(ranges)]).toEqual([2, 0, 5, 9, 12, 0, 1, 3, 4]);
    expect(rangesOf(3, flatRanges(ranges))).toEqual(ranges);
  });
});

describe('the reconciler with threads', () => {
  const runs = (threads: boolean | ThreadOptions): { result: ReturnType<typeof settled<never>>; ran: PassagesRanOn[] } => {
    const ran: PassagesRanOn[] = [];
    const listen = (message: unknown): void => void ran.push(message as PassagesRanOn);
    subscribe(SOURCE_DEPENDENCE_CHANNEL, listen);
    try {
      return { result: settled(createReconciler({ options: { threads } }).reconcile(paxSilicaCorpus())) as never, ran };
    } finally {
      unsubscribe(SOURCE_DEPENDENCE_CHANNEL, listen);
    }
  };

  it('gives the same findings, coverage, groups and dependence with the worker as without', () => {
    const inline = runs(false);
    const threaded = runs(onWorker());
    expect(inline.ran).toEqual([{ on: 'inline', reason: 'threads are off', sources: 5 }]);
    expect(threaded.ran).toEqual([{ on: 'worker', sources: 5 }]);
    expect(threaded.result).toStrictEqual(inline.result);
  });

  it('runs inline by default, and with threads on a corpus of fewer sources than the default minimum', () => {
    expect(runs(undefined as never).ran).toEqual([{ on: 'inline', reason: 'threads are off', sources: 5 }]);
    expect(runs(true).ran).toEqual([{ on: 'inline', reason: 'fewer than 10000 sources', sources: 5 }]);
  });
});
