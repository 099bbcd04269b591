/**
 * Finding ids and fingerprints are hashed from their parts without building
 * the joined strings: the digests must stay exactly those of the joined
 * strings (reviews in baselines store them). The hash is pinned to known
 * digests; the fingerprint's definition (joined lines) is written out here
 * and compared on generated inputs that include the separators themselves
 * inside fields, prefixes of each other and repeated lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FindingClaim, FindingNote } from '../../src/model/finding.js';
import { compareOrdinal } from '../../src/model/ordinal.js';
import { canonicalDisputed, canonicalPosition, evidenceFingerprint, findingIdFor, PositionLists, sidesFingerprint } from '../../src/reconcile/finding-id.js';
import { hashLanes, shortHash, StableHasher } from '../../src/reconcile/stable-hash.js';

/** The hash of a whole string (itself pinned below to the digests the releases so far gave). */
const definedHash = (text: string): string => shortHash(text, 16);

/** The fingerprint as defined: one line per claim and note span, sorted, each once, joined by newlines. */
const definedFingerprint = (claims: readonly FindingClaim[], notes: readonly FindingNote[], keyOf: (c: FindingClaim) => string): string => {
  const lines: string[] = [];
  for (const c of claims) lines.push(`${c.claimId}\u0001${c.sourceId}\u0001${c.span.quote.exact}\u0001${keyOf(c)}`);
  for (const n of notes) if (n.span !== undefined) lines.push(`note\u0001${n.span.sourceId}\u0001${n.span.position.start}\u0001${n.span.quote.exact}`);
  return definedHash([...new Set(lines)].sort().join('\n')).slice(0, 12);
};

// Few characters, so that fields are often equal, prefixes of each other, or hold a separator.
const field = fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'o', '\u0000', '\u0001', '\n', 'é'), maxLength: 4 });
const claim = fc.record({ claimId: field, sourceId: field, quote: field, key: field });
const note = fc.record({ sourceId: field, start: fc.nat(20), quote: field });

const findingClaim = (c: { claimId: string; sourceId: string; quote: string; key: string }): FindingClaim =>
  ({ claimId: c.claimId, sourceId: c.sourceId, span: { sourceId: c.sourceId, quote: { exact: c.quote } }, value: { key: c.key } }) as unknown as FindingClaim;
const findingNote = (n: { sourceId: string; start: number; quote: string }): FindingNote =>
  ({ message: 'note', span: { sourceId: n.sourceId, position: { start: n.start, end: n.start + n.quote.length }, quote: { exact: n.quote } } }) as unknown as FindingNote;
const keyOf = (c: FindingClaim): string => (c.value as unknown as { key: string }).key;

describe('stable hash fed in pieces', () => {
  // Digests of the hash as it has always been (computed before it could be fed in pieces): ids and fingerprints in baselines depend on them.
  it.each([
    ['', 'ab3e7c0b9ca70078'],
    ['value-conflict|pax-silica|founding-members', '2ac26da93cd7e9d0'],
    ['Ƙarin bayani 🙂', '711ea82ee23a15c3'],
    ['claimtrace', '8da6fd9b9ff6388d'],
  ])('shortHash(%j) is %s, as it always was', (text, digest) => {
    expect(shortHash(text, 16)).toBe(digest);
    expect(shortHash(text)).toBe(digest.slice(0, 12));
    expect(hashLanes(text).map((h) => h.toString(16).padStart(8, '0')).join('')).toBe(digest);
  });

  it.each([0, 1, 7, 8, 9, 12, 16, 20, -3, 12.5])('a digest of length %d is that many leading digits of the 16 (as slice(0, length) takes them)', (length) => {
    expect(shortHash('claimtrace', length)).toBe(definedHash('claimtrace').slice(0, Math.min(16, length)));
  });

  it('hashes pieces and separators as the joined text', () => {
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), (parts) => {
        const hasher = new StableHasher();
        parts.forEach((p, i) => (i === 0 ? hasher.add(p) : hasher.addCode(10).add(p)));
        expect(hasher.digest(16)).toBe(definedHash(parts.join('\n')));
      }),
    );
  });

  it('hashes a text after reset as a new hasher does (one hasher serves many ids)', () => {
    const hasher = new StableHasher();
    fc.assert(
      fc.property(field, field, (before, text) => {
        hasher.add(before).addCode(10);
        expect(hasher.reset().add(text).digest(16)).toBe(definedHash(text));
      }),
    );
  });
});

describe('finding ids and fingerprints', () => {
  it('the id hashes rule, subject, predicate and disagreement joined by newlines', () => {
    fc.assert(
      fc.property(field, field, field, field, (subject, predicate, disagreement, rule) => {
        const ruleId = `r${rule}`;
        expect(findingIdFor(ruleId, { key: { subject, predicate }, disagreement })).toBe(`${ruleId}:${definedHash([ruleId, subject, predicate, disagreement].join('\n')).slice(0, 12)}`);
        expect(findingIdFor(ruleId, { disagreement })).toBe(`${ruleId}:${definedHash([ruleId, '', '', disagreement].join('\n')).slice(0, 12)}`);
      }),
    );
  });

  it('a part a plugin\'s rule leaves out is hashed as join writes it: empty', () => {
    const draft = { key: { subject: 's', predicate: 'p' } } as unknown as { key: { subject: string; predicate: string }; disagreement: string };
    expect(findingIdFor('house:rule', draft)).toBe(`house:rule:${definedHash(['house:rule', 's', 'p', ''].join('\n')).slice(0, 12)}`);
  });

  it('the fingerprint is the defined one, whatever the fields hold (separators, prefixes, repeated claims)', () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 6 }), fc.array(note, { maxLength: 3 }), fc.boolean(), (claims, notes, repeat) => {
        const cs = claims.map(findingClaim);
        const all = repeat ? [...cs, ...cs.slice(0, 2)] : cs;
        const ns = notes.map(findingNote);
        expect(evidenceFingerprint(all, ns, keyOf)).toBe(definedFingerprint(all, ns, keyOf));
        // The same, read side by side.
        expect(sidesFingerprint([{ claims: all.slice(0, 2) }, { claims: all.slice(2) }], ns, keyOf)).toBe(definedFingerprint(all, ns, keyOf));
      }),
      { numRuns: 2000 },
    );
  });

  it('a claim id "note" sorts with the note lines as the joined lines do', () => {
    const cs = [findingClaim({ claimId: 'note', sourceId: 's', quote: 'q', key: 'k' }), findingClaim({ claimId: 'not', sourceId: 'note', quote: '', key: '' })];
    const ns = [findingNote({ sourceId: 's', start: 3, quote: 'q' })];
    expect(evidenceFingerprint(cs, ns, keyOf)).toBe(definedFingerprint(cs, ns, keyOf));
  });
});

describe('canonical disputed positions', () => {
  const key = fc.string({ unit: fc.constantFrom('a', 'b', 'q', ':', '\u0001', '\u0000'), maxLength: 3 });
  /** The definition: each position's distinct keys sorted, empty ones dropped, positions ordered by their keys joined by U+0001. */
  const defined = (positions: readonly (readonly string[])[]): string[][] =>
    positions
      .map((p) => [...new Set(p)].sort(compareOrdinal))
      .filter((p) => p.length > 0)
      .sort((a, b) => compareOrdinal(a.join('\u0001'), b.join('\u0001')));

  it('canonicalDisputed is the definition, for positions of one key, of repeated keys and of several', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.array(key, { maxLength: 4 }), key.map((k) => [k, k, k])), { maxLength: 16 }), (positions) => {
        expect(canonicalDisputed(positions)).toEqual(defined(positions));
      }),
    );
  });

  it('canonicalDisputed with shared lists is the definition, and a position of one key is the same array each time', () => {
    const shared = new PositionLists();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.array(key, { maxLength: 4 }), key.map((k) => [k, k, k])), { maxLength: 16 }), (positions) => {
        const canonical = canonicalDisputed(positions, shared);
        expect(canonical).toEqual(defined(positions));
        for (const p of canonical) if (p.length === 1) expect(p).toBe(shared.of(p[0] as string));
      }),
    );
  });

  it.each([
    { keys: ['q:5e9'], one: true },
    { keys: ['q:5e9', 'q:5e9', 'q:5e9'], one: true },
    { keys: ['q:5e9', 'q:12e9'], one: false },
    { keys: [] as string[], one: false },
  ])('canonicalPosition($keys, shared) shares the list of one key: $one', ({ keys, one }) => {
    const shared = new PositionLists();
    const position = canonicalPosition(keys, shared);
    expect(position).toEqual(canonicalPosition(keys));
    expect(position === shared.of(keys[0] ?? '')).toBe(one);
  });

  it.each([
    { keys: [] as string[], position: [] as string[] },
    { keys: ['q:5e9'], position: ['q:5e9'] },
    { keys: ['q:5e9', 'q:5e9'], position: ['q:5e9'] },
    { keys: ['q:5e9', 'q:12e9', 'q:5e9'], position: ['q:12e9', 'q:5e9'] },
    // More distinct keys than a scratch list scans (then it keeps a Set), and more than an insertion sort sorts.
    { keys: [...Array.from({ length: 20 }, (_, i) => `q:${20 - i}`), 'q:3', 'q:20'], position: Array.from({ length: 20 }, (_, i) => `q:${i + 1}`).sort(compareOrdinal) },
  ])('canonicalPosition($keys) is $position', ({ keys, position }) => {
    expect(canonicalPosition(keys)).toEqual(position);
  });
});
