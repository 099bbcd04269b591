/**
 * Identifiers (IRIs) for the things the JSON-LD exports talk about. They are
 * derived only from ids, offsets and declared URLs — never from input order
 * and never from a name alone — so the same corpus always exports the same
 * graph, and two things that merely share a name never become one node.
 *
 * Every IRI is absolute: a `url` that is not an absolute http(s) URL is not
 * used as an identifier (`webUrl`), so no export carries a relative IRI.
 */
import type { Source, SourceRelation } from '../model/source.js';

const URN = 'urn:claimtrace';

/**
 * A URL as the exports may use it as an identifier: trimmed, absolute,
 * `http:` or `https:`; `undefined` for anything else (a bare host, a
 * relative path, `javascript:`…).
 *
 * @example
 * webUrl(' https://example.org/a ') // 'https://example.org/a'
 * webUrl('example.org/a')           // undefined
 */
export const webUrl = (url: string | undefined): string | undefined => {
  const trimmed = url?.trim();
  if (trimmed === undefined || trimmed === '' || /\s/.test(trimmed) || !URL.canParse(trimmed)) return undefined;
  const protocol = new URL(trimmed).protocol;
  return protocol === 'http:' || protocol === 'https:' ? trimmed : undefined;
};

/**
 * The IRI of one capture of a source — the text claimtrace holds, with its
 * content hash: `urn:claimtrace:source:<id>`. Two captures of one URL are two
 * captures.
 */
export const captureIri = (sourceId: string): string => `${URN}:source:${sourceId}`;

/**
 * The IRI of the page a source was captured from: its `url` when that is an
 * absolute http(s) URL, else the capture's IRI.
 *
 * @example
 * pageIri({ id: '001_abc', url: 'https://example.org/a' }) // 'https://example.org/a'
 * pageIri({ id: '001_abc' })                               // 'urn:claimtrace:source:001_abc'
 */
export const pageIri = (source: Pick<Source, 'id' | 'url'>): string => webUrl(source.url) ?? captureIri(source.id);

/**
 * The content hash of a capture as a Named Information URI (RFC 6920):
 * `sha256:<hex>` → `ni:///sha-256;<base64url>`, an IRI that names exactly
 * those bytes of normalized text. `undefined` for a malformed hash.
 *
 * @example
 * contentHashIri('sha256:' + '00'.repeat(32)) // 'ni:///sha-256;AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
 */
export const contentHashIri = (contentHash: string): string | undefined => {
  const hex = /^sha256:([0-9a-f]{64})$/.exec(contentHash)?.[1];
  if (hex === undefined) return undefined;
  let binary = '';
  for (const pair of hex.match(/../g) ?? []) binary += String.fromCharCode(Number.parseInt(pair, 16));
  const base64 = btoa(binary);
  return `ni:///sha-256;${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
};

/** `urn:claimtrace:claim:<id>` */
export const claimIri = (claimId: string): string => `${URN}:claim:${claimId}`;

/** `urn:claimtrace:finding:<id>` */
export const findingIri = (findingId: string): string => `${URN}:finding:${findingId}`;

/** A span of a source's text: `urn:claimtrace:span:<source id>:<start>-<end>` (UTF-16 offsets). */
export const spanIri = (sourceId: string, start: number, end: number): string =>
  `${URN}:span:${sourceId}:${start}-${end}`;

/** A machine-written section of a source: `urn:claimtrace:ai-section:<source id>:<start>-<end>`. */
export const aiSectionIri = (sourceId: string, start: number, end: number): string =>
  `${URN}:ai-section:${sourceId}:${start}-${end}`;

/** An entity of the alias tables (entities.yaml, or a built-in country or organisation): `urn:claimtrace:entity:<id>`. */
export const entityIri = (entityId: string): string => `${URN}:entity:${entityId}`;

/**
 * A name turned into an IRI-safe slug: NFKC, case-folded, every run of
 * characters that are not letters or digits becomes one `-`. Only ever used
 * *inside* a scope (a source), never as an identity of its own.
 */
export const nameSlug = (name: string): string => {
  const folded = name.normalize('NFKC').toLowerCase();
  let slug = '';
  let pendingDash = false;
  for (const ch of folded) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (pendingDash && slug !== '') slug += '-';
      slug += ch;
      pendingDash = false;
    } else {
      pendingDash = true;
    }
  }
  return encodeURIComponent(slug === '' ? 'unnamed' : slug);
};

/**
 * A name the alias tables do not know, as the source that uses it means it:
 * `urn:claimtrace:source:<id>:name:<slug>`. "Gao" in one article and "Gao" in
 * another are two nodes until entities.yaml says they are one person.
 */
export const scopedNameIri = (sourceId: string, name: string): string => `${captureIri(sourceId)}:name:${nameSlug(name)}`;

/**
 * The IRI a declared relation points at: the corpus source's capture, else
 * the outside report's `url`, else the outside report as the citing source
 * names it (`urn:claimtrace:source:<citing id>:report:<slug>`).
 */
export const relationTargetIri = (relation: SourceRelation, citingSourceId: string): string => {
  if (relation.source !== undefined) return captureIri(relation.source);
  return webUrl(relation.url) ?? `${captureIri(citingSourceId)}:report:${nameSlug(relation.outside ?? '')}`;
};
