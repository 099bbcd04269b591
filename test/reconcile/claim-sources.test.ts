import { describe, expect, it } from 'vitest';
import type { GroupClaim } from '../../src/reconcile/claim-groups.js';
import { onlySource, sourcesOf } from '../../src/reconcile/claim-sources.js';
import { compareOrdinal } from '../../src/model/ordinal.js';
import { contextOf, helperCorpora } from './rules/captured-context.js';

const from = (...sources: string[]): GroupClaim[] => sources.map((sourceId, i) => ({ sourceId, claimId: `c${i}` }) as unknown as GroupClaim);
// The plain definition: distinct sources in code-unit order.
const plain = (claims: readonly GroupClaim[]): string[] => [...new Set(claims.map((c) => c.sourceId as string))].sort(compareOrdinal);

describe('sourcesOf and onlySource: the sources of a set of claims', () => {
  // Up to twelve claims the distinct sources are found by a look along the list; more go through a Set.
  const cases: readonly (readonly [string, readonly string[], string | undefined])[] = [
    ['no claims', [], undefined],
    ['one claim', ['004'], '004'],
    ['claims of one source', ['004', '004', '004'], '004'],
    ['two sources, out of order', ['004', '001', '004'], undefined],
    ['repeated sources, interleaved', ['003', '001', '002', '001', '003', '002'], undefined],
    ['code-unit order, not locale order', ['b', 'B', 'a', 'A', '10', '9'], undefined],
    ['twelve claims of twelve sources', ['l', 'k', 'j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'], undefined],
    ['thirteen claims (the Set path)', ['m', 'l', 'k', 'j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'], undefined],
    ['many claims of three sources', Array.from({ length: 50 }, (_, i) => ['z', 'y', 'x'][i % 3] as string), undefined],
  ];
  it.each(cases)('%s', (_name, sources, only) => {
    const claims = from(...sources);
    expect(onlySource(claims)).toBe(only);
    expect(sourcesOf(claims)).toEqual(plain(claims));
  });

  it.each(helperCorpora(9))('gives every value class of a run its plain sources (%s)', (_name, make) => {
    const context = contextOf(make());
    for (const group of context.groups) {
      for (const cls of context.classes(group)) expect(sourcesOf(cls.claims)).toEqual(plain(cls.claims));
      expect(sourcesOf(group.claims)).toEqual(plain(group.claims));
    }
  });
});
