/**
 * `claimtrace suggest <folder> <source>` on a source the folder has but could
 * not load says why it did not load (the loader's own messages, placed) and
 * exits 1, a content problem; a source id the folder does not have at all is
 * a usage error (exit 2) listing the sources it has.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../support/scratch-folders.js';
import { runInProcess } from './memory-io.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const { tempDir } = scratchFolders('suggest-unloaded');

/** The minimal fixture plus a source `latin` whose text is `bytes`. */
const folderWithLatin = (bytes: Uint8Array): string => {
  const dir = tempDir('folder');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'sources/latin.yaml'), 'id: latin\ntext: latin.txt\npublishedAt: unknown\n');
  writeFileSync(join(dir, 'sources/latin.txt'), bytes);
  return dir;
};

describe('suggest on a source that is not there or did not load', () => {
  it.for([
    {
      name: 'a source whose text is Latin-1, not UTF-8',
      source: 'latin',
      code: 1,
      says: ['sources/latin.yaml:2:7: error [invalid-utf8] sources/latin.txt is not valid UTF-8', 'the source latin did not load'],
    },
    {
      name: 'a source id the folder does not have',
      source: 'nowhere',
      code: 2,
      says: ['the corpus has no source nowhere', 'its sources are: wire'],
    },
  ])('$name', async ({ source, code, says }) => {
    const folder = folderWithLatin(Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' prices rose 12% in Lyon.\n')]));
    const run = await runInProcess(['suggest', folder, source]);
    expect(run.code).toBe(code);
    for (const words of says) expect(run.stderr).toContain(words);
    expect(run.stdout).toBe('');
  });
});
