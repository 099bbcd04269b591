/**
 * `check --cache`: a run from the cache prints exactly what a cold run
 * prints; a changed claim file, source text or vocabulary file is read
 * again; another claimtrace version's cache is dropped; a corrupt cache is
 * survived with a warning and rewritten; a file that is not a claimtrace
 * cache is never overwritten.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { type LoadCache, openCacheFile } from '../../src/claims/load-cache.js';
import { settled } from '../../src/model/result.js';
import { runInProcess } from '../cli/memory-io.js';
import { scratchFolders } from '../support/scratch-folders.js';

const CORPUS = fileURLToPath(new URL('../../claims', import.meta.url));
const { copyOf, tempDir } = scratchFolders('cache');

/** A cache that counts what was found in it. */
const counting = (cache: LoadCache): LoadCache & { hits: () => number; misses: () => number } => {
  let hits = 0;
  let misses = 0;
  return {
    key: cache.key,
    set: cache.set,
    get: (key) => {
      const value = cache.get(key);
      if (value === undefined) misses += 1;
      else hits += 1;
      return value;
    },
    hits: () => hits,
    misses: () => misses,
  };
};

/** Load `dir` through the cache file `file`, saving it after. */
const loadThrough = async (dir: string, file: string, version = '1.0.0') => {
  const cacheFile = openCacheFile(file, version);
  const cache = counting(cacheFile);
  const loaded = await loadCorpus(dir, { cache });
  const saved = cacheFile.save();
  return { loaded, cache, problems: [...cacheFile.problems, ...saved] };
};

describe('check --cache', () => {
  it('prints exactly what a cold run prints, human and JSON, on a miss and on a hit', async () => {
    const cache = join(tempDir(), 'cache.json');
    for (const flags of [[], ['--json']]) {
      const cold = await runInProcess(['check', 'claims', ...flags]);
      const filling = await runInProcess(['check', 'claims', ...flags, '--cache-location', cache]);
      const fromCache = await runInProcess(['check', 'claims', ...flags, '--cache-location', cache]);
      expect(cold.code).toBe(0);
      for (const run of [filling, fromCache]) expect(run).toEqual(cold);
    }
    expect(JSON.parse(readFileSync(cache, 'utf8'))).toMatchObject({ format: 'claimtrace-cache', formatVersion: 2 });
  });

  it('uses node_modules/.cache/claimtrace/check-cache.json under the working directory by default', async () => {
    const cwd = tempDir();
    const run = await runInProcess(['check', CORPUS, '--cache'], { cwd });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'node_modules', '.cache', 'claimtrace', 'check-cache.json'), 'utf8'))).toMatchObject({ format: 'claimtrace-cache' });
  });

  it('loads the same corpus from the cache, reading nothing again', async () => {
    const dir = copyOf(CORPUS, 'same');
    const file = join(tempDir(), 'cache.json');
    const cold = await loadThrough(dir, file);
    expect(cold.cache.hits()).toBe(0);
    const warm = await loadThrough(dir, file);
    expect(warm.cache.misses()).toBe(0);
    expect(warm.problems).toEqual([]);
    expect(warm.loaded.messages).toEqual(cold.loaded.messages);
    expect(settled(warm.loaded).corpus).toEqual(settled(cold.loaded).corpus);
    expect([...settled(warm.loaded).claimLocations]).toEqual([...settled(cold.loaded).claimLocations]);
  });

  it.each([
    ['a claim file', 'claims/001.yaml', 1],
    // Every claim depends on the sources and the vocabulary: all claim files are read again (the
    // source's entry is found, but the hash of its text differs, so it is loaded again too).
    ['a source text', 'sources/001_661b18e7d48334bf.txt', 5],
    ['predicates.yaml', 'predicates.yaml', 6],
  ] as const)('reads %s again when it changed, and what depends on it', async (_label, changed, misses) => {
    const dir = copyOf(CORPUS, 'changed');
    const file = join(tempDir(), 'cache.json');
    await loadThrough(dir, file);
    const path = join(dir, changed);
    writeFileSync(path, `${readFileSync(path, 'utf8')}${changed.endsWith('.txt') ? ' ' : '\n# changed\n'}`);
    const again = await loadThrough(dir, file);
    const fresh = await loadCorpus(dir);
    expect(again.cache.misses()).toBe(misses);
    expect(again.loaded.messages).toEqual(fresh.messages);
    expect(settled(again.loaded).corpus).toEqual(settled(fresh).corpus);
  });

  it('places the folder-wide vocabulary checks from the cache as from the files (sums, locatedIn, partOf)', async () => {
    const dir = copyOf(CORPUS, 'vocabulary');
    const append = (name: string, text: string): void => writeFileSync(join(dir, name), `${readFileSync(join(dir, name), 'utf8')}${text}`);
    append('predicates.yaml', '  - id: made-up-total\n    label: made-up total\n    description: A total made up for this test.\n    valueType: quantity\n    cardinality: functional\n    sumOf: [made-up-total, no-such-part]\n');
    append('entities.yaml', '  - id: made-up-place\n    name: Made-up Place\n    kind: place\n    aliases: []\n    locatedIn: [nowhere-at-all]\n');
    const file = join(tempDir(), 'cache.json');
    const cold = await loadThrough(dir, file);
    const warm = await loadThrough(dir, file);
    expect(warm.cache.misses()).toBe(0);
    const placed = (messages: typeof cold.loaded.messages) =>
      messages.filter((m) => ['invalid-sum', 'unknown-predicate', 'unknown-entity'].includes(m.code)).map((m) => [m.code, m.place]);
    // Each at the item at fault: the total named in its own sumOf, the missing part, the unknown place.
    const pointOf = (name: string, line: string, item: string) => {
      const lines = readFileSync(join(dir, name), 'utf8').split('\n');
      const at = lines.findIndex((l) => l.includes(line));
      return { file: name, start: { line: at + 1, column: lines[at]!.indexOf(item) + 1 } };
    };
    expect(placed(cold.loaded.messages)).toEqual([
      ['unknown-entity', pointOf('entities.yaml', 'locatedIn: [nowhere-at-all]', 'nowhere-at-all')],
      ['invalid-sum', pointOf('predicates.yaml', 'sumOf: [made-up-total,', 'made-up-total,')],
      ['unknown-predicate', pointOf('predicates.yaml', 'sumOf: [made-up-total,', 'no-such-part')],
    ]);
    expect(placed(warm.loaded.messages)).toEqual(placed(cold.loaded.messages));
    expect(warm.loaded.messages).toEqual((await loadCorpus(dir)).messages);
  });

  it('drops the cache of another claimtrace version without a warning', async () => {
    const dir = copyOf(CORPUS, 'version');
    const file = join(tempDir(), 'cache.json');
    await loadThrough(dir, file, '1.0.0');
    const other = await loadThrough(dir, file, '1.1.0');
    expect(other.cache.hits()).toBe(0);
    expect(other.problems).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('1.1.0');
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), true],
    ['an entry edited', (text: string) => text.replace('"claims":[{', '"claims":[{"x":1,'), true],
    ['no entries', () => JSON.stringify({ format: 'claimtrace-cache', formatVersion: 2, version: '1.0.0', checksum: 'x' }), true],
    ['another tool’s JSON', () => '{"name":"my-app","version":"1.0.0"}\n', false],
    ['not JSON and not ours', () => 'node_modules/\n', false],
  ] as const)('survives a cache file %s: a warning, the same corpus, every file read', async (_label, spoil, rewritten) => {
    const dir = copyOf(CORPUS, 'corrupt');
    const file = join(tempDir(), 'cache.json');
    const cold = await loadThrough(dir, file);
    const spoilt = spoil(readFileSync(file, 'utf8'));
    writeFileSync(file, spoilt);
    const survived = await loadThrough(dir, file);
    expect(survived.problems.map((m) => [m.code, m.severity])).toEqual([['cache-ignored', 'warning']]);
    expect(survived.cache.hits()).toBe(0);
    expect(settled(survived.loaded).corpus).toEqual(settled(cold.loaded).corpus);
    // A damaged cache is rewritten; a file that is not a cache at all is left alone.
    expect(readFileSync(file, 'utf8') === spoilt).toBe(!rewritten);
  });

  it('check with a corrupt cache warns, passes and prints the same findings', async () => {
    const cache = join(tempDir(), 'cache.json');
    writeFileSync(cache, '{"format":"claimtrace-cache","formatVersion":2,"version":"0.1.0","checksum":"0","entries":{"a":1}}');
    const cold = await runInProcess(['check', 'claims', '--json']);
    const run = await runInProcess(['check', 'claims', '--json', '--cache-location', cache]);
    expect(run.code).toBe(0);
    type Output = { messages: { code: string }[]; counts: { warnings: number } };
    const { messages, counts, ...rest } = JSON.parse(run.stdout) as Output;
    const { counts: coldCounts, ...coldRest } = JSON.parse(cold.stdout) as Output;
    expect(messages.map((m) => m.code)).toEqual(['cache-ignored']);
    // The cache's warning is counted among the messages' warnings; nothing else differs.
    expect(counts).toEqual({ ...coldCounts, warnings: coldCounts.warnings + 1 });
    expect({ ...rest, messages: [] }).toEqual({ ...coldRest, messages: [] });
  });
});
