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

  const twelve = 'one two three four five six seven eight nine ten eleven twelve';
  it.each([
    ['two empty sources', '', '', {}, []],
    ['an empty source and a full one', '', twelve, {}, []],
    ['texts shorter than a shingle', 'one two three', 'one two three', {}, []],
    ['identical texts: one passage over the whole of both', twelve, twelve, {}, [[0, twelve.length, 0, twelve.length, 12]]],
    ['identical texts in other case and punctuation', twelve, twelve.toUpperCase().replaceAll(' ', ', '), {}, [[0, twelve.length, 0, twelve.length + 11, 12]]],
    ['Greek words that differ only by final sigma and case', 'ΟΔΥΣΣΕΥΣ α β γ δ ε ζ η θ ι κ λ', 'οδυσσευς Α Β Γ Δ Ε Ζ Η Θ Ι Κ Λ', {}, [[0, 30, 0, 30, 12]]],
    ['words outside the BMP', '𝐀 𝐁 𝐂 𝐃 𝐄 𝐅 𝐆 𝐇 𝐈 𝐉 𝐊 𝐋 tail', 'head 𝐀 𝐁 𝐂 𝐃 𝐄 𝐅 𝐆 𝐇 𝐈 𝐉 𝐊 𝐋', {}, [[0, 35, 5, 40, 12]]],
    ['a shingle in more sources than maxSourcesPerShingle is boilerplate', twelve, twelve, { maxSourcesPerShingle: 1 }, []],
    ['shorter shingles and passages', 'x one two three y', 'one two three', { shingleWords: 2, minPassageWords: 3 }, [[2, 15, 0, 13, 3]]],
  ] as const)('%s', (_title, a, b, options, expected) => {
    const passages = findSharedPassages([sourceDoc({ id: 'a', text: a }), sourceDoc({ id: 'b', text: b })], options);
    expect(passages.map((p) => [p.a.start, p.a.end, p.b.start, p.b.end, p.words])).toEqual(expected);
    for (const p of passages) expect(p.text).toBe(a.slice(p.a.start, p.a.end));
  });

  it('keeps only the first maxOccurrencesPerSource places of a shingle repeated in one source', () => {
    const phrase = 'alpha beta gamma delta epsilon zeta eta theta';
    const repeated = Array.from({ length: 6 }, () => phrase).join(' | ');
    const all = findSharedPassages([sourceDoc({ id: 'a', text: phrase }), sourceDoc({ id: 'b', text: repeated })], { minPassageWords: 8 });
    const capped = findSharedPassages([sourceDoc({ id: 'a', text: phrase }), sourceDoc({ id: 'b', text: repeated })], { minPassageWords: 8, maxOccurrencesPerSource: 2 });
    // By diagonal: the later copies first. Four of the six copies by default.
    expect(all.map((p) => p.b.start)).toEqual([144, 96, 48, 0]);
    expect(capped.map((p) => p.b.start)).toEqual([48, 0]);
  });
});
