import { describe, expect, it } from 'vitest';
import { findSharedPassages } from '../../../src/reconcile/index.js';
import { sourceDoc } from '../fixture.js';
import { S000, S001, S002, S003, S004 } from '../pax-silica-corpus.js';
import { PAX_SILICA_TEXTS as T } from '../pax-silica-texts.js';

const seeds = ([S000, S001, S002, S003, S004] as const).map((id) => sourceDoc({ id, text: T[id] }));

describe('findSharedPassages', () => {
  it('finds the four passages the aggregator pages 000 and 003 share, with offsets in both', () => {
    const passages = findSharedPassages(seeds);
    expect(passages.map((p) => [p.a.sourceId, p.b.sourceId])).toEqual(Array(4).fill([S000, S003]));
    for (const p of passages) {
      expect(T[S000].slice(p.a.start, p.a.end)).toBe(p.text);
      expect(T[S003].slice(p.b.start, p.b.end)).toBe(p.text);
    }
    expect(passages.map((p) => p.text.slice(0, 40)).sort()).toEqual([
      'Amid ongoing China-Japan tensions sparke',
      "JD Vance announces Trump administration'",
      'The US State Department hosted the first',
      'The United States announced on Wednesday',
    ]);
  });

  it('does not depend on the order of the sources', () => {
    expect(findSharedPassages([...seeds].reverse())).toEqual(findSharedPassages(seeds));
  });

  it.each([
    ['a passage shorter than minPassageWords', 'alpha beta gamma delta epsilon zeta eta theta iota kappa', 'x alpha beta gamma delta epsilon zeta eta theta iota kappa y', 12, 0],
    ['a passage at least minPassageWords long', 'one two three four five six seven eight nine ten eleven twelve', 'zero one two three four five six seven eight nine ten eleven twelve end', 12, 1],
    ['words in another case and punctuation', 'One, two; three four FIVE six seven eight nine ten eleven twelve', 'one two three four five six seven eight nine ten eleven twelve', 12, 1],
  ])('%s', (_title, a, b, minPassageWords, count) => {
    const passages = findSharedPassages([sourceDoc({ id: 'a', text: a }), sourceDoc({ id: 'b', text: b })], { minPassageWords });
    expect(passages).toHaveLength(count);
  });

  it('skips non-content ranges (a cookie banner two pages share)', () => {
    const banner = 'We use cookies for analytics to improve our website and to show you relevant content';
    const a = sourceDoc({ id: 'a', text: `Story A.\n${banner}`, nonContent: [{ quote: banner, kind: 'cookie-banner' }] });
    const b = sourceDoc({ id: 'b', text: `Story B.\n${banner}`, nonContent: [{ quote: banner, kind: 'cookie-banner' }] });
    const plainB = sourceDoc({ id: 'b', text: `Story B.\n${banner}` });
    expect(findSharedPassages([a, b])).toEqual([]);
    expect(findSharedPassages([a, plainB])).toEqual([]);
    expect(findSharedPassages([sourceDoc({ id: 'a', text: `Story A.\n${banner}` }), plainB])).toHaveLength(1);
  });

  it('reports a passage repeated in a third source for each pair', () => {
    const text = 'the first critical minerals ministerial drew participants from the uk european union japan india and south korea';
    const docs = ['a', 'b', 'c'].map((id) => sourceDoc({ id, text: `${id}. ${text}` }));
    expect(findSharedPassages(docs).map((p) => `${p.a.sourceId}-${p.b.sourceId}`)).toEqual(['a-b', 'a-c', 'b-c']);
  });
});
