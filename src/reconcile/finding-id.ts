/**
 * Finding identity, and what a review remembers of a finding.
 *
 * - The **id** is `<ruleId>:<12 hex digits>`, hashing the rule id, the claim
 *   group key (subject + predicate) and the disagreement (`value`, `size`,
 *   `members`, `names:…`). It depends on *what* is disputed, never on which
 *   claims support each side: when a new source agrees with one side, the
 *   finding keeps its id and its review.
 * - The **fingerprint** hashes the evidence: per claim its id, source, quote
 *   and canonical value. It changes whenever a claim joins, leaves or
 *   changes; a review that stored it can tell "reviewed, new evidence".
 * - **Disputed** positions (one list of keys per cluster or disputed
 *   member) say what the disagreement is about; `sameDisputed` tells whether
 *   the set of conflicting values changed since a review.
 * Messages are left out of all three, so that rewording a message in a
 * library release does not reopen reviewed findings.
 */
import type { Finding, FindingClaim, FindingNote } from '../model/finding.js';
import type { FindingId } from '../model/ids.js';
import { valueKey } from '../values/index.js';
import type { ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';
import { shortHash } from './stable-hash.js';
import { compareOrdinal } from '../model/ordinal.js';

/**
 * The stable id of a finding of rule `ruleId` about a disagreement.
 *
 * @example
 * findingIdFor('membership-conflict', { key: { subject: 'pax-silica', predicate: 'founding-members' }, disagreement: 'members' })
 * // 'membership-conflict:3f9a0c1b22aa'
 */
export const findingIdFor = (
  ruleId: string,
  draft: { readonly key?: { readonly subject: string; readonly predicate: string } | undefined; readonly disagreement: string },
): FindingId => {
  const parts = [ruleId, draft.key?.subject ?? '', draft.key?.predicate ?? '', draft.disagreement];
  return `${ruleId}:${shortHash(parts.join('\n'))}` as FindingId;
};

/**
 * The hash of a finding's evidence: its claims (id, source, quote, canonical
 * value) and the spans its related notes point at (a shared passage, the
 * claim that explains). Changes when a claim joins, leaves or changes.
 *
 * @example
 * evidenceFingerprint(finding.sides.flatMap((s) => s.claims), finding.related) // 'a91c03d2e4f0'
 */
export const evidenceFingerprint = (
  claims: readonly FindingClaim[],
  notes: readonly FindingNote[] = [],
  keyOf: (claim: FindingClaim) => string = (c) => valueKey(c.value),
): string => {
  const lines: string[] = [];
  for (const c of claims) lines.push(`${c.claimId}\u0001${c.sourceId}\u0001${c.span.quote.exact}\u0001${keyOf(c)}`);
  for (const n of notes) if (n.span !== undefined) lines.push(`note\u0001${n.span.sourceId}\u0001${n.span.position.start}\u0001${n.span.quote.exact}`);
  // Code-unit order (the default sort of strings is `compareOrdinal`'s), each line once.
  lines.sort();
  let unique = 0;
  for (let i = 0; i < lines.length; i += 1) if (i === 0 || lines[i] !== lines[i - 1]) lines[unique++] = lines[i] as string;
  lines.length = unique;
  return shortHash(lines.join('\n'));
};

/**
 * The fingerprint of a finding (its evidence, see `evidenceFingerprint`);
 * `values` are the value kinds its values belong to (default: the built-in ones).
 *
 * @example
 * findingFingerprint(finding) === finding.fingerprint // true
 */
export const findingFingerprint = (finding: Pick<Finding, 'sides' | 'related'>, values?: Pick<ValueKinds<AnyValue>, 'key'>): string =>
  evidenceFingerprint(
    finding.sides.flatMap((s) => s.claims),
    finding.related,
    values === undefined ? undefined : (c) => values.key(c.value),
  );

/** Disputed positions in a canonical order (keys sorted inside each, positions by their first key). */
export const canonicalDisputed = (positions: readonly (readonly string[])[]): string[][] =>
  positions
    .map((p) => [...new Set(p)].sort(compareOrdinal))
    .filter((p) => p.length > 0)
    .sort((a, b) => compareOrdinal(a.join('\u0001'), b.join('\u0001')));

/**
 * Whether two lists of disputed positions describe the same disagreement:
 * as many positions, and each position of either shares a key with one of
 * the other. New values that join a side (another spelling of the same
 * amount, a list that agrees) keep the positions; a new side, a side that
 * vanished or two sides that merged change them.
 *
 * @example
 * sameDisputed([['q:12e9'], ['q:120e9']], [['q:12e9', 'q:about12e9'], ['q:120e9']]) // true
 * sameDisputed([['q:12e9'], ['q:120e9']], [['q:12e9'], ['q:120e9'], ['q:15e9']])  // false
 */
export const sameDisputed = (recorded: readonly (readonly string[])[], current: readonly (readonly string[])[]): boolean => {
  if (recorded.length !== current.length) return false;
  const meets = (a: readonly string[], bs: readonly (readonly string[])[]): boolean => {
    const keys = new Set(a);
    return bs.some((b) => b.some((k) => keys.has(k)));
  };
  return recorded.every((r) => meets(r, current)) && current.every((c) => meets(c, recorded));
};
