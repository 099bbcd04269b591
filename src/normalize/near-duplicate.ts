/**
 * Near-duplicate names: two spellings of what is probably one entity
 * ("MP Minerals" / "MP Materials", "Project Vaut" / "Project Vault").
 *
 * Character similarity alone is not enough: "Lynas Rare Earths" and
 * "USA Rare Earth" share most of their letters and are different companies,
 * while "MP Minerals" and "MP Materials" share fewer and are one. So the
 * decision rests on token evidence: every distinctive word (not a generic
 * word like "rare", "minerals", "project") of one name must appear in the
 * other, exactly or within a typo, and the other may not add distinctive
 * words of its own. The bigram score (string-similarity over name keys)
 * must also reach a floor. Names of two different known entities never
 * are near-duplicates.
 */
import type { EntityId } from '../model/ids.js';
import { withinEditDistance } from './edit-distance.js';
import { nameKey } from './name-key.js';
import { keySimilarity } from './name-similarity.js';

/** Minimum bigram similarity of two names' keys for them to be near-duplicates. */
export const NEAR_DUPLICATE_MIN_SCORE = 0.4;
/** Bigram similarity at which two names made only of generic words are near-duplicates. */
export const GENERIC_ONLY_MIN_SCORE = 0.85;
/** Tokens of at least this length may differ by one edit and still match. */
export const ONE_TYPO_MIN_LENGTH = 4;
/** Tokens of at least this length may differ by two edits and still match. */
export const TWO_TYPOS_MIN_LENGTH = 9;
/** Names whose keys are longer than this are not compared (they are not names). */
export const MAX_NAME_KEY_LENGTH = 300;
/** Words longer than this are never taken for misspellings of each other (only equal, or a plural and its singular). */
export const MAX_TYPO_WORD_LENGTH = 40;

/** How two names relate. */
export type NameRelation =
  | 'same-name'
  | 'same-entity'
  | 'different-entities'
  | 'near-duplicate'
  | 'acronym'
  | 'unrelated';

/** The answer of a near-duplicate check. */
export interface NearDuplicate {
  /** Whether the two names probably denote one entity. */
  readonly similar: boolean;
  /** Bigram (Dice) similarity of the two name keys, 0–1. */
  readonly score: number;
  readonly relation: NameRelation;
  /** Why, in words. */
  readonly reason: string;
}

/**
 * Words that say what kind of thing an entity is rather than which one: they
 * do not tell two names apart ("Lynas Rare Earths" vs "USA Rare Earth").
 * "administration" is deliberately not here: "Donald Trump" and "Donald
 * Trump administration" are a person and a government.
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'at', 'de', 'for', 'in', 'of', 'on', 'to',
  'project', 'programme', 'program', 'initiative', 'plan', 'partnership', 'alliance', 'coalition',
  'agreement', 'accord', 'deal', 'declaration', 'treaty', 'pact', 'summit', 'forum', 'council',
  'ministerial', 'meeting', 'conference', 'committee', 'commission',
  'company', 'companies', 'co', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc',
  'plc', 'ag', 'sa', 'gmbh', 'holding', 'holdings', 'group', 'international', 'global', 'worldwide',
  'department', 'ministry', 'office', 'agency', 'bureau', 'authority', 'service',
  'rare', 'earth', 'earths', 'mineral', 'minerals', 'material', 'materials', 'resource', 'resources',
  'mining', 'mines', 'metal', 'metals', 'energy', 'technology', 'technologies', 'tech', 'industries',
  'industry', 'capital', 'partners', 'fund', 'ventures', 'systems', 'solutions', 'lab', 'labs',
]);

const singular = (t: string): string => (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);

const tokenMatch = (a: string, b: string): 'exact' | 'typo' | undefined => {
  if (a === b || singular(a) === singular(b)) return 'exact';
  const len = Math.min(a.length, b.length);
  if (len > MAX_TYPO_WORD_LENGTH) return undefined;
  const k = len >= TWO_TYPOS_MIN_LENGTH ? 2 : len >= ONE_TYPO_MIN_LENGTH ? 1 : 0;
  // digits must agree exactly: "G7" is not a typo of "G8"
  if (k > 0 && !hasDigit(a) && !hasDigit(b) && withinEditDistance(a, b, k)) return 'typo';
  return undefined;
};

const hasDigit = (s: string): boolean => {
  for (const ch of s) if (ch >= '0' && ch <= '9') return true;
  return false;
};

const initials = (tokens: readonly string[]): string => tokens.map((t) => t[0] ?? '').join('');

/**
 * Decide whether two names are near-duplicates of one entity.
 * `resolve` is the entity resolver's: names it maps to two different ids are
 * never near-duplicates, names it maps to one id are the same entity.
 * @example
 * detectNearDuplicate('MP Minerals', 'MP Materials', () => undefined).similar        // true
 * detectNearDuplicate('Lynas Rare Earths', 'USA Rare Earth', () => undefined).similar // false
 */
export const detectNearDuplicate = (
  a: string,
  b: string,
  resolve: (name: string) => EntityId | undefined,
): NearDuplicate => {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka.length > MAX_NAME_KEY_LENGTH || kb.length > MAX_NAME_KEY_LENGTH) {
    return { similar: false, score: 0, relation: 'unrelated', reason: `a name longer than ${MAX_NAME_KEY_LENGTH} characters is not compared` };
  }
  if (ka.length === 0 || kb.length === 0) {
    return { similar: false, score: 0, relation: 'unrelated', reason: 'an empty name is not compared' };
  }
  if (ka === kb) return { similar: true, score: 1, relation: 'same-name', reason: `"${a}" and "${b}" are the same name written differently` };
  const ia = resolve(a);
  const ib = resolve(b);
  const score = round(keySimilarity(ka, kb));
  if (ia !== undefined && ib !== undefined) {
    return ia === ib
      ? { similar: true, score: 1, relation: 'same-entity', reason: `"${a}" and "${b}" are both names of ${ia}` }
      : { similar: false, score, relation: 'different-entities', reason: `"${a}" is ${ia} and "${b}" is ${ib}: two different known entities` };
  }
  const ta = ka.split(' ');
  const tb = kb.split(' ');

  // "DoD" / "Department of Defense", "FORGE" / "Forum on Resource Geostrategic Engagement"
  const acronym = acronymOf(ta, tb) ?? acronymOf(tb, ta);
  if (acronym !== undefined) {
    return { similar: true, score, relation: 'acronym', reason: `"${acronym.short}" is the initials of "${acronym.long}"` };
  }

  const da = ta.filter((t) => !GENERIC_NAME_WORDS.has(t));
  const db = tb.filter((t) => !GENERIC_NAME_WORDS.has(t));
  if (da.length === 0 || db.length === 0) {
    const similar = da.length === db.length && score >= GENERIC_ONLY_MIN_SCORE;
    return similar
      ? { similar, score, relation: 'near-duplicate', reason: `"${a}" and "${b}" differ only slightly (similarity ${score})` }
      : { similar, score, relation: 'unrelated', reason: `"${a}" and "${b}" share no distinctive word` };
  }

  // every distinctive word on each side must be matched on the other side
  const unmatchedA = da.filter((t) => !tb.some((u) => tokenMatch(t, u) !== undefined));
  const unmatchedB = db.filter((t) => !ta.some((u) => tokenMatch(t, u) !== undefined));
  if (unmatchedA.length > 0 || unmatchedB.length > 0) {
    const shared = ta.filter((t) => tb.some((u) => tokenMatch(t, u) === 'exact'));
    const sharedText = shared.length > 0 ? `; they share only ${shared.map((s) => `"${s}"`).join(', ')}` : '';
    return {
      similar: false,
      score,
      relation: 'unrelated',
      reason: `distinctive words differ: ${[...unmatchedA, ...unmatchedB].map((s) => `"${s}"`).join(', ')}${sharedText}`,
    };
  }
  if (score < NEAR_DUPLICATE_MIN_SCORE) {
    return { similar: false, score, relation: 'unrelated', reason: `the names are too different (similarity ${score} < ${NEAR_DUPLICATE_MIN_SCORE})` };
  }
  const typos = da.flatMap((t) => {
    const u = tb.find((x) => tokenMatch(t, x) !== undefined);
    return u !== undefined && tokenMatch(t, u) === 'typo' ? [`"${t}"/"${u}"`] : [];
  });
  const genericDiff = [...ta.filter((t) => !tb.includes(t)), ...tb.filter((t) => !ta.includes(t))].filter((t) => GENERIC_NAME_WORDS.has(t));
  const how =
    typos.length > 0
      ? `spelled differently (${typos.join(', ')})`
      : genericDiff.length > 0
        ? `the same distinctive words with different generic words (${genericDiff.map((g) => `"${g}"`).join(', ')})`
        : 'the same words';
  return { similar: true, score, relation: 'near-duplicate', reason: `"${a}" and "${b}" are probably one entity: ${how}` };
};

const acronymOf = (
  short: readonly string[],
  long: readonly string[],
): { short: string; long: string } | undefined => {
  const s = short[0];
  if (short.length !== 1 || s === undefined || s.length < 2 || s.length > 6 || long.length < 2) return undefined;
  const all = initials(long);
  const content = initials(long.filter((t) => !ACRONYM_SKIPPED.has(t)));
  return s === all || s === content ? { short: s, long: long.join(' ') } : undefined;
};

const ACRONYM_SKIPPED = new Set(['of', 'and', 'for', 'on', 'the', 'de', 'in', 'to', 'a', 'an']);

const round = (x: number): number => Math.round(x * 1000) / 1000;
