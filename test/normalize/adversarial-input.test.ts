/**
 * No parser may backtrack catastrophically: each gets 50 KB strings built to
 * hurt regular expressions (long runs of what a pattern would almost match).
 * A catastrophic pattern would not return within the test timeout; speed
 * itself is measured by scripts, not here.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DATE_TEXT_LENGTH, createEntityResolver, nameKey, parseDate, parseEntitySet, parseQuantity, weekdayPhrase } from '../../src/normalize/index.js';
import { compareValues } from '../../src/values/index.js';

const SIZE = 50 * 1024;
const fill = (unit: string, tail = '!'): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE) + tail;

const adversarial: [string, string][] = [
  ['digits', fill('9')],
  ['digit groups', fill('1,00')],
  ['decimal points', fill('1.')],
  ['spaces', fill(' ', 'x')],
  ['mixed whitespace', fill(' \t\n\u00a0')],
  ['hedges', fill('nearly ')],
  ['hedge prefixes', fill('just ')],
  ['between', fill('between ')],
  ['number words', fill('twenty-')],
  ['a a a', fill('a ')],
  ['dollar signs', fill('$')],
  ['currency prefixes', fill('US$')],
  ['dashes', fill('-')],
  ['ranges', fill('1-')],
  ['percent', fill('%')],
  ['scale words', fill('billion ')],
  ['vague plurals', fill('hundreds of ')],
  ['dotted abbreviations', fill('U.S.')],
  ['weekdays', fill('Friday ')],
  ['on on on', fill('on ')],
  ['months', fill('Dec 12, ')],
  ['iso dates', fill('2025-12-')],
  ['apostrophes', fill("a'")],
  ['combining marks', fill('e\u0301')],
  ['surrogate pairs', fill('😀')],
  ['punctuation', fill('.,;:()')],
  ['list joiners', fill('a and ')],
  ['known names joined', fill('Bosnia and ')],
  ['list markers', fill('among them ')],
  ['lead-ins', fill('the five are ')],
];

const resolver = createEntityResolver();

describe.each(adversarial)('50 KB of %s', (_name, text) => {
  it('parseQuantity answers', () => {
    const result = parseQuantity(text);
    expect(!result.ok || result.ok).toBe(true);
  });

  it('parseEntitySet answers', () => {
    const result = parseEntitySet(text, { resolver });
    expect(!result.ok || result.ok).toBe(true);
  });

  it('parseDate answers (refusing it unless it trims to a short text), and answers on the longest accepted prefix', () => {
    const result = parseDate(text, { publishedAt: '2025-12-12' });
    expect(!result.ok).toBe(true);
    if (text.trim().length > MAX_DATE_TEXT_LENGTH) expect(!result.ok && result.messages[0]?.code).toBe('too-long');
    const prefix = parseDate(text.slice(0, MAX_DATE_TEXT_LENGTH), { publishedAt: '2025-12-12' });
    expect(!prefix.ok || prefix.ok).toBe(true);
  });

  it('name keys, resolution and near-duplicate checks answer', () => {
    expect(typeof nameKey(text)).toBe('string');
    expect(resolver.resolve(text)).toBeUndefined();
    expect(typeof resolver.nearDuplicate(text, text.slice(1)).similar).toBe('boolean');
    expect(resolver.nearDuplicate(text.slice(0, 300), text.slice(1, 301)).score).toBeGreaterThanOrEqual(0);
    expect(weekdayPhrase(text)).toBeUndefined();
  });

  it('compareValues answers on values carrying it', () => {
    const result = compareValues({ type: 'entity', name: text }, { type: 'entity', name: `${text}z` }, { resolver });
    expect(result.verdict).toBe('conflict');
    expect(compareValues({ type: 'text', text }, { type: 'text', text: `${text}x` }).verdict).toBe('unknown');
  });
});
