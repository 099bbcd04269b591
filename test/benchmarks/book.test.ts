import { describe, expect, it } from 'vitest';
import { ClaimSchema, SourceDocumentSchema } from '../../src/model/index.js';
import { bookGroupKey, loadBookBenchmark, scorePrecision } from '../../src/benchmarks/index.js';
import { accuCopy, majorityVote } from '../../src/resolve/index.js';

// Store, ISBN-10, title, authors; written in the test, not taken from the benchmark.
const claims = [
  'Powell\'s  Books\t0201853949\tThe Art of Computer Programming\tKnuth, Donald E.',
  'A1Books\t0201853949\tArt of Computer Programming\tDonald E. Knuth',
  'eCampus.com\t0201853949\tArt of Computer Programming\tNot Available',
  'textbookxdotcom\t0201853949\tArt of Computer Programming\t',
  'Caiman\t0201853949\tART OF COMPUTER PROGRAMMING\tKnuth',
  'A1Books\t1558609350\tObserving the User Experience\tCATHERINE COURAGE, Kathy Baxter',
  'Caiman\t1558609350\tObserving the User Experience\tCourage, Catherine',
  'Powell\'s  Books\t1558609350\tObserving the User Experience\tCourage, Catherine; Baxter, Kathy',
  'broken row without tabs',
  'Caiman\tnot-an-isbn\tSomething\tSomeone',
  '',
].join('\n');

const gold = ['9780201853940\tknuth, donald e.;  ', '', '1558609350\tcourage, catherine ;  baxter, kathy ;  ', '', '9780000000002\tnobody, at all;'].join('\n');

describe('loadBookBenchmark', () => {
  const data = loadBookBenchmark({ claims, gold });

  it('makes one source per store, whose text is its own rows', () => {
    expect(data.sources.map((s) => s.source.id)).toEqual(['book:a1books', 'book:caiman', 'book:ecampus.com', 'book:powell-s-books', 'book:textbookxdotcom']);
    const powell = data.sources.find((s) => s.source.id === 'book:powell-s-books')!;
    expect(powell.source.title).toBe("Powell's  Books");
    expect(powell.text).toBe(
      "Powell's  Books\t0201853949\tThe Art of Computer Programming\tKnuth, Donald E.\nPowell's  Books\t1558609350\tObserving the User Experience\tCourage, Catherine; Baxter, Kathy\n",
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
    const courage = data.claims.find((c) => c.id === 'book:powell-s-books:9781558609358:2')!;
    expect(courage.value).toEqual({
      type: 'entity-set',
      mode: 'closed',
      members: [{ name: 'Courage' }, { name: 'Baxter' }],
      raw: 'Courage, Catherine; Baxter, Kathy',
    });
    expect(courage.subject).toEqual({ name: 'ISBN 9781558609358' });
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
      [bookGroupKey('9780201853940'), 'knuth'],
      [bookGroupKey('9781558609358'), 'baxter; courage'],
    ]);
    expect(data.goldWithoutClaims).toEqual([bookGroupKey('9780000000002')]);
  });

  it('builds groups that strategies resolve and the scorer scores', () => {
    const r = accuCopy.resolve(data.problem);
    expect(r.groups.map((g) => g.preferred?.valueKey)).toEqual(['knuth', 'baxter; courage']);
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
