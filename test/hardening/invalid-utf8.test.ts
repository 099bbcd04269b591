/**
 * Files that are not UTF-8 are reported at their first invalid byte
 * (regression: the loader said "at or after byte 0" at 1:1 for any file
 * shorter than 4 KB, wherever the bad byte was).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { firstInvalidUtf8, placeOfByte } from '../../src/claims/invalid-utf8.js';
import { settled } from '../../src/model/result.js';
import { flat } from '../support/flat-message.js';

const fatal = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array): boolean => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it.each([
    { name: 'ASCII', bytes: [0x61, 0x62], expected: undefined },
    { name: 'a Latin-1 é', bytes: [0x63, 0x61, 0x66, 0xe9], expected: 3 },
    { name: 'a truncated 3-byte sequence', bytes: [0x61, 0xe2, 0x80], expected: 1 },
    { name: 'an overlong "/"', bytes: [0xc0, 0xaf], expected: 0 },
    { name: 'an encoded surrogate', bytes: [0x61, 0xed, 0xa0, 0x80], expected: 1 },
    { name: 'above U+10FFFF', bytes: [0xf4, 0x90, 0x80, 0x80], expected: 0 },
    { name: 'an emoji', bytes: [0xf0, 0x9f, 0x98, 0x80], expected: undefined },
    { name: 'a lone continuation byte', bytes: [0x61, 0x80], expected: 1 },
  ])('$name → $expected', ({ bytes, expected }) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });

  it('agrees with the fatal TextDecoder on any bytes, and everything before the offset decodes', () => {
    const bytesArb = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).chain((s) =>
        fc.tuple(fc.nat({ max: 60 }), fc.integer({ min: 0x80, max: 0xff })).map(([at, b]) => {
          const good = new TextEncoder().encode(s);
          const i = Math.min(at, good.length);
          return Uint8Array.from([...good.subarray(0, i), b, ...good.subarray(i)]);
        }),
      ),
    );
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        const at = firstInvalidUtf8(bytes);
        expect(at === undefined).toBe(decodes(bytes));
        if (at !== undefined) expect(decodes(bytes.subarray(0, at))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('placeOfByte', () => {
  it('counts lines by newline bytes and columns in UTF-16 units', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a\nb\u00e9\u{1F600}'), 0xff]);
    expect(placeOfByte(bytes, bytes.length - 1)).toEqual({ byte: bytes.length - 1, line: 2, column: 5 });
  });
});

describe('loading a folder with a file that is not UTF-8', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = (files: Record<string, Uint8Array | string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-utf8-'));
    dirs.push(dir);
    cpSync(join(import.meta.dirname, '../fixtures/claims/minimal'), dir, { recursive: true });
    for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
    return dir;
  };

  it('places the diagnostic of a claim file at its first invalid byte', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('source: wire\nclaims:\n  - id: cafe\n    note: "caf'), 0xe9, 0x22, 0x0a]);
    const result = await loadCorpus(folder({ 'claims/latin1.yaml': latin1 }));
    expect(result.messages.map(flat)).toContainEqual(
      expect.objectContaining({ code: 'invalid-utf8', file: 'claims/latin1.yaml', line: 4, column: 15 }),
    );
    expect(settled(result).corpus.claims.map((c) => c.id)).toEqual(['members', 'reserve', 'signed']);
  });

  it('names the line and column inside a source text that is not UTF-8', async () => {
    const result = await loadCorpus(
      folder({ 'sources/latin1.yaml': 'id: latin1\ntext: latin1.txt\npublishedAt: unknown\n', 'sources/latin1.txt': Uint8Array.from([0x41, 0x0a, 0x42, 0xff]) }),
    );
    const d = result.messages.map(flat).find((x) => x.code === 'invalid-utf8');
    expect(d).toMatchObject({ file: 'sources/latin1.yaml', line: 2, column: 7, sourceId: 'latin1' });
    expect(d?.message).toContain('line 2, column 2 (byte 3)');
  });
});
