/**
 * Approximate matching with a bound on the work: where the lowest-error
 * matches of a pattern end (Myers' bit-vector algorithm, blocks of 32 pattern
 * units, with Ukkonen's cut-off so only the blocks that can stay within the
 * allowed edits are computed; Myers 1999, in Hyyrö's 2001 formulation), and
 * where each starts.
 *
 * approx-string-match runs the same end search and then, for every end,
 * searches back over the pattern's length for its start: (m + k) × ⌈m / 32⌉
 * words per end. In ordinary text there are a few ends per place; in a text
 * of one repeated letter there is one at nearly every unit, and that second
 * step made anchoring cost text × m² / 32 (a 1 001-unit quote in 32 KB of
 * "a": 9 s). Here the end search keeps at most `cap` ends (those nearest a
 * preferred offset), counts the rest and says it stopped, so it costs
 * n × ⌈m / 32⌉ whatever the text; the caller decides which starts to find.
 */

/** A pattern prepared for searching: its length and, per distinct unit, the bits of the positions holding it. */
export interface CompiledPattern {
  readonly length: number;
  readonly blocks: number;
  /** Unit (below 256) → row in `bits`; 0 is the row of units not in the pattern. */
  readonly small: Int32Array;
  /** Unit (256 and above) → row in `bits`. */
  readonly large: ReadonlyMap<number, number>;
  /** Row × blocks + block → the positions (bits) of that block holding the row's unit. */
  readonly bits: Int32Array;
}

const WORD = 32;

/** Build the per-unit position bits of a non-empty pattern. */
export const compilePattern = (pattern: string): CompiledPattern => {
  const blocks = Math.ceil(pattern.length / WORD);
  const small = new Int32Array(256);
  const large = new Map<number, number>();
  let rows = 1;
  const rowOf = (unit: number): number => {
    if (unit < 256) {
      if (small[unit] === 0) small[unit] = rows++;
      return small[unit]!;
    }
    let row = large.get(unit);
    if (row === undefined) large.set(unit, (row = rows++));
    return row;
  };
  const units = Array.from({ length: pattern.length }, (_, i) => rowOf(pattern.charCodeAt(i)));
  const bits = new Int32Array(rows * blocks);
  units.forEach((row, i) => {
    bits[row * blocks + Math.floor(i / WORD)]! |= 1 << i % WORD;
  });
  return { length: pattern.length, blocks, small, large, bits };
};

/** Where the lowest-error matches end, as far as they were kept. */
export interface LowestErrorEnds {
  /** The fewest edits any match needs (at most the allowed edits). */
  readonly errors: number;
  /**
   * Offsets (exclusive) where a match with `errors` edits ends, ascending:
   * all of them, or, past the cap, the `cap` nearest the preferred offset.
   */
  readonly ends: readonly number[];
  /** How many ends there are in all. */
  readonly count: number;
  /** More ends than the cap: `ends` holds only the nearest ones. */
  readonly capped: boolean;
}

/** What to keep: at most `cap` ends (default: all), the nearest to `prefer` (default 0: the first ones). */
export interface EndOptions {
  readonly cap?: number;
  readonly prefer?: number;
}

/**
 * Where the matches of `pattern` with the fewest edits (at most `maxErrors`)
 * end in `text`; undefined when none is within `maxErrors`. One pass over
 * the text, ⌈m / 32⌉ words per unit at most (fewer where the cut-off drops
 * the lower blocks), whatever the number of ends.
 */
export const lowestErrorEnds = (
  text: string,
  pattern: string | CompiledPattern,
  maxErrors: number,
  options: EndOptions = {},
): LowestErrorEnds | undefined => {
  const p = typeof pattern === 'string' ? compilePattern(pattern) : pattern;
  const m = p.length;
  if (m === 0 || !(maxErrors >= 0)) return undefined;
  const cap = options.cap ?? Infinity;
  const prefer = options.prefer ?? 0;
  let k = Math.min(Math.floor(maxErrors), m);
  const last = p.blocks - 1;
  const lastBit = 1 << (m - 1) % WORD;
  const lastBlockRows = m - last * WORD;
  // Per block: vertical deltas (plus, minus) and the score of its bottom row.
  const plus = new Int32Array(p.blocks);
  const minus = new Int32Array(p.blocks);
  const score = new Int32Array(p.blocks);
  const rowsOf = (b: number): number => (b === last ? lastBlockRows : WORD);
  // Column 0: D[i][0] = i, so every vertical delta is +1.
  let y = Math.max(0, Math.ceil(k / WORD) - 1);
  for (let b = 0; b <= y; b += 1) {
    plus[b] = -1;
    minus[b] = 0;
    score[b] = b * WORD + rowsOf(b);
  }
  const { small, large, bits } = p;
  const blocks = p.blocks;

  // One block of one column; `carry` is the horizontal delta entering its top row, the result the one leaving its bottom row.
  const step = (row: number, b: number, carry: number): number => {
    const pv = plus[b]!;
    const mv = minus[b]!;
    let eq = bits[row * blocks + b]!;
    const xv = eq | mv;
    if (carry < 0) eq |= 1;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    const bottom = b === last ? lastBit : 1 << 31;
    const out = ph & bottom ? 1 : mh & bottom ? -1 : 0;
    ph <<= 1;
    mh <<= 1;
    if (carry < 0) mh |= 1;
    else if (carry > 0) ph |= 1;
    plus[b] = mh | ~(xv | ph);
    minus[b] = ph & xv;
    return out;
  };

  let errors = -1;
  let count = 0;
  let kept: number[] = [];
  let head = 0;
  const keep = (end: number): void => {
    count += 1;
    if (kept.length - head < cap) {
      kept.push(end);
    } else if (Math.abs(end - prefer) < Math.abs(kept[head]! - prefer)) {
      // ends come in ascending order: the oldest kept one is the farthest below `prefer`
      head += 1;
      kept.push(end);
      if (head > 1024 && head * 2 > kept.length) {
        kept = kept.slice(head);
        head = 0;
      }
    }
  };

  for (let j = 0; j < text.length; j += 1) {
    const unit = text.charCodeAt(j);
    const row = unit < 256 ? small[unit]! : (large.get(unit) ?? 0);
    let carry = 0;
    for (let b = 0; b <= y; b += 1) {
      carry = step(row, b, carry);
      score[b]! += carry;
    }
    if (y < last && score[y]! - carry <= k && ((bits[row * blocks + y + 1]! & 1) !== 0 || carry < 0)) {
      // the block below may come within k: start it from the column-0 state and compute it
      y += 1;
      plus[y] = -1;
      minus[y] = 0;
      score[y] = score[y - 1]! + rowsOf(y) - carry + step(row, y, carry);
    } else {
      while (y > 0 && score[y]! >= k + WORD) y -= 1;
    }
    if (y === last && score[y]! <= k) {
      const s = score[y]!;
      if (s < errors || errors < 0) {
        errors = s;
        count = 0;
        kept = [];
        head = 0;
      }
      keep(j + 1);
      k = s; // only the lowest-error ends are wanted: fewer edits allowed from here on
    }
  }
  if (errors < 0) return undefined;
  return { errors, ends: head === 0 ? kept : kept.slice(head), count, capped: count > cap };
};

/** One approximate match, offsets into the searched text. */
export interface ApproximateMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

const reversed = (s: string): string => {
  let out = '';
  for (let i = s.length - 1; i >= 0; i -= 1) out += s.charAt(i);
  return out;
};

/** A pattern prepared for finding where its matches start (the pattern read backwards). */
export interface StartFinder {
  readonly length: number;
  readonly backwards: CompiledPattern;
}

export const startFinder = (pattern: string): StartFinder => ({
  length: pattern.length,
  backwards: compilePattern(reversed(pattern)),
});

/**
 * Where the match ending at `end` with `errors` edits starts: the pattern
 * read backwards is searched for in the text read backwards from `end`, over
 * at most the pattern's length plus `errors` units, and the longest match
 * is taken — the start approx-string-match gives. `(m + k) × ⌈m / 32⌉` words.
 */
export const matchStart = (text: string, finder: StartFinder, end: number, errors: number): number => {
  const from = Math.max(0, end - finder.length - errors);
  const back = lowestErrorEnds(reversed(text.slice(from, end)), finder.backwards, errors);
  const longest = back === undefined || back.ends.length === 0 ? 0 : back.ends[back.ends.length - 1]!;
  return end - longest;
};

/** What `cappedSearch` found. */
export interface CappedMatches {
  /** Every lowest-error match, or when capped the `sample` nearest the preferred offset. */
  readonly matches: readonly ApproximateMatch[];
  /** The edits of the lowest-error matches; undefined when nothing is within the allowed edits. */
  readonly errors: number | undefined;
  /** How many lowest-error matches end in the text. */
  readonly count: number;
  readonly capped: boolean;
}

/**
 * The lowest-error matches of `pattern` in `text` (at most `maxErrors`
 * edits), with their starts, as approx-string-match's `search` gives them —
 * unless there are more than `cap` ends: then only the `sample` ends nearest
 * `prefer` get their start, and `capped` says the rest were left out.
 */
export const cappedSearch = (
  text: string,
  pattern: string,
  maxErrors: number,
  options: { readonly cap: number; readonly sample: number; readonly prefer?: number },
): CappedMatches => {
  const prefer = options.prefer ?? 0;
  const found = lowestErrorEnds(text, pattern, maxErrors, { cap: options.cap, prefer });
  if (found === undefined) return { matches: [], errors: undefined, count: 0, capped: false };
  const ends = found.capped
    ? [...found.ends]
        .sort((a, b) => Math.abs(a - prefer) - Math.abs(b - prefer) || a - b)
        .slice(0, options.sample)
        .sort((a, b) => a - b)
    : found.ends;
  const finder = startFinder(pattern);
  const matches = ends.map((end) => ({ start: matchStart(text, finder, end, found.errors), end, errors: found.errors }));
  return { matches, errors: found.errors, count: found.count, capped: found.capped };
};
