import { describe, expect, it } from 'vitest';
import { ClaimSchema, SourceDocumentSchema } from '../../src/model/index.js';
import { bookGroupKey, loadBookBenchmark, oneAuthorWrittenTwice, parseAuthorStructure, scorePrecision } from '../../src/datasets/index.js';
import { accuCopy, majorityVote } from '../../src/resolve/index.js';

// Store, ISBN-10, title, authors; written in the test, not taken from the benchmark.
const claims = [
  "Shelf's  Books\t0306406152\tA Treatise on Clocks\tQuill, Ada M.",
  'Paper Moon\t0306406152\tTreatise on Clocks\tAda M. Quill',
  'eTextbooks.example\t0306406152\tTreatise on Clocks\tNot Available',
  'bookbarn\t0306406152\tTreatise on Clocks\t',
  'Lantern\t0306406152\tTREATISE ON CLOCKS\tQuill',
  'Paper Moon\t1843560283\tGaudy Night Notes\tHARRIET VANE, Peter Wimsey',
  'Lantern\t1843560283\tGaudy Night Notes\tVane, Harriet',
  "Shelf's  Books\t1843560283\tGaudy Night Notes\tVane, Harriet; Wimsey, Peter",
  'broken row without tabs',
  'Lantern\tnot-an-isbn\tSomething\tSomeone',
  '',
].join('\n');

const gold = ['9780306406157\tquill, ada m.;  ', '', '1843560283\tvane, harriet ;  wimsey, peter ;  ', '', '9780000000002\tnobody, at all;'].join('\n');

describe('loadBookBenchmark', () => {
  const data = loadBookBenchmark({ claims, gold });

  it('makes one source per store, whose text is its own rows', () => {
    expect(data.sources.map((s) => s.source.id)).toEqual(['book:bookbarn', 'book:etextbooks.example', 'book:lantern', 'book:paper-moon', 'book:shelf-s-books']);
    const shelf = data.sources.find((s) => s.source.id === 'book:shelf-s-books')!;
    expect(shelf.source.title).toBe("Shelf's  Books");
    expect(shelf.text).toBe(
      "Shelf's  Books\t0306406152\tA Treatise on Clocks\tQuill, Ada M.\nShelf's  Books\t1843560283\tGaudy Night Notes\tVane, Harriet; Wimsey, Peter\n",
    );
    for (const s of data.sources) expect(SourceDocumentSchema.safeParse(s).success).toBe(true);
  });

  it('makes one valid claim per row with an author list, its evidence the exact cell', () => {
    expect(data.claims).toHaveLength(6);
    for (const c of data.claims) {
      expect(ClaimSchema.safeParse(c).success).toBe(true);
      const span = c.evidence[0]!;
      const text = data.sources.find((s) => s.source.id === span.sourceId)!.text;
      expect(text.slice(span.position.start, span.position.end)).toBe(span.quote.exact);
      expect(c.value.type === 'entity-set' && c.value.raw).toBe(span.quote.exact);
    }
    const vane = data.claims.find((c) => c.id === 'book:shelf-s-books:9781843560289:2')!;
    expect(vane.value).toEqual({
      type: 'entity-set',
      mode: 'closed',
      members: [{ name: 'Vane' }, { name: 'Wimsey' }],
      raw: 'Vane, Harriet; Wimsey, Peter',
    });
    expect(vane.subject).toEqual({ name: 'ISBN 9781843560289' });
  });

  it('counts "Not Available" and empty cells as no claim, and reports malformed rows with their line', () => {
    expect(data.stats).toMatchObject({ rows: 10, claims: 6, noClaim: 2, groups: 2, sources: 5, goldItems: 3 });
    expect(data.problems).toEqual([
      { file: 'claims', line: 9, message: 'expected 4 tab-separated cells (store, ISBN, title, authors), found 1' },
      { file: 'claims', line: 10, message: '"not-an-isbn" is not an ISBN-10 or ISBN-13' },
    ]);
  });

  it('joins the gold on ISBN-13, whichever form each side uses', () => {
    expect([...data.gold]).toEqual([
      [bookGroupKey('9780306406157'), 'quill'],
      [bookGroupKey('9781843560289'), 'vane; wimsey'],
    ]);
    expect(data.goldWithoutClaims).toEqual([bookGroupKey('9780000000002')]);
  });

  it('builds groups that strategies resolve and the scorer scores', () => {
    const r = accuCopy.resolve(data.problem);
    expect(r.groups.map((g) => g.preferred?.valueKey)).toEqual(['quill', 'vane; wimsey']);
    expect(scorePrecision(r, data.gold, data.goldWithoutClaims)).toEqual({
      correct: 2,
      items: 3,
      precision: 2 / 3,
      misses: [bookGroupKey('9780000000002')],
    });
    expect(scorePrecision(majorityVote.resolve(data.problem), data.gold).correct).toBe(2);
  });

  it('gives the same claim ids and values for the rows in another order', () => {
    const reordered = loadBookBenchmark({ claims: claims.split('\n').reverse().join('\n'), gold });
    const ids = (d: typeof data) => d.claims.map((c) => [c.id, c.value]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    // Claim ids number rows within a source, so only stores with one row per book keep them.
    expect(reordered.problem.groups.map((g) => g.key)).toEqual(data.problem.groups.map((g) => g.key));
    expect(ids(reordered).map((x) => x[1])).toEqual(expect.arrayContaining(ids(data).map((x) => x[1])));
  });
});

describe('one author written twice in a listing', () => {
  it.each([
    ['Dilip C. Naik; Dilip Naik', ['naik', 'naik'], ['naik']],
    ['Naik, Dilip C.; Naik, Dilip', ['naik', 'naik'], ['naik']],
    ["O'Hara, Maeve; O'Hara, Liam", ['ohara', 'ohara'], ['ohara', 'ohara']],
    ['Naik; Naik', ['naik', 'naik'], ['naik', 'naik']],
    ['Han, Jiawei; Kamber, Micheline', ['han', 'kamber'], ['han', 'kamber']],
  ] as const)('%s', (cell, surnames, expected) => {
    expect(oneAuthorWrittenTwice(surnames, parseAuthorStructure(cell))).toEqual(expected);
  });
});
