/**
 * A claim in one line, for the human-readable fields of the exports
 * (`claimReviewed`, an annotation's body, `rdfs:label`). Values are in the
 * value kinds' `export` style: complete, with the source's words beside.
 */
import type { Claim } from '../model/claim.js';
import type { Predicate } from '../model/predicate.js';
import { describeValue } from '../values/index.js';

/**
 * One line that states what a claim says: subject, predicate, value, and
 * how the source says it (negation, hedge, attribution).
 *
 * @example
 * summarizeClaim(claim, predicate)
 * // 'Project Vault — amount: USD 12,000,000,000 ("nearly $12 billion"), according to Donald Trump'
 */
export const summarizeClaim = (claim: Claim, predicate?: Predicate): string => {
  const label = predicate?.label ?? predicate?.id ?? claim.predicate;
  const negation = claim.polarity === 'negative' ? 'not ' : '';
  const hedge = claim.hedge !== 'asserted' ? ` [${claim.hedge}]` : '';
  const who = [claim.attribution?.speaker, claim.attribution?.outlet].filter((w): w is string => w !== undefined);
  const according = who.length > 0 ? `, according to ${who.join(' via ')}` : '';
  return `${claim.subject.name} — ${label}: ${negation}${describeValue(claim.value, 'export')}${according}${hedge}`;
};
