import { describe, expect, it } from 'vitest';
import { contentHash, ingestText, normalizeText } from '../../src/ingest/index.js';

describe('normalizeText', () => {
  it.each([
    { name: 'a leading byte-order mark is stripped', raw: '\uFEFFPax Silica', expected: 'Pax Silica' },
    { name: 'only a leading BOM is stripped', raw: 'Pax\uFEFFSilica', expected: 'Pax\uFEFFSilica' },
    { name: 'CRLF becomes LF', raw: 'line 1\r\nline 2\r\n', expected: 'line 1\nline 2\n' },
    { name: 'a lone CR becomes LF', raw: 'line 1\rline 2', expected: 'line 1\nline 2' },
    { name: 'CR CR LF is two line ends', raw: 'a\r\r\nb', expected: 'a\n\nb' },
    { name: 'decomposed accents compose (NFC)', raw: 'Cafe\u0301 Ha\u0308agen', expected: 'Caf\u00e9 H\u00e4agen' },
    { name: 'Hausa letters stay as they are', raw: '\u0198i alaka', expected: '\u0198i alaka' },
    { name: 'NBSP is content, not folded', raw: 'SOURCE\u00a0/\u00a0ECONOMY', expected: 'SOURCE\u00a0/\u00a0ECONOMY' },
    { name: 'emoji survive', raw: '\uD83D\uDC4D\r\n', expected: '\uD83D\uDC4D\n' },
    { name: 'all at once', raw: '\uFEFFCafe\u0301\r\nline 2\rline 3', expected: 'Caf\u00e9\nline 2\nline 3' },
  ])('$name', ({ raw, expected }) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it.each(['\uFEFFa\r\nb\rc', 'Cafe\u0301\r\n', 'plain text\n'])('is idempotent on %j', (raw) => {
    const once = normalizeText(raw);
    expect(normalizeText(once)).toBe(once);
  });
});

describe('contentHash', () => {
  // Reference digests computed with coreutils `printf '…' | sha256sum`.
  it.each([
    { text: '', digest: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    { text: 'abc', digest: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    { text: 'Caf\u00e9\nline 2', digest: '2444075eaf48cd096669fa625f826a5e1ebd808f9d31390e21a0c2705c273fa2' },
    { text: '\uD83D\uDC4D Pax Silica', digest: '008c6b3d526c8e9d85a67f80ea19bf12a420d5cf5aa7e82683830848162b7f75' },
  ])('hashes the UTF-8 bytes of $text', ({ text, digest }) => {
    expect(contentHash(text)).toBe(`sha256:${digest}`);
  });

  it('gives the same hash for CRLF and LF captures once normalized', () => {
    expect(contentHash(normalizeText('a\r\nb'))).toBe(contentHash(normalizeText('a\nb')));
  });

  it('gives different hashes for NFC and NFD text that was not normalized', () => {
    expect(contentHash('Cafe\u0301')).not.toBe(contentHash('Caf\u00e9'));
  });
});

describe('ingestText', () => {
  it('returns the normalized text and the hash of exactly that text', () => {
    const ingested = ingestText('\uFEFFCafe\u0301\r\nline 2');
    expect(ingested.text).toBe('Caf\u00e9\nline 2');
    expect(ingested.contentHash).toBe('sha256:2444075eaf48cd096669fa625f826a5e1ebd808f9d31390e21a0c2705c273fa2');
  });
});
