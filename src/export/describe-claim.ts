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

/** schema.org's advice for `claimReviewed`: a short summary, at most 75 characters. */
export const CLAIM_REVIEWED_MAX_LENGTH = 75;

/** The first `max` code points of a line, cut at the last word boundary and marked with `…`. */
const shorten = (line: string, max: number): string => {
  const points = [...line];
  if (points.length <= max) return line;
  const head = points.slice(0, max - 1).join('');
  const space = head.search(/\s\S*$/);
  const cut = space > max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:—–-]+$/u, '')}…`;
};

/**
 * A claim in at most `max` characters (code points), for ClaimReview's
 * `claimReviewed`: the full line of `summarizeClaim` when it fits, else the
 * subject, predicate and value without the source's words, attribution and
 * hedge, cut at a word boundary with `…` when even that is too long.
 *
 * @example
 * claimHeadline(claim, predicate) // 'Project Vault — amount: nearly $12 billion'
 */
export const claimHeadline = (claim: Claim, predicate?: Predicate, max: number = CLAIM_REVIEWED_MAX_LENGTH): string => {
  const full = summarizeClaim(claim, predicate);
  if ([...full].length <= max) return full;
  const label = predicate?.label ?? predicate?.id ?? claim.predicate;
  const negation = claim.polarity === 'negative' ? 'not ' : '';
  return shorten(`${claim.subject.name} — ${label}: ${negation}${describeValue(claim.value, 'message')}`, max);
};
