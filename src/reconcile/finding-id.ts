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
import { flattened } from './flat-string.js';
import { compareOrdinal } from '../model/ordinal.js';
import { sortOrdinal, sortPrefix, sortShort } from '../model/short-sort.js';
import { DistinctList } from './distinct-list.js';

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
  // The parts are written first: a part's own `toString` runs before the shared hasher is used.
  const rule = joinPart(ruleId);
  const subject = joinPart(draft.key?.subject);
  const predicate = joinPart(draft.key?.predicate);
  const disagreement = joinPart(draft.disagreement);
  const hash = ID_HASHER.reset().add(rule).addCode(NEWLINE).add(subject).addCode(NEWLINE).add(predicate).addCode(NEWLINE).add(disagreement).digest();
  // Flat (one run of characters) rather than a tree of its three pieces: findings keep their ids.
  return flattened(`${ruleId}:${hash}`) as FindingId;
};

/** The hasher of finding ids, reset for each (one object for the run rather than one per finding). */
const ID_HASHER = new StableHasher();

/** A part as `Array.prototype.join` writes it (a plugin's rule may leave one out). */
const joinPart = (part: unknown): string => (part === undefined || part === null ? '' : String(part));

const NEWLINE = 10;
const SEPARATOR = 1;

/** A field of a line as a template literal writes it (a plugin's rule may give odd claims). */
const text = (field: unknown): string => (typeof field === 'string' ? field : `${field as string}`);

/**
 * The lines of one fingerprint, gathered and then digested: four fields a
 * line (joined by U+0001 they are the line), kept flat in arrays that are
 * reused from one fingerprint to the next — no array per line, no joined
 * string, no work array of `Array.prototype.sort` for the few lines most
 * findings have.
 *
 * @example
 * const lines = new FingerprintLines();
 * for (const c of claims) lines.addClaim(c, valueKey(c.value));
 * lines.addNotes(notes);
 * lines.digest() // and the lines are emptied for the next fingerprint
 */
export class FingerprintLines {
  #fields: string[] = [];
  #order: number[] = [];
  #lines = 0;
  #ambiguous = false;
  readonly #hasher = new StableHasher();

  #add(a: string, b: string, c: string, d: string): void {
    const at = this.#lines * 4;
    const fields = this.#fields;
    fields[at] = a;
    fields[at + 1] = b;
    fields[at + 2] = c;
    fields[at + 3] = d;
    this.#lines += 1;
  }

  /** A claim's line: its id, source, quote and canonical value key. */
  addClaim(c: FindingClaim, key: string): void {
    this.#add(text(c.claimId), text(c.sourceId), text(c.span.quote.exact), text(key));
  }

  /** A line per note that points at a span: its source, start and quote. */
  addNotes(notes: readonly FindingNote[]): void {
    for (const n of notes) if (n.span !== undefined) this.#add('note', text(n.span.sourceId), text(n.span.position.start), text(n.span.quote.exact));
  }

  /**
   * Code-unit order of lines `i` and `j`, field by field without joining
   * them. Field by field is the order of the joined lines unless a field is
   * a proper prefix of the other's and the longer one goes on with U+0000
   * or U+0001 (a separator inside a field): then the digest falls back to
   * joined lines.
   */
  #compare(i: number, j: number): number {
    const fields = this.#fields;
    for (let f = 0; f < 4; f++) {
      const x = fields[i * 4 + f] as string;
      const y = fields[j * 4 + f] as string;
      if (x === y) continue;
      // One a prefix of the other: in the joined lines the shorter goes on with the separator (or ends, in the last field).
      if (f < 3 && (x.length < y.length ? y.startsWith(x) && y.charCodeAt(x.length) <= SEPARATOR : x.startsWith(y) && x.charCodeAt(y.length) <= SEPARATOR)) this.#ambiguous = true;
      return x < y ? -1 : 1;
    }
    return 0;
  }

  /** Lines `a` and `b` in code-unit order (see `#compare`), for sorting. */
  readonly #byLine = (a: number, b: number): number => this.#compare(a, b);

  /** The lines in code-unit order, as line numbers (any sort gives the digest: see `digest`). */
  #sorted(): readonly number[] {
    const n = this.#lines;
    const order = this.#order;
    for (let i = 0; i < n; i += 1) order[i] = i;
    return sortPrefix(order, n, this.#byLine);
  }

  /**
   * The hash of the lines in code-unit order, each once, joined by "\n";
   * empties the lines. A field holding a separator may make field-by-field
   * order differ from the joined lines' order — but only where two lines
   * next to each other in the sorted run, or compared on the way, are
   * ambiguous, which is checked: then the joined lines are hashed as
   * defined.
   */
  digest(): string {
    const n = this.#lines;
    this.#ambiguous = false;
    const order = this.#sorted();
    const fields = this.#fields;
    const hasher = this.#hasher.reset();
    let previous = -1;
    for (let k = 0; k < n; k += 1) {
      const line = order[k] as number;
      if (previous >= 0) {
        if (this.#compare(previous, line) === 0) continue;
        hasher.addCode(NEWLINE);
      }
      const at = line * 4;
      hasher
        .add(fields[at] as string)
        .addCode(SEPARATOR)
        .add(fields[at + 1] as string)
        .addCode(SEPARATOR)
        .add(fields[at + 2] as string)
        .addCode(SEPARATOR)
        .add(fields[at + 3] as string);
      previous = line;
    }
    const digest = this.#ambiguous ? this.#joinedDigest() : hasher.digest();
    this.#lines = 0;
    return digest;
  }

  /** The fingerprint from joined lines (sorted, each once): the definition, used when fields hold separators. */
  #joinedDigest(): string {
    const fields = this.#fields;
    const joined: string[] = [];
    for (let line = 0; line < this.#lines; line += 1) {
      const at = line * 4;
      joined.push(`${fields[at] as string}\u0001${fields[at + 1] as string}\u0001${fields[at + 2] as string}\u0001${fields[at + 3] as string}`);
    }
    joined.sort();
    let unique = 0;
    for (let i = 0; i < joined.length; i += 1) if (i === 0 || joined[i] !== joined[i - 1]) joined[unique++] = joined[i] as string;
    joined.length = unique;
    return shortHash(joined.join('\n'));
  }
}

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
  const lines = new FingerprintLines();
  for (const c of claims) lines.addClaim(c, keyOf(c));
  lines.addNotes(notes);
  return lines.digest();
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
  const lines = new FingerprintLines();
  for (const side of sides) for (const c of side.claims) lines.addClaim(c, keyOf(c));
  lines.addNotes(notes);
  return lines.digest();
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

/**
 * One disputed position in canonical form: its distinct keys, sorted (as
 * `[...new Set(keys)].sort(compareOrdinal)`; most positions are one key,
 * given once or many times, and need neither a Set nor a sort).
 *
 * @example
 * canonicalPosition(['q:5e9', 'q:12e9', 'q:5e9']) // ['q:12e9', 'q:5e9']
 */
export const canonicalPosition = (keys: readonly string[], shared?: PositionLists): string[] => {
  const first = keys[0];
  let one = typeof first === 'string';
  for (let i = 1; one && i < keys.length; i += 1) one = keys[i] === first;
  if (one) return shared !== undefined ? shared.of(first as string) : [first as string];
  // The distinct keys in the order first seen, as `[...new Set(keys)]` lists them (without the Set and its iterator), copied out before sorting.
  DISTINCT_KEYS.reset();
  for (let i = 0; i < keys.length; i += 1) DISTINCT_KEYS.add(keys[i] as string);
  return sortOrdinal(DISTINCT_KEYS.copy());
};

/** Scratch list of `canonicalPosition`. */
const DISTINCT_KEYS = new DistinctList<string>();

/**
 * Positions of one key, one array per distinct key for a run, shared by
 * every finding that disputes that key (as sides share a source's list):
 * most positions are one value key, and a run's findings name few distinct
 * ones (at 100k claims, 26,834 positions of 2,969 distinct keys) — an array
 * each would outlive the run for nothing. The same JSON; the arrays are the
 * run's and must not be changed by a caller (nor are sides' source lists).
 *
 * @example
 * const lists = new PositionLists();
 * lists.of('q:12e9') === lists.of('q:12e9') // true: ['q:12e9'], once
 */
export class PositionLists {
  readonly #byKey = new Map<string, string[]>();

  /** The position `[key]`, made on first use. */
  of(key: string): string[] {
    let position = this.#byKey.get(key);
    if (position === undefined) {
      position = [key];
      this.#byKey.set(key, position);
    }
    return position;
  }
}

/** Canonical positions (see `canonicalPosition`) in canonical order: the empty ones dropped, the others by their keys joined by U+0001. */
export const orderedPositions = (positions: string[][]): string[][] => {
  let kept = 0;
  for (const p of positions) if (p.length > 0) positions[kept++] = p;
  positions.length = kept;
  if (kept < 2) return positions;
  // Most positions are one key: that key is the position's sort key.
  if (positions.every((p) => p.length === 1 && typeof p[0] === 'string')) return sortShort(positions, (a, b) => compareOrdinal(a[0] as string, b[0] as string));
  // Each position's sort key once, not joined again on every comparison.
  const joined = new Map<string[], string>();
  for (const p of positions) joined.set(p, p.length === 1 ? (p[0] as string) : p.join('\u0001'));
  return sortShort(positions, (a, b) => compareOrdinal(joined.get(a) as string, joined.get(b) as string));
};

/** Disputed positions in a canonical order (keys sorted inside each, positions by their first key); positions of one key from `shared` when given (see `PositionLists`). */
export const canonicalDisputed = (positions: readonly (readonly string[])[], shared?: PositionLists): string[][] => {
  const canonical = new Array<string[]>(positions.length);
  for (let i = 0; i < positions.length; i += 1) canonical[i] = canonicalPosition(positions[i] as readonly string[], shared);
  return orderedPositions(canonical);
};

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
