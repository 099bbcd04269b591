/**
 * English number words: "nine", "twenty-six", "a hundred",
 * "one hundred and twenty", "two hundred thousand", "a dozen",
 * "half a million" (0.5; the scale that follows multiplies it).
 */
import { DASHES, peek, wordAt, type Cursor } from './quantity-cursor.js';
import { TENS, UNITS } from './quantity-vocabulary.js';

const BIG_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/**
 * Number words: "nine", "twenty-six", "a hundred", "one hundred and twenty",
 * "two hundred thousand", "a dozen", "half a million". Stops before anything else.
 */
export const parseNumberWords = (c: Cursor): number | undefined => {
  const start = c.pos;
  let total = 0;
  let current = 0;
  let any = false;
  let afterTens = false;
  for (;;) {
    const w = wordAt(c);
    if (w === undefined) break;
    const next = wordAt(c, 1);
    if ((w === 'a' || w === 'an') && !any && next !== undefined && (next === 'hundred' || next === 'dozen' || BIG_WORDS.has(next))) {
      current = 1;
      any = true;
      c.pos += 1;
      continue;
    }
    // "half a million" → 0.5, then the scale chain multiplies
    if (w === 'half' && !any && (next === 'a' || next === 'an') && BIG_WORDS.has(wordAt(c, 2) ?? '')) {
      c.pos += 2;
      return 0.5;
    }
    const unit = UNITS.get(w);
    const tens = TENS.get(w);
    if (unit !== undefined && (current % 100 === 0 || (afterTens && unit >= 1 && unit <= 9))) {
      afterTens = false;
      current += unit;
      any = true;
      c.pos += 1;
      continue;
    }
    if (tens !== undefined && current % 100 === 0) {
      current += tens;
      any = true;
      afterTens = true;
      c.pos += 1;
      // "twenty-six"
      const dash = peek(c);
      const after = wordAt(c, 1);
      const u = after === undefined ? undefined : UNITS.get(after);
      if (dash?.kind === 'symbol' && DASHES.has(dash.text) && !dash.spaceBefore && u !== undefined && u >= 1 && u <= 9) {
        current += u;
        afterTens = false;
        c.pos += 2;
      }
      continue;
    }
    if (w === 'hundred' && any && current % 100 !== 0) {
      current = current * 100;
      c.pos += 1;
      continue;
    }
    if (w === 'dozen' && any) {
      current *= 12;
      c.pos += 1;
      continue;
    }
    const big = BIG_WORDS.get(w);
    if (big !== undefined && any && current > 0 && (total === 0 || total > current * big)) {
      // only as part of a longer number ("two hundred thousand five hundred"); a
      // trailing scale is left to the scale chain so "12 billion" and
      // "twelve billion" go the same way
      const following = wordAt(c, 1);
      if (following === undefined || !(UNITS.has(following) || TENS.has(following) || following === 'and')) break;
      total += current * big;
      current = 0;
      c.pos += 1;
      continue;
    }
    if (w === 'and' && any && current >= 100 && next !== undefined && (UNITS.has(next) || TENS.has(next))) {
      c.pos += 1;
      continue;
    }
    break;
  }
  if (!any) {
    c.pos = start;
    return undefined;
  }
  return total + current;
};
