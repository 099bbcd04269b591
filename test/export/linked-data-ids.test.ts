import { describe, expect, it } from 'vitest';
import { agentIri, nameSlug, relationTargetIri, sourceIri } from '../../src/export/linked-data-ids.js';
import { sourceId } from '../../src/model/index.js';

describe('sourceIri', () => {
  it.each([
    [{ id: sourceId('a-1'), url: 'https://example.org/a' }, 'https://example.org/a'],
    [{ id: sourceId('a-1'), url: '  ' }, 'urn:claimtrace:source:a-1'],
    [{ id: sourceId('a-1') }, 'urn:claimtrace:source:a-1'],
  ])('%j → %s', (source, expected) => {
    expect(sourceIri(source)).toBe(expected);
  });
});

describe('nameSlug / agentIri', () => {
  it.each([
    ['Global Times', 'global-times'],
    ['  U.S. Department of Defense ', 'u-s-department-of-defense'],
    ['politico.com', 'politico-com'],
    ['Ｇｕｏ Jiākūn', encodeURIComponent('guo-jiākūn')],
    ['!!!', 'unnamed'],
  ])('%j → %s', (name, slug) => {
    expect(nameSlug(name)).toBe(slug);
    expect(agentIri(name)).toBe(`urn:claimtrace:agent:${slug}`);
  });
});

describe('relationTargetIri', () => {
  const sources = new Map([['s1', { id: sourceId('s1'), url: 'https://example.org/s1' }]]);
  it.each([
    [{ source: sourceId('s1') }, 'https://example.org/s1'],
    [{ source: sourceId('s9') }, 'urn:claimtrace:source:s9'],
    [{ outside: 'South China Morning Post', url: 'https://scmp.com/x' }, 'https://scmp.com/x'],
    [{ outside: 'South China Morning Post' }, 'urn:claimtrace:outside:south-china-morning-post'],
  ])('%j → %s', (relation, expected) => {
    expect(relationTargetIri(relation, sources)).toBe(expected);
  });
});
