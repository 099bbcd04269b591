/**
 * Finding identity.
 *
 * - The **id** is `<ruleId>:<12 hex digits>`, hashing the rule id, the claim
 *   group key (subject + predicate), the sorted ids of every claim on every
 *   side, and the rule's extra `identity` string (e.g. the pair of sources of
 *   a dependence finding). It depends on *which* claims disagree, never on
 *   input order, message wording, offsets or values.
 * - The **fingerprint** hashes what the finding says about those claims:
 *   kind, severity, and per claim its source, quote and canonical value. A
 *   baseline entry that stores it lets `compareWithBaseline` tell a finding
 *   whose claims were edited (same id, new fingerprint: *changed*) from an
 *   untouched one. Messages are left out so that rewording a message in a
 *   library release does not reopen reviewed findings.
 */
import type { Finding } from '../model/finding.js';
import type { FindingId } from '../model/ids.js';
import { valueKey } from '../values/index.js';
import type { FindingDraft } from './rule.js';
import { shortHash } from './stable-hash.js';
import { compareOrdinal } from '../model/ordinal.js';


/**
 * The stable id of a draft reported by rule `ruleId`.
 *
 * @example
 * findingIdFor('membership-conflict', draft) // 'membership-conflict:3f9a0c1b22aa'
 */
export const findingIdFor = (ruleId: string, draft: Pick<FindingDraft, 'key' | 'sides' | 'identity'>): FindingId => {
  const claims = draft.sides.flatMap((s) => s.claims.map((c) => c.claimId as string)).sort(compareOrdinal);
  const parts = [ruleId, draft.key?.subject ?? '', draft.key?.predicate ?? '', claims.join(','), draft.identity ?? ''];
  return `${ruleId}:${shortHash(parts.join('\n'))}` as FindingId;
};

/**
 * What a finding says about its claims, hashed: changes when a claim's value,
 * quote or source changes, or the kind or severity does.
 *
 * @example
 * findingFingerprint(finding) // 'a91c03d2e4f0'
 */
export const findingFingerprint = (finding: Pick<Finding, 'kind' | 'severity' | 'sides'>): string => {
  const claims = finding.sides
    .flatMap((s) => s.claims.map((c) => `${c.claimId}\u0001${c.sourceId}\u0001${c.span.quote.exact}\u0001${valueKey(c.value)}`))
    .sort(compareOrdinal);
  return shortHash([finding.kind, finding.severity, ...claims].join('\n'));
};
