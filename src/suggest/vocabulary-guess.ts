/**
 * Guessing a candidate's predicate and subject from the folder's own
 * vocabulary. Predicate: the predicate of the right value type whose id,
 * label and description share the most (rare) word stems with the sentence
 * and the value's unit; none when nothing is shared. Subject: a name in the
 * sentence the alias tables know (else a capitalised name), not the value
 * itself nor the speaker (nor any name in the attribution's words), nearest the value, events and agreements before
 * organisations, people and places.
 */
import type { EntityKind } from '../model/entity.js';
import type { Predicate } from '../model/predicate.js';
import type { EntityResolver } from '../normalize/index.js';
import { nameKey } from '../normalize/name-key.js';
import type { NameSpan } from './entity-names.js';
import type { MentionKind } from './mention.js';

const STOP = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its',
  'that', 'which', 'who', 'this', 'as', 'has', 'have', 'had', 'not', 'no', 'but', 'when', 'what', 'one', 'two', 'more', 'than', 'some', 'such',
  'their', 'they', 'he', 'she', 'his', 'her', 'we', 'our', 'also', 'said', 'says', 'will', 'would', 'can', 'may', 'value', 'values', 'source', 'sources',
  'write', 'written', 'when', 'where', 'how', 'many', 'much', 'there', 'these', 'those', 'other', 'only', 'any', 'all', 'each', 'usually',
]);

/** A light stem: lower case, common English endings removed, so "signed", "signing" and "sign" meet. */
export const stem = (word: string): string => {
  let w = word.toLowerCase();
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ied', 'ies', 'ed', 'es', 's', 'e', 'y']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
};

export const stems = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w) && w.length > 1).map(stem);

const VALUE_TYPES: Readonly<Record<MentionKind | 'text', readonly Predicate['valueType'][]>> = {
  quantity: ['quantity'],
  date: ['date'],
  'entity-set': ['entity-set'],
  text: ['text'],
};

/** A predicate guess: its id and how many (rare) words it shares with the context. */
export interface PredicateGuess {
  readonly id: string;
  readonly score: number;
}

/** Predicates prepared once per folder. */
export interface PredicateIndex {
  guess(kind: MentionKind | 'text', context: string): PredicateGuess | undefined;
  /**
   * Guesses for the values of one sentence: the sentence's words are scored once per kind, and each value
   * adds only its own words (its unit), so a sentence of many values is not read again for each.
   */
  forSentence(sentence: string): { guess(kind: MentionKind | 'text', extra?: string): PredicateGuess | undefined };
}

export const predicateIndex = (predicates: readonly Predicate[]): PredicateIndex => {
  const entries = predicates.map((p) => {
    const strong = new Set(stems(`${p.id.replace(/[-_.:]/g, ' ')} ${p.label ?? ''}`));
    const weak = new Set(stems(p.description ?? ''));
    return { p, strong, weak };
  });
  const df = new Map<string, number>();
  for (const e of entries) for (const s of new Set([...e.strong, ...e.weak])) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string): number => Math.log(1 + entries.length / (df.get(s) ?? 1));
  const scoreOf = (e: (typeof entries)[number], words: Iterable<string>, skip?: ReadonlySet<string>): number => {
    let score = 0;
    for (const w of words) if (skip === undefined || !skip.has(w)) score += (e.strong.has(w) ? 2 : e.weak.has(w) ? 0.5 : 0) * idf(w);
    return score;
  };
  /** The best of the scores, none on a tie or when nothing is shared. */
  const best = (kind: MentionKind | 'text', scoreAt: (k: number) => number): PredicateGuess | undefined => {
    let found: PredicateGuess | undefined;
    let tie = false;
    entries.forEach((e, k) => {
      if (!VALUE_TYPES[kind].includes(e.p.valueType)) return;
      const score = scoreAt(k);
      if (score <= 0) return;
      if (found === undefined || score > found.score + 1e-9) {
        found = { id: e.p.id, score };
        tie = false;
      } else if (Math.abs(score - found.score) <= 1e-9) tie = true;
    });
    return tie ? undefined : found;
  };
  return {
    guess(kind, context) {
      const words = new Set(stems(context));
      return best(kind, (k) => scoreOf(entries[k] as (typeof entries)[number], words));
    },
    forSentence(sentence) {
      // Read when the sentence's first value asks (most sentences have none).
      let sentenceWords: ReadonlySet<string> | undefined;
      const base = new Map<MentionKind | 'text', readonly number[]>();
      return {
        guess(kind, extra) {
          const words = (sentenceWords ??= new Set(stems(sentence)));
          let scores = base.get(kind);
          if (scores === undefined) {
            scores = entries.map((e) => (VALUE_TYPES[kind].includes(e.p.valueType) ? scoreOf(e, words) : 0));
            base.set(kind, scores);
          }
          const own = extra === undefined ? [] : [...new Set(stems(extra))];
          const sentenceScores = scores;
          return best(kind, (k) => (sentenceScores[k] ?? 0) + (own.length === 0 ? 0 : scoreOf(entries[k] as (typeof entries)[number], own, words)));
        },
      };
    },
  };
};

const KIND_RANK: Readonly<Record<EntityKind, number>> = {
  event: 0, agreement: 0, programme: 1, organization: 2, company: 2, other: 3, publication: 4, person: 5, place: 6, country: 6,
};

/** The subject guess for a value at `[start, end)` among the sentence's names. */
export const guessSubject = (
  names: readonly NameSpan[],
  resolver: EntityResolver,
  exclude: {
    readonly start: number;
    readonly end: number;
    readonly names?: readonly string[];
    readonly speaker?: string;
    /** Where the attribution's words stand ("County Commissioner Paul Okafor said"): the speaker is who says it, not what it is about. */
    readonly attribution?: { readonly start: number; readonly end: number };
  },
): { readonly name: string; readonly known: boolean } | undefined => {
  // Names are compared by the one name key ("Côte d'Ivoire" and "Cote dIvoire" are one name).
  const excluded = new Set((exclude.names ?? []).map(nameKey));
  const speaker = exclude.speaker === undefined ? undefined : nameKey(exclude.speaker);
  if (speaker !== undefined) excluded.add(speaker);
  const said = exclude.attribution;
  const isSpeaker = (n: NameSpan): boolean =>
    (said !== undefined && n.start < said.end && said.start < n.end) || (speaker !== undefined && speaker.length > 0 && nameKey(n.text).endsWith(` ${speaker}`));
  const candidates = names.filter((n) => !(n.start < exclude.end && exclude.start < n.end) && !excluded.has(nameKey(n.text)) && !isSpeaker(n) && n.text.length > 1);
  if (candidates.length === 0) return undefined;
  const rank = (n: NameSpan): number => {
    const kind = n.id !== undefined ? resolver.entity(n.id)?.kind : undefined;
    const kindRank = kind !== undefined ? KIND_RANK[kind] : 7;
    const distance = n.end <= exclude.start ? exclude.start - n.end : n.start - exclude.end;
    return kindRank * 10_000 + Math.min(distance, 9_999);
  };
  const best = [...candidates].sort((a, b) => rank(a) - rank(b))[0] as NameSpan;
  const canonical = best.id !== undefined ? resolver.canonicalName(best.id) : undefined;
  return { name: canonical ?? best.text, known: best.id !== undefined };
};
