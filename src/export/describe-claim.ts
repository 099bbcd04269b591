/**
 * Claims and values in words, for the human-readable fields of the exports
 * (`claimReviewed`, an annotation's body, `rdfs:label`).
 */
import type { Claim } from '../model/claim.js';
import type { Predicate } from '../model/predicate.js';
import type { QuantityValue, Value } from '../model/value.js';

const listInWords = (names: readonly string[]): string => {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
};

const numberInWords = (n: number): string =>
  Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 6 });

const quantityInWords = (q: QuantityValue): string => {
  const amount = (n: number | null): string => (n === null ? '∞' : numberInWords(n));
  const unit = q.unit !== undefined ? ` ${q.unit}` : '';
  const currency = q.currency !== undefined ? `${q.currency} ` : '';
  if (q.low !== null && q.low === q.high) return `${currency}${amount(q.low)}${unit}`;
  if (q.high === null) return `${q.lowInclusive ? 'at least' : 'more than'} ${currency}${amount(q.low)}${unit}`;
  if (q.low === null) return `${q.highInclusive ? 'at most' : 'less than'} ${currency}${amount(q.high)}${unit}`;
  return `${q.lowInclusive ? '[' : '('}${currency}${amount(q.low)}, ${amount(q.high)}${q.highInclusive ? ']' : ')'}${unit}`;
};

/**
 * A value in words. Quantities and dates show their normalized form and,
 * when the source's own words differ, those words in quotes.
 *
 * @example
 * describeValue({ type: 'entity-set', mode: 'closed', members: [{ name: 'Japan' }, { name: 'Israel' }] })
 * // 'Japan and Israel (complete list)'
 */
export const describeValue = (value: Value): string => {
  const withRaw = (normalized: string): string =>
    value.raw !== undefined && value.raw !== normalized ? `${normalized} ("${value.raw}")` : normalized;
  switch (value.type) {
    case 'entity':
      return value.name;
    case 'entity-set': {
      const names = value.members.map((m) => m.name);
      if (value.mode === 'count') return `${value.count ?? 0} members`;
      if (value.mode === 'closed') return `${listInWords(names)} (complete list)`;
      const total = value.count !== undefined ? `, ${value.count} in all` : '';
      return `${listInWords(names)} (among others${total})`;
    }
    case 'quantity':
      return withRaw(quantityInWords(value));
    case 'date':
      return withRaw(value.start === value.end ? value.start : `${value.start}/${value.end}`);
    case 'weekday':
      return withRaw(value.weekday.charAt(0).toUpperCase() + value.weekday.slice(1));
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'text':
      return value.text;
  }
};

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
  return `${claim.subject.name} — ${label}: ${negation}${describeValue(claim.value)}${according}${hedge}`;
};
