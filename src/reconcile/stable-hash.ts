/**
 * A short, fast, platform-independent string hash for stable ids. Not
 * cryptographic: two 32-bit FNV-1a-style lanes with different multipliers,
 * each finished with an avalanche step, printed as hex. `StableHasher`
 * hashes a text given in pieces exactly as the whole text: ids and
 * fingerprints are hashed from their parts without building the joined
 * string.
 */

const avalanche = (h: number): number => {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
};

/** Char codes of the hex digits 0-9a-f. */
const HEX = Array.from('0123456789abcdef', (d) => d.charCodeAt(0));

/** The char code of the hex digit of `lane` at bit `shift`. */
const hex = (lane: number, shift: number): number => HEX[(lane >>> shift) & 15] as number;

/**
 * The hash of a text fed piece by piece (`add`, `addCode`): the same digest as
 * `shortHash` of the pieces joined.
 *
 * @example
 * new StableHasher().add('a').addCode(10).add('b').digest() === shortHash('a\nb') // true
 */
export class StableHasher {
  #h1 = 0x811c9dc5;
  #h2 = 0x2545f491;
  #length = 0;

  /** Forget what was fed: the hasher is as new (one hasher can serve many texts, one after another). */
  reset(): this {
    this.#h1 = 0x811c9dc5;
    this.#h2 = 0x2545f491;
    this.#length = 0;
    return this;
  }

  /** Feed the code units of `text`. */
  add(text: string): this {
    let h1 = this.#h1;
    let h2 = this.#h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.#h1 = h1;
    this.#h2 = h2;
    this.#length += text.length;
    return this;
  }

  /** Feed one code unit (a separator). */
  addCode(code: number): this {
    this.#h1 = Math.imul(this.#h1 ^ code, 0x01000193);
    const h2 = Math.imul(this.#h2 ^ code, 0x5bd1e995);
    this.#h2 = h2 ^ (h2 >>> 15);
    this.#length += 1;
    return this;
  }

  /** The two 32-bit lanes of what was fed. */
  lanes(): readonly [number, number] {
    return [avalanche(this.#h1), avalanche(this.#h2 ^ this.#length)];
  }

  /** Hex digest, `length` hex digits long (at most 16): the first lane's 8 digits, then the second's. */
  digest(length = 12): string {
    const a = avalanche(this.#h1);
    const b = avalanche(this.#h2 ^ this.#length);
    // Any other length means what `slice(0, length)` of the 16 digits means.
    if (!Number.isInteger(length) || length < 0) return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, Math.min(16, length));
    // One flat string of exactly the digits wanted (no padded intermediate strings to slice); ids and fingerprints take 12.
    if (length === 12) {
      return String.fromCharCode(hex(a, 28), hex(a, 24), hex(a, 20), hex(a, 16), hex(a, 12), hex(a, 8), hex(a, 4), hex(a, 0), hex(b, 28), hex(b, 24), hex(b, 20), hex(b, 16));
    }
    const digits = Math.min(16, length);
    let text = '';
    for (let i = 0; i < digits; i++) text += String.fromCharCode(HEX[(i < 8 ? a >>> ((7 - i) * 4) : b >>> ((15 - i) * 4)) & 15] as number);
    return text;
  }
}

/** The two 32-bit lanes of the hash of `text` (UTF-16 code units). */
export const hashLanes = (text: string): readonly [number, number] => new StableHasher().add(text).lanes();

/**
 * Hex digest of `text`, `length` hex digits long (at most 16).
 *
 * @example
 * shortHash('value-conflict|pax-silica|founding-members') // → 12 hex digits, always the same
 */
export const shortHash = (text: string, length = 12): string => new StableHasher().add(text).digest(length);
