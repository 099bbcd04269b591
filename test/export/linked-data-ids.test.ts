import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { captureIri, contentHashIri, nameSlug, pageIri, relationTargetIri, scopedNameIri, webUrl } from '../../src/export/linked-data-ids.js';
import { sourceId } from '../../src/model/index.js';

describe('webUrl: only absolute http(s) URLs become identifiers', () => {
  it.each([
    [' https://example.org/a ', 'https://example.org/a'],
    ['http://example.org', 'http://example.org'],
    ['example.org/a', undefined],
    ['/articles/1', undefined],
    ['javascript:alert(1)', undefined],
    ['ftp://example.org/a', undefined],
    ['https://example.org/a b', undefined],
    ['  ', undefined],
    [undefined, undefined],
  ])('%j → %s', (url, expected) => {
    expect(webUrl(url)).toBe(expected);
  });
});

describe('pageIri / captureIri', () => {
  it.each([
    [{ id: sourceId('a-1'), url: 'https://example.org/a' }, 'https://example.org/a'],
    [{ id: sourceId('a-1'), url: '  ' }, 'urn:claimtrace:source:a-1'],
    [{ id: sourceId('a-1'), url: 'example.org/a' }, 'urn:claimtrace:source:a-1'],
    [{ id: sourceId('a-1') }, 'urn:claimtrace:source:a-1'],
  ])('%j → page %s', (source, expected) => {
    expect(pageIri(source)).toBe(expected);
    expect(captureIri(source.id)).toBe('urn:claimtrace:source:a-1');
  });
});

describe('contentHashIri: the capture named by its hash (RFC 6920)', () => {
  it('writes the SHA-256 digest as unpadded base64url after ni:///sha-256;', () => {
    const digest = createHash('sha256').update('Pax Silica').digest();
    const iri = contentHashIri(`sha256:${digest.toString('hex')}`);
    expect(iri).toBe(`ni:///sha-256;${digest.toString('base64url')}`);
    expect(iri).not.toMatch(/[=+/]$/);
  });

  it.each(['sha256:abc', 'md5:00', ''])('refuses %j', (hash) => {
    expect(contentHashIri(hash)).toBeUndefined();
  });
});

describe('nameSlug / scopedNameIri: a name is only ever an identity inside its source', () => {
  it.each([
    ['Global Times', 'global-times'],
    ['  U.S. Department of Defense ', 'u-s-department-of-defense'],
    ['politico.com', 'politico-com'],
    ['Ｇｕｏ Jiākūn', encodeURIComponent('guo-jiākūn')],
    ['!!!', 'unnamed'],
  ])('%j → %s', (name, slug) => {
    expect(nameSlug(name)).toBe(slug);
    expect(scopedNameIri('004_x', name)).toBe(`urn:claimtrace:source:004_x:name:${slug}`);
  });

  it('gives one surname in two sources two identities', () => {
    expect(scopedNameIri('a', 'Gao')).not.toBe(scopedNameIri('b', 'Gao'));
  });
});

describe('relationTargetIri', () => {
  it.each([
    [{ source: sourceId('s1') }, 'urn:claimtrace:source:s1'],
    [{ outside: 'South China Morning Post', url: 'https://scmp.com/x' }, 'https://scmp.com/x'],
    [{ outside: 'South China Morning Post', url: 'scmp.com/x' }, 'urn:claimtrace:source:citing:report:south-china-morning-post'],
    [{ outside: 'South China Morning Post' }, 'urn:claimtrace:source:citing:report:south-china-morning-post'],
  ])('%j → %s', (relation, expected) => {
    expect(relationTargetIri(relation, 'citing')).toBe(expected);
  });
});
