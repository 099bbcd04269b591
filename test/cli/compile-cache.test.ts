import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFolder, KEPT_PER_NAME, loadWithCodeCache } from '../../src/cli/compile-cache.js';
import { writeFileAtomic } from '../../src/files/atomic-write.js';

let root: string;
let folder: string;
let file: string;

// A CommonJS module that uses what a CommonJS module is given.
const MODULE = (answer: number): string => `"use strict";
const path = require('node:path');
const compute = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; };
module.exports = {
  answer: ${answer},
  file: path.basename(__filename),
  folder: path.basename(__dirname),
  sum: compute(100),
  strict: (function () { return this === undefined; })(),
};
`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'claimtrace-code-cache-'));
  folder = join(root, 'cache');
  file = join(root, 'bundle.cjs');
  writeFileSync(file, MODULE(41));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const COMPILE_CACHE = fileURLToPath(new URL('../../src/cli/compile-cache.ts', import.meta.url));
const ATOMIC_WRITE = fileURLToPath(new URL('../../src/files/atomic-write.ts', import.meta.url));

interface ChildLoad {
  readonly cache: string;
  readonly cacheFile: string | undefined;
  readonly answer: unknown;
}

/**
 * Load the file in a new process, as the bin does (V8 keeps what a process compiled: a second load in
 * the same process would never read the cache file), and save the cache after it when `save`. The
 * script is the same either way: \`-e\` and its text are among the Node options the cache's key holds.
 */
const load = (env: Record<string, string> = {}, name = 'check', save = false): ChildLoad => {
  const script = `
    const { loadWithCodeCache } = await import(${JSON.stringify(pathToFileURL(COMPILE_CACHE).href)});
    const { writeFileAtomic } = await import(${JSON.stringify(pathToFileURL(ATOMIC_WRITE).href)});
    const loaded = loadWithCodeCache(${JSON.stringify(file)}, { folder: ${JSON.stringify(folder)}, name: ${JSON.stringify(name)}, write: writeFileAtomic });
    if (process.env.SAVE_CODE_CACHE === '1') loaded.save();
    console.log(JSON.stringify({ cache: loaded.cache, cacheFile: loaded.cacheFile, answer: loaded.exports.answer }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', SAVE_CODE_CACHE: save ? '1' : '0', ...env } });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as ChildLoad;
};
const loadAndSave = (env: Record<string, string> = {}, name = 'check'): ChildLoad => load(env, name, true);
const cacheFiles = (): string[] => {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
};

describe('codeCacheFolder', () => {
  it.each<[string, string, readonly string[], string | undefined]>([
    ['a package installed in node_modules: that node_modules', '/app/node_modules/claimtrace/dist/cli-bundle.cjs', [], '/app/node_modules/.cache/claimtrace'],
    ['a nested install: the innermost node_modules', '/app/node_modules/a/node_modules/claimtrace/dist/cli-bundle.cjs', [], '/app/node_modules/a/node_modules/.cache/claimtrace'],
    ['a checkout with node_modules: its own', '/src/claimtrace/dist/cli-bundle.cjs', ['/src/claimtrace/node_modules'], '/src/claimtrace/node_modules/.cache/claimtrace'],
    ['a copy with no node_modules anywhere: none', '/opt/claimtrace/dist/cli-bundle.cjs', [], undefined],
  ])('%s', (_, bundle, existing, expected) => {
    expect(codeCacheFolder(bundle, (path) => existing.includes(path))).toBe(expected);
  });
});

// Each case starts a few Node processes (tsx): slow on a busy machine.
describe('loadWithCodeCache', { timeout: 60_000 }, () => {
  it('runs the file as CommonJS: strict, its own require, __filename, __dirname', () => {
    const loaded = loadWithCodeCache(file, { folder, name: 'check', write: writeFileAtomic, env: {} });
    expect(loaded.exports).toMatchObject({ answer: 41, file: 'bundle.cjs', folder: root.split('/').pop(), sum: 295, strict: true });
    const off = loadWithCodeCache(file, { folder: undefined, name: 'check' });
    expect(off.exports).toMatchObject({ answer: 41, file: 'bundle.cjs', sum: 295, strict: true });
  });

  it('writes the cache after a run that found none, and the next process uses it (and does not write it again)', () => {
    expect(load().cache).toBe('absent');
    expect(cacheFiles()).toEqual([]);
    const first = loadAndSave();
    expect(first.cache).toBe('absent');
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).toMatch(/^check-[0-9a-f]{32}\.v8cache$/);
    const written = readFileSync(first.cacheFile as string);
    const second = loadAndSave();
    expect(second).toEqual({ cache: 'used', cacheFile: first.cacheFile, answer: 41 });
    expect(readFileSync(first.cacheFile as string).equals(written)).toBe(true);
  });

  it('never uses the cache of another text, even of the same length', () => {
    loadAndSave();
    const old = cacheFiles();
    writeFileSync(file, MODULE(42)); // same length, one digit changed
    const changed = loadAndSave();
    expect(changed.cache).toBe('absent');
    expect(changed.answer).toBe(42);
    expect(cacheFiles()).toHaveLength(2);
    expect(cacheFiles()).toEqual(expect.arrayContaining(old));
    expect(load()).toMatchObject({ cache: 'used', answer: 42 });
  });

  it('keeps the caches of two builds used in turn (neither deletes the other\'s)', () => {
    loadAndSave();
    writeFileSync(file, MODULE(42));
    loadAndSave();
    writeFileSync(file, MODULE(41));
    expect(loadAndSave()).toMatchObject({ cache: 'used', answer: 41 });
    writeFileSync(file, MODULE(42));
    expect(loadAndSave()).toMatchObject({ cache: 'used', answer: 42 });
  });

  it(`keeps the ${KEPT_PER_NAME} most recently used files of a name and removes older ones when it writes`, () => {
    const fileOf = (answer: number): string => {
      writeFileSync(file, MODULE(answer));
      return basename(loadAndSave().cacheFile as string);
    };
    const written = [10, 11, 12, 13].map(fileOf);
    expect(cacheFiles()).toEqual([...written].sort());
    writeFileSync(file, MODULE(10));
    expect(loadAndSave().cache).toBe('used'); // 10 is now the most recently used: 11 is the oldest
    const fifth = fileOf(14);
    expect(cacheFiles()).toEqual([written[0], written[2], written[3], fifth].sort());
  });

  it('keeps one cache per name (each command compiles other code)', () => {
    loadAndSave({}, 'check');
    loadAndSave({}, 'report');
    expect(cacheFiles().map((f) => f.split('-')[0])).toEqual(['check', 'report']);
    expect(load({}, 'Bad Name!').cacheFile).toMatch(/\/cli-[0-9a-f]{32}\.v8cache$/);
  });

  it.each([
    ['a flipped byte', (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i === bytes.length - 10 ? b ^ 0xff : b)))],
    ['a truncated file', (bytes: Buffer) => bytes.subarray(0, bytes.length - 100)],
    ['another header', (bytes: Buffer) => Buffer.concat([Buffer.from('x'), bytes.subarray(1)])],
    ['an empty file', () => Buffer.alloc(0)],
  ])('ignores a damaged cache file (%s) and writes it again', (_, damage) => {
    const path = loadAndSave().cacheFile as string;
    writeFileSync(path, damage(readFileSync(path)));
    expect(loadAndSave()).toMatchObject({ cache: 'absent', answer: 41 });
    expect(load().cache).toBe('used');
  });

  it('is told when V8 refuses the cached code (a file with a valid checksum V8 cannot use) and writes a new one', () => {
    const path = loadAndSave().cacheFile as string;
    const bytes = readFileSync(path);
    const magic = bytes.subarray(0, bytes.indexOf('\n') + 1);
    const garbage = Buffer.alloc(4096, 7);
    writeFileSync(path, Buffer.concat([magic, createHash('sha256').update(garbage).digest(), garbage]));
    expect(loadAndSave()).toMatchObject({ cache: 'rejected', answer: 41 });
    expect(load().cache).toBe('used');
  });

  it('is off without a folder or under NODE_DISABLE_COMPILE_CACHE, and writes nothing', () => {
    expect(loadAndSave({ NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({ cache: 'off', answer: 41 });
    const noFolder = loadWithCodeCache(file, { folder: undefined, name: 'check', write: writeFileAtomic });
    expect(noFolder.cache).toBe('off');
    noFolder.save();
    expect(cacheFiles()).toEqual([]);
    expect(load({ NODE_DISABLE_COMPILE_CACHE: '0' }).cache).toBe('absent');
  });

  it('runs on when the cache cannot be written (a file where the folder should be, a failing write)', () => {
    writeFileSync(folder, 'not a folder');
    expect(loadAndSave()).toMatchObject({ cache: 'absent', answer: 41 });
    rmSync(folder);
    mkdirSync(folder);
    const failing = loadWithCodeCache(file, {
      folder,
      name: 'check',
      write: () => {
        throw new Error('ENOSPC');
      },
      env: {},
    });
    expect(() => failing.save()).not.toThrow();
    expect(cacheFiles()).toEqual([]);
  });
});
