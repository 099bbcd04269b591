/**
 * The worked examples of docs/normalization.md ("Precision and
 * discrepancy") are true: each row is parsed, compared and graded here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model/value.js';
import { parseDate, parseQuantity } from '../../src/normalize/index.js';
import { compareValues, valueKinds } from '../../src/values/index.js';

const doc = readFileSync(join(import.meta.dirname, '../../docs/normalization.md'), 'utf8');
const section = doc.slice(doc.indexOf('Worked examples'), doc.indexOf('## Known limits'));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split('|').map((cell) => cell.trim()));

const words = (cell: string): string => /`([^`]+)`/.exec(cell)?.[1] ?? cell;
const value = (text: string): Value => {
  const date = parseDate(text);
  if (date.ok && /\d{4}|March|December/.test(text)) return date.value;
  const quantity = parseQuantity(text);
  if (quantity.ok) return quantity.value;
  throw new Error(`cannot read ${text}`);
};

describe('docs/normalization.md worked examples', () => {
  it('has examples to check', () => {
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it.each(rows.map((cells) => [words(cells[1] ?? ''), words(cells[2] ?? ''), cells[4] ?? '', cells[5] ?? ''] as const))('%s vs %s: %s, %s', (a, b, verdict, graded) => {
    const [x, y] = [value(a), value(b)];
    expect(compareValues(x, y).verdict).toBe(verdict.split(' ')[0]);
    const d = valueKinds.discrepancy(x, y);
    if (graded === '—') {
      expect(d).toBeUndefined();
      return;
    }
    const [grade] = ['minor', 'substantial', 'magnitude'].filter((g) => graded.includes(g === 'minor' ? 'minor tension' : g));
    expect(d?.grade).toBe(grade);
    const label = graded.replace(/^(substantial|magnitude), /, '').replace(/ → .*$/, '');
    expect(label).toContain(d?.label.replace(/^minor tension: /, '') ?? '∅');
  });
});
