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
import { shortHash, StableHasher } from './stable-hash.js';
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
  // The hash of the four parts joined by "\n" (as `join` writes them: a missing one is empty), without building the joined string.
  const hash = new StableHasher()
    .add(joinPart(ruleId))
    .addCode(NEWLINE)
    .add(joinPart(draft.key?.subject))
    .addCode(NEWLINE)
    .add(joinPart(draft.key?.predicate))
    .addCode(NEWLINE)
    .add(joinPart(draft.disagreement))
    .digest();
  return `${ruleId}:${hash}` as FindingId;
};

/** A part as `Array.prototype.join` writes it (a plugin's rule may leave one out). */
const joinPart = (part: unknown): string => (part === undefined || part === null ? '' : String(part));

const NEWLINE = 10;
const SEPARATOR = 1;

/** One line of a fingerprint, as its four fields (joined by U+0001 they are the line). */
type Line = readonly [string, string, string, string];

/**
 * Code-unit order of two lines, compared field by field without joining
 * them. Field by field is the order of the joined lines unless a field is a
 * proper prefix of the other's and the longer one goes on with U+0000 or
 * U+0001 (a separator inside a field): then `ambiguous` is called and the
 * caller falls back to joined lines.
 */
const compareLines = (a: Line, b: Line, ambiguous: () => void): number => {
  for (let f = 0; f < 4; f++) {
    const x = a[f] as string;
    const y = b[f] as string;
    if (x === y) continue;
    // One a prefix of the other: in the joined lines the shorter goes on with the separator (or ends, in the last field).
    if (f < 3 && (x.length < y.length ? y.startsWith(x) && y.charCodeAt(x.length) <= SEPARATOR : x.startsWith(y) && x.charCodeAt(y.length) <= SEPARATOR)) ambiguous();
    return x < y ? -1 : 1;
  }
  return 0;
};

/** A claim's line, each field as a template literal writes it (a plugin's rule may give odd claims). */
const lineOf = (c: FindingClaim, keyOf: (claim: FindingClaim) => string): Line => [`${c.claimId}`, `${c.sourceId}`, `${c.span.quote.exact}`, `${keyOf(c)}`];

/** The fingerprint from joined lines (sorted, each once): the definition, used when fields hold separators. */
const fingerprintOfJoined = (lines: readonly Line[]): string => {
  const joined = lines.map((l) => l.join('\u0001')).sort();
  let unique = 0;
  for (let i = 0; i < joined.length; i += 1) if (i === 0 || joined[i] !== joined[i - 1]) joined[unique++] = joined[i] as string;
  joined.length = unique;
  return shortHash(joined.join('\n'));
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
  const lines: Line[] = [];
  for (const c of claims) lines.push(lineOf(c, keyOf));
  return fingerprintOfLines(lines, notes);
};

/**
 * `evidenceFingerprint` of the claims of every side (without gathering them into one list first).
 *
 * @example
 * sidesFingerprint(finding.sides, finding.related, (c) => valueKey(c.value)) === finding.fingerprint // true
 */
export const sidesFingerprint = (
  sides: readonly { readonly claims: readonly FindingClaim[] }[],
  notes: readonly FindingNote[],
  keyOf: (claim: FindingClaim) => string,
): string => {
  const lines: Line[] = [];
  for (const side of sides) for (const c of side.claims) lines.push(lineOf(c, keyOf));
  return fingerprintOfLines(lines, notes);
};

/** A line per claim (given) and per note span, in code-unit order, each once, joined by "\n" and hashed. */
const fingerprintOfLines = (lines: Line[], notes: readonly FindingNote[]): string => {
  for (const n of notes) if (n.span !== undefined) lines.push(['note', `${n.span.sourceId}`, `${n.span.position.start}`, `${n.span.quote.exact}`]);
  let ambiguous = false;
  const flag = (): void => {
    ambiguous = true;
  };
  if (lines.length > 1) lines.sort((a, b) => compareLines(a, b, flag));
  const hasher = new StableHasher();
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous !== undefined) {
      if (compareLines(previous, line, flag) === 0) continue;
      hasher.addCode(NEWLINE);
    }
    hasher.add(line[0]).addCode(SEPARATOR).add(line[1]).addCode(SEPARATOR).add(line[2]).addCode(SEPARATOR).add(line[3]);
    previous = line;
  }
  return ambiguous ? fingerprintOfJoined(lines) : hasher.digest();
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
