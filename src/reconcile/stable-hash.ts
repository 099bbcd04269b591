/**
 * A short, fast, platform-independent string hash for stable ids. Not
 * cryptographic: two 32-bit FNV-1a-style lanes with different multipliers,
 * each finished with an avalanche step, printed as hex.
 */

const avalanche = (h: number): number => {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
};

/** The two 32-bit lanes of the hash of `text` (UTF-16 code units). */
export const hashLanes = (text: string): readonly [number, number] => {
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [avalanche(h1), avalanche(h2 ^ text.length)];
};

/**
 * Hex digest of `text`, `length` hex digits long (at most 16).
 *
 * @example
 * shortHash('value-conflict|pax-silica|founding-members') // → 12 hex digits, always the same
 */
export const shortHash = (text: string, length = 12): string => {
  const [a, b] = hashLanes(text);
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, Math.min(16, length));
};
