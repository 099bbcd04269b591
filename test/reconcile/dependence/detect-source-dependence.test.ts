import { describe, expect, it } from 'vitest';
import { detectSourceDependence, groupSources } from '../../../src/reconcile/index.js';
import { sourceId } from '../../../src/model/ids.js';
import { sourceDoc } from '../fixture.js';
import { S000, S001, S002, S003, S004 } from '../pax-silica-corpus.js';
import { PAX_SILICA_TEXTS as T } from '../pax-silica-texts.js';

const ids = (...xs: string[]) => xs.map(sourceId);

describe('groupSources', () => {
  it.each([
    ['no links: every source alone', ['a', 'b', 'c'], [], [['a'], ['b'], ['c']]],
    ['a chain joins three', ['a', 'b', 'c', 'd'], [['c', 'b'], ['b', 'a']], [['a', 'b', 'c'], ['d']]],
    ['links to unknown sources are ignored', ['a', 'b'], [['a', 'z']], [['a'], ['b']]],
  ] as const)('%s', (_t, sources, links, groups) => {
    const result = groupSources(ids(...sources), links.map(([x, y]) => [sourceId(x), sourceId(y)] as const));
    expect(result.map((g) => g.sources)).toEqual(groups);
    expect(result.map((g) => g.id)).toEqual(groups.map((g) => g[0]));
  });
});

describe('detectSourceDependence', () => {
  it('joins the two aggregator pages of the seed corpus and leaves the rest independent', () => {
    const dep = detectSourceDependence(([S000, S001, S002, S003, S004] as const).map((id) => sourceDoc({ id, text: T[id] })));
    expect(dep.groups.map((g) => g.sources)).toEqual([[S000, S003], [S001], [S002], [S004]]);
    expect(dep.links).toHaveLength(1);
    expect(dep.links[0]?.reasons[0]).toMatchObject({ kind: 'shared-passages', passages: 4 });
  });

  it.each([
    ['derivedFrom a corpus source', { derivedFrom: [{ source: 'b' }] }, {}, 'derived-from', true],
    ['cites a corpus source', { cites: [{ source: 'b' }] }, {}, 'cites', true],
    ['cites an outlet that is a corpus source by web host', { cites: [{ outside: 'politico.com' }] }, { url: 'https://www.politico.com/news/pax-silica' }, 'cites', true],
    ['both derive from one outside report', { derivedFrom: [{ outside: 'politico.com' }] }, { derivedFrom: [{ outside: 'Politico.com' }] }, 'common-origin', true],
    ['both merely cite one outside report', { cites: [{ outside: 'politico.com' }] }, { cites: [{ outside: 'politico.com' }] }, undefined, false],
  ] as const)('%s', (_t, a, b, kind, joined) => {
    const dep = detectSourceDependence([sourceDoc({ id: 'a', text: 'A.', ...a }), sourceDoc({ id: 'b', text: 'B.', ...b })]);
    expect(dep.groups.length === 1).toBe(joined);
    expect(dep.links[0]?.reasons[0]?.kind).toBe(kind);
  });
});
