/**
 * Where a byte sequence stops being UTF-8, so that a file saved in another
 * encoding is reported at the line and column of its first bad byte.
 */

/** The place of the first invalid byte: byte offset, 1-based line and column (UTF-16 units). */
export interface InvalidUtf8Place {
  readonly byte: number;
  readonly line: number;
  readonly column: number;
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8
 * sequence (the WHATWG decoder's rules: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or `undefined` when all of `bytes` is UTF-8.
 *
 * @example
 * firstInvalidUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // 3 (a Latin-1 "é")
 */
export const firstInvalidUtf8 = (bytes: Uint8Array): number | undefined => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return undefined;
};

/** Line and column of byte `offset` (the bytes before it must be UTF-8). */
export const placeOfByte = (bytes: Uint8Array, offset: number): InvalidUtf8Place => {
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < offset; j += 1) {
    if (bytes[j] === 0x0a) {
      line += 1;
      lineStart = j + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { byte: offset, line, column };
};
