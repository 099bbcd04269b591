/**
 * Lists of entities as sources write them → entity-set values:
 * - closed: "the founding members are A, B, C, D and E", "A, B and C";
 * - open: "among them A and B", "including A and B", "A, B and others";
 * - count: "nine partners", "five founding members" (a number and a noun, no names).
 * A count written with a list ("five countries: A, B, C, D and E") must agree with it.
 * Plain string operations only: no regular expression touches the input.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { EntityRef } from '../values/kinds/entity.js';
import type { EntitySetValue } from '../values/kinds/entity-set.js';
import type { Message } from '../model/message.js';
import { fromEither, type Result } from '../model/result.js';
import { normalizeMessage } from './diagnostic.js';
import type { EntityResolver } from './entity-resolver.js';
import { readQuantity } from './parse-quantity.js';

/** Options of {@link parseEntitySet}. */
export interface ParseEntitySetOptions {
  /** Gives members their canonical ids, and keeps names like "Trinidad and Tobago" whole. */
  readonly resolver?: Pick<EntityResolver, 'resolve'>;
}

/** Words that open a partial list, lower-case, each followed by a space or ":". */
const OPEN_MARKERS = ['among them', 'among others', 'amongst them', 'including', 'includes', 'include', 'such as', 'among', 'e.g.', 'like'];
/** Endings that make a list partial. */
const OPEN_ENDINGS = ['and others', 'among others', 'and more', 'and other countries', 'and others.', 'etc.', 'etc', '…', '...'];
/** Words that introduce the complete list after a lead-in ("the founding members are A, B"). */
const CLOSED_LEAD_INS = [' are ', ' were ', ' is ', ' was ', ' comprise ', ' consist of ', ': '];

/**
 * Parse a list of entities.
 * @example
 * parseEntitySet('the founding members are Singapore, Australia, Japan, South Korea and Israel')
 * // value: { type: 'entity-set', mode: 'closed', members: [{ name: 'Singapore' }, …] }
 * parseEntitySet('among them Japan and Australia')  // mode: 'open'
 * parseEntitySet('nine partners')                   // value: { mode: 'count', members: [], count: 9 }
 */
export const parseEntitySet = (text: string, options: ParseEntitySetOptions = {}): Result<EntitySetValue> =>
  fromEither(readEntitySet(text, options));

const readEntitySet = (text: string, options: ParseEntitySetOptions): E.Either<Message, EntitySetValue> => {
  const raw = text.trim();
  let s = collapse(raw.normalize('NFKC'));
  if (s.length === 0) return E.left(normalizeMessage('empty', text, 'the list is empty', 'name the members: "A, B and C"'));

  const countOnly = asCount(s, raw);
  if (countOnly !== undefined) return countOnly;

  let open = false;
  const lower = (): string => s.toLowerCase();
  // a lead-in before the marker or the list: "the founding members are …", "countries including …"
  for (const marker of OPEN_MARKERS) {
    const at = indexOfWord(lower(), marker);
    if (at >= 0) {
      open = true;
      let tail = s.slice(at + marker.length).trim();
      if (tail.startsWith(':')) tail = tail.slice(1).trim();
      // "A, B and C are among the nations …": the names come before the marker
      const head = withoutTrailingVerb(s.slice(0, at).trim());
      s = !isList(tail) && isList(head) ? head : tail;
      break;
    }
  }
  let count: number | undefined;
  if (!open) {
    for (const leadIn of CLOSED_LEAD_INS) {
      const at = lower().indexOf(leadIn);
      if (at >= 0) {
        const head = s.slice(0, at);
        s = s.slice(at + leadIn.length).trim();
        count = countIn(head);
        break;
      }
    }
  }
  for (const ending of OPEN_ENDINGS) {
    if (lower().endsWith(ending)) {
      open = true;
      s = s.slice(0, s.length - ending.length).trim();
      if (s.endsWith(',')) s = s.slice(0, -1).trim();
      break;
    }
  }
  const members = withoutTrailingVerb(trimEnd(s)) === trimEnd(s) ? splitMembers(trimEnd(s), options) : [];
  if (members.length === 0) {
    return E.left(normalizeMessage('no-members', text, 'found no member names in the list', 'name the members: "A, B and C"'));
  }
  if (count !== undefined && !open && count !== members.length) {
    return E.left(
      normalizeMessage('count-mismatch', text, `the list says ${count} but names ${members.length} members`, 'check the count against the names'),
    );
  }
  return E.right({
    type: 'entity-set',
    mode: open ? 'open' : 'closed',
    members,
    ...(open && count !== undefined ? { count } : {}),
    raw,
  });
};

/**
 * "nine partners" → a count-only set. A hedged or vague number ("over 50
 * countries") is not an exact count: it is refused, to be written as a quantity.
 * Anything with a list separator is a list, not a count.
 */
const asCount = (s: string, raw: string): E.Either<Message, EntitySetValue> | undefined => {
  if (s.includes(',') || s.includes(':')) return undefined;
  const q = readQuantity(s);
  if (E.isLeft(q)) return undefined;
  const { low, high } = q.right;
  if (q.right.currency !== undefined || (q.right.unit ?? '').startsWith('%')) {
    return E.left(normalizeMessage('unrecognized', raw, `"${raw.slice(0, 40)}" is an amount, not a list of members`, 'write it as a quantity value'));
  }
  if (low === null || low !== high || !Number.isInteger(low) || low < 0) {
    return E.left(
      normalizeMessage('unrecognized', raw, `"${raw.slice(0, 40)}" is not an exact count of members`, 'write it as a quantity value (e.g. { quantity: "over 50", unit: "countries" })'),
    );
  }
  return E.right({ type: 'entity-set', mode: 'count', members: [], count: low, raw });
};

/** Whether a text names more than one thing. */
const isList = (s: string): boolean => s.includes(',') || s.toLowerCase().includes(' and ');

const TRAILING_VERBS = [' are', ' were', ' is', ' was'];
const withoutTrailingVerb = (s: string): string => {
  for (const verb of TRAILING_VERBS) if (s.toLowerCase().endsWith(verb)) return s.slice(0, s.length - verb.length).trim();
  return s;
};

/** The count in a lead-in: "the five founding members" → 5. */
const countIn = (head: string): number | undefined => {
  const words = head.split(' ');
  // the count sits in the first words of a lead-in ("the five founding members")
  for (let i = 0; i < Math.min(words.length, 6); i += 1) {
    const q = readQuantity(words.slice(i).join(' '));
    if (E.isRight(q) && q.right.low !== null && q.right.low === q.right.high && Number.isInteger(q.right.low)) return q.right.low;
  }
  return undefined;
};

/** Split "A, B, C and D" (Oxford comma or not) into refs; "X and Y" stays whole when the resolver knows it. */
const splitMembers = (s: string, options: ParseEntitySetOptions): EntityRef[] => {
  const refs: EntityRef[] = [];
  for (const segment of s.split(/[,;]/)) {
    let part = segment.trim();
    if (part.toLowerCase().startsWith('and ')) part = part.slice(4).trim();
    if (part.length === 0) continue;
    const pieces = rejoinKnownNames(splitOnAnd(part), options);
    for (const piece of pieces) {
      const name = trimEnd(piece);
      if (name.length === 0) continue;
      const id = options.resolver?.resolve(name);
      refs.push(id !== undefined ? { name, id } : { name });
    }
  }
  return refs;
};

/** At most this many "and"-joined pieces form one name ("Saint Vincent and the Grenadines" is two). */
const MAX_JOINED_PIECES = 3;

/** Put back together pieces that form a known name: ["Bosnia", "Herzegovina"] → ["Bosnia and Herzegovina"]. */
const rejoinKnownNames = (pieces: readonly string[], options: ParseEntitySetOptions): string[] => {
  const resolve = options.resolver?.resolve;
  if (resolve === undefined || pieces.length < 2) return [...pieces];
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let taken = 1;
    for (let j = Math.min(pieces.length, i + MAX_JOINED_PIECES); j > i + 1; j -= 1) {
      if (resolve(pieces.slice(i, j).join(' and ')) !== undefined) {
        taken = j - i;
        break;
      }
    }
    out.push(pieces.slice(i, i + taken).join(' and '));
    i += taken;
  }
  return out;
};

/** Split on the words "and", "&" and "as well as", in one pass over the words. */
const splitOnAnd = (s: string): string[] => {
  const out: string[] = [];
  let current: string[] = [];
  const words = s.split(' ');
  for (let i = 0; i < words.length; i += 1) {
    const w = (words[i] as string).toLowerCase();
    const asWellAs = w === 'as' && words[i + 1]?.toLowerCase() === 'well' && words[i + 2]?.toLowerCase() === 'as';
    if ((w === 'and' || w === '&' || asWellAs) && current.length > 0) {
      out.push(current.join(' '));
      current = [];
      if (asWellAs) i += 2;
      continue;
    }
    current.push(words[i] as string);
  }
  out.push(current.join(' '));
  return out.map((p) => p.trim());
};

/** Index of `word` in `s` at a word boundary, or −1. */
const indexOfWord = (s: string, word: string): number => {
  let from = 0;
  for (;;) {
    const at = s.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : s[at - 1];
    const after = s[at + word.length] ?? ' ';
    if ((before === ' ' || before === '(') && (after === ' ' || after === ':' || after === ',')) return at;
    from = at + 1;
  }
};

const trimEnd = (s: string): string => {
  let end = s.length;
  while (end > 0 && '.;:,!?'.includes(s[end - 1] as string)) end -= 1;
  return s.slice(0, end).trim();
};

const collapse = (s: string): string => s.trim().split(/\s+/).join(' ');
