/**
 * Reading a file line by line in chunks: the same lines whatever the chunk
 * size (a line, a CRLF or a multi-byte character cut between two chunks),
 * bad lines reported by number, and special files refused before reading.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileLine, readFileLines } from '../../src/files/file-lines.js';
import { scratchFolders } from '../support/scratch-folders.js';

const { tempDir } = scratchFolders('file-lines');

const linesOf = (bytes: Uint8Array | string, options: { chunkBytes?: number; maxLineBytes?: number } = {}): FileLine[] => {
  const file = join(tempDir(), 'f.ndjson');
  writeFileSync(file, bytes);
  const opened = readFileLines(file, options);
  if (opened.status !== 'open') throw new Error(opened.status);
  return [...opened.lines];
};

const texts = (lines: readonly FileLine[]) => lines.map((l) => ('text' in l ? l.text : l.problem));

describe('readFileLines', () => {
  it.each([1, 2, 3, 7, 64 * 1024])('gives the same lines with %i-byte chunks', (chunkBytes) => {
    const text = 'first\r\nsecond — “quoted”\n\nlast without newline ✓';
    expect(texts(linesOf(text, { chunkBytes }))).toEqual(['first', 'second — “quoted”', '', 'last without newline ✓']);
  });

  it.each([
    ['an empty file', '', []],
    ['one newline', '\n', ['']],
    ['a trailing newline', 'a\nb\n', ['a', 'b']],
  ] as const)('%s', (_label, text, expected) => {
    expect(texts(linesOf(text))).toEqual(expected);
  });

  it('reports a line that is not UTF-8 or too long by its number, and reads on', () => {
    const bytes = Buffer.concat([Buffer.from('ok\ncaf'), Buffer.from([0xe9]), Buffer.from(`\n${'x'.repeat(40)}\nend\n`)]);
    const lines = linesOf(bytes, { chunkBytes: 5, maxLineBytes: 16 });
    expect(lines.map((l) => [l.number, 'text' in l ? l.text : l.problem])).toEqual([
      [1, 'ok'],
      [2, 'invalid-utf8'],
      [3, 'too-long'],
      [4, 'end'],
    ]);
    expect(lines[2]).toMatchObject({ problem: 'too-long', length: 40 });
  });

  it('refuses a folder and a named pipe without reading, and says when a file is missing', () => {
    const dir = tempDir();
    expect(readFileLines(dir)).toMatchObject({ status: 'not-a-file', kind: 'folder' });
    const fifo = join(dir, 'pipe.ndjson');
    execFileSync('mkfifo', [fifo]);
    expect(readFileLines(fifo)).toMatchObject({ status: 'not-a-file', kind: 'named pipe' });
    expect(readFileLines(join(dir, 'none.ndjson'))).toEqual({ status: 'missing' });
  });
});
