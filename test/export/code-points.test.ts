import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCodePointOffset, toUtf16Offset } from '../../src/export/code-points.js';

describe('code-point offsets', () => {
  it.each([
    ['abc', 2, 2],
    ['a😀b', 1, 1],
    ['a😀b', 3, 2],
    ['a😀b', 4, 3],
    ['𝔓𝔞𝔵', 6, 3],
    ['', 0, 0],
    ['a\uD800b', 2, 2],
    ['a\uD800', 2, 2],
    ['\uDC00\uD800x', 2, 2],
    ['\uD800\uD800\uDC00', 3, 2],
  ])('%j: UTF-16 offset %d is code point %d', (text, utf16, points) => {
    expect(toCodePointOffset(text, utf16)).toBe(points);
    expect(toUtf16Offset(text, points)).toBe(utf16);
  });

  it('counts code points as the string iterator does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(toCodePointOffset(text, text.length)).toBe([...text].length);
        expect(toUtf16Offset(text, [...text].length)).toBe(text.length);
      }),
    );
  });

  it('round-trips every offset on a character boundary', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme-ascii' }), fc.constantFrom('😀', '𝔓', 'é', 'ß'))), (parts) => {
        const text = parts.join('');
        let utf16 = 0;
        for (const ch of [...text]) {
          expect(toUtf16Offset(text, toCodePointOffset(text, utf16))).toBe(utf16);
          utf16 += ch.length;
        }
        expect(toCodePointOffset(text, text.length)).toBe([...text].length);
      }),
    );
  });
});
