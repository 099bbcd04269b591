import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateBenchmarkData, runRealData } from '../tools/bench/real-data.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'claimtrace-bench-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const layout = (name: string, files: Record<string, string>): string => {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
};

// Three stores, two books; the third store gets the first book's authors wrong.
const BOOK_CLAIMS = [
  'store-a\t0201896834\tThe Art of Computer Programming\tKnuth, Donald E.',
  'store-b\t0201896834\tArt of Computer Programming\tDonald Knuth',
  'store-c\t0201896834\tArt of Computer Programming vol 1\tKnoth, D.',
  'store-a\t0262033844\tIntroduction to Algorithms\tCormen, Thomas H.; Leiserson, Charles E.',
  'store-b\t0262033844\tIntroduction to Algorithms\tThomas H. Cormen, Charles E. Leiserson',
].join('\n');
const BOOK_GOLD = '9780201896831\tknuth, donald e.\n\n9780262033848\tcormen, thomas h.; leiserson, charles e.\n';

describe('locateBenchmarkData', () => {
  it.each([
    { name: 'a missing directory', files: undefined, expected: { status: 'absent', names: [] } },
    { name: 'a directory without the data', files: { 'README.md': 'x' }, expected: { status: 'absent', names: [] } },
    {
      name: 'book and two flight days, in name order',
      files: {
        'book/claims.tsv': 'x',
        'book/gold.tsv': 'x',
        'flight/claims-20111202.tsv': 'x',
        'flight/claims-20111201.tsv': 'x',
        'flight/gold-20111201.tsv': 'x',
        'flight/notes.txt': 'x',
      },
      expected: { status: 'present', names: ['book', 'flight-2011-12-01', 'flight-2011-12-02'] },
    },
  ])('$name', ({ name, files, expected }) => {
    const dir = files === undefined ? path.join(root, 'does-not-exist') : layout(name.replace(/\W+/g, '-'), files);
    const found = locateBenchmarkData(dir);
    expect(found.status).toBe(expected.status);
    expect(found.status === 'present' ? found.datasets.map((d) => d.name) : []).toEqual(expected.names);
    if (found.status === 'absent') expect(found.reason).toContain(dir);
  });

  it('pairs each flight day with its gold file when there is one', () => {
    const dir = layout('gold-pairs', { 'flight/claims-20111201.tsv': 'x', 'flight/gold-20111201.tsv': 'x', 'flight/claims-20111202.tsv': 'x' });
    const found = locateBenchmarkData(dir);
    expect(found.status === 'present' ? found.datasets.map((d) => [d.day, d.gold !== undefined]) : []).toEqual([
      ['2011-12-01', true],
      ['2011-12-02', false],
    ]);
  });
});

describe('runRealData', () => {
  const dir = layout('tiny-book', { 'book/claims.tsv': BOOK_CLAIMS, 'book/gold.tsv': BOOK_GOLD });
  const found = locateBenchmarkData(dir);
  const book = found.status === 'present' ? found.datasets[0]! : undefined;

  it.each(['majority-vote', 'truth-finder', 'accu', 'accu-copy'])('runs the whole pipeline with %s and scores it', (strategy) => {
    const run = runRealData({ dataset: book!, strategy });
    expect({ rows: run.rows, claims: run.claims, groups: run.groups, sources: run.sources, goldItems: run.goldItems }).toEqual({
      rows: 5,
      claims: 5,
      groups: 2,
      sources: 3,
      goldItems: 2,
    });
    expect(run.correct).toBe(2);
    expect(run.totalMs).toBeGreaterThanOrEqual(run.loadMs + run.reconcileMs + run.resolveMs);
    expect(run.rowsPerSecond).toBeCloseTo(run.rows / (run.totalMs / 1000));
    expect(run.cpuMs).toBeGreaterThan(0);
  });

  it('refuses an unknown strategy, naming the known ones', () => {
    expect(() => runRealData({ dataset: book!, strategy: 'oracle' })).toThrow(/unknown strategy "oracle"; known: majority-vote/);
  });
});
