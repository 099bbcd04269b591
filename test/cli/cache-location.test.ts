/**
 * Where `check --cache` keeps its cache: the default under the working
 * directory, a file, or a folder for the file — looked at through the
 * command line's file system.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileFor } from '../../src/cli/cache-location.js';
import type { OptionValues } from '../../src/cli/command.js';
import { faultyFileSystem } from '../support/faulty-file-system.js';
import { scratchFolders } from '../support/scratch-folders.js';
import { runInProcess } from './memory-io.js';

const { tempDir } = scratchFolders('cache-location');

describe('cacheFileFor', () => {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'folder'));
  writeFileSync(join(cwd, 'file.json'), '{}');
  symlinkSync(join(cwd, 'folder'), join(cwd, 'linked'));

  it.each<[string, OptionValues, string | undefined]>([
    ['no --cache: no cache', {}, undefined],
    ['--cache: the shared build-tool cache folder under the working directory', { cache: true }, join(cwd, 'node_modules/.cache/claimtrace/check-cache.json')],
    ['a file that exists', { 'cache-location': 'file.json' }, join(cwd, 'file.json')],
    ['a file that does not exist yet', { 'cache-location': 'new.json' }, join(cwd, 'new.json')],
    ['an existing folder: the file in it', { 'cache-location': 'folder' }, join(cwd, 'folder', 'check-cache.json')],
    ['a link to a folder: the file in it', { 'cache-location': 'linked' }, join(cwd, 'linked', 'check-cache.json')],
    ['a folder not made yet, written with a final slash', { 'cache-location': 'later/' }, join(cwd, 'later', 'check-cache.json')],
    ['an absolute path', { 'cache-location': join(cwd, 'folder') }, join(cwd, 'folder', 'check-cache.json')],
  ])('%s', (_, values, expected) => {
    expect(cacheFileFor(values, { cwd })).toBe(expected);
  });

  it('looks through the command line’s file system: a place it cannot look at is taken as the file’s name', () => {
    const fileSystem = faultyFileSystem([{ op: 'stat', path: (path) => path.endsWith('folder'), fail: 'EACCES' }]);
    expect(cacheFileFor({ 'cache-location': 'folder' }, { cwd, fileSystem })).toBe(join(cwd, 'folder'));
  });

  it('check with a --cache-location that cannot be looked at still checks, and says why the cache was not used', async () => {
    const cold = await runInProcess(['check', 'claims', '--json']);
    const fileSystem = faultyFileSystem([{ op: 'stat', path: (path) => path.endsWith('folder'), fail: 'EACCES' }]);
    const run = await runInProcess(['check', 'claims', '--json', '--cache-location', join(cwd, 'folder')], { fileSystem });
    expect(run.code).toBe(0);
    const { messages } = JSON.parse(run.stdout) as { messages: { code: string; message: string }[] };
    expect(JSON.parse(run.stdout).findings).toEqual(JSON.parse(cold.stdout).findings);
    expect(messages.map((m) => m.code)).toEqual(['cache-ignored']);
    expect(messages[0]?.message).toMatch(/folder is a folder, not a cache file; it was not used and is left as it is/);
  });
});
