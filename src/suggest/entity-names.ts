/**
 * Names in a sentence: the longest runs of words the folder's alias tables
 * (and the built-in countries and organisations) resolve, and runs of
 * capitalised words ("Critical Minerals Production Alliance", "Rui Costa"),
 * with "of", "for", "de" allowed inside a capitalised run. A sentence's
 * first word (or the first after a dash, as after a dateline "LONDON —")
 * counts only when it is a known name, the tagger calls it a
 * proper noun, another capitalised word follows it ("Hartwell Water has
 * …") or it is a singular noun set off by a comma ("Ofwat, the water
 * regulator, said"; not "Yesterday," or "Separately,"). A possessive "'s"
 * is not part of a name ("Hartwell's parent company" names Hartwell).
 */
import type { EntityResolver } from '../normalize/index.js';
import { type SentenceTags, tagSentence } from './pos-tags.js';
import type { Sentence, Word } from './text-units.js';

export interface NameSpan {
  /** Indexes into the sentence's words: `[from, to)`. */
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The canonical id, when the alias tables know the name. */
  readonly id?: string;
}

/** Longest name looked up in the alias tables, in words. */
const MAX_NAME_WORDS = 6;
const INNER = new Set(['of', 'for', 'de', 'del', 'la', 'von', 'van', 'al', 'bin', '&']);
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'When', 'While', 'As', 'After', 'Before', 'However', 'Despite', 'According', 'Since', 'For', 'With', 'From', 'By', 'To', 'Of', 'Our', 'Their', 'His', 'Her', 'Even', 'Also', 'Still', 'Meanwhile', 'Last', 'Next', 'Earlier', 'Later', 'Such', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Other', 'Another', 'Without', 'Under', 'Over', 'Following', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'AM', 'PM', 'GMT', 'UTC']);
/** "European countries", "Chinese analysts": a nationality adjective before a plural noun is not a name. */
const DEMONYM = /(?:an|ese|ish|ic|i)$/;

/**
 * @example
 * nameSpans(sentence('Portugal, Spain and France will share the cost'), resolver, tags)
 * // [{ text: 'Portugal', id: 'country:PT' }, { text: 'Spain', … }, { text: 'France', … }]
 */
const id0 = (resolver: EntityResolver, name: string): string | undefined => resolver.resolve(name);

export const nameSpans = (text: string, sentence: Sentence, resolver: EntityResolver, tags: SentenceTags | undefined): NameSpan[] => {
  const { words } = sentence;
  const out: NameSpan[] = [];
  const span = (from: number, to: number, id?: string): NameSpan => {
    const start = (words[from] as Word).start;
    const last = (words[to - 1] as Word).end;
    // A possessive is not part of the name: "Hartwell's parent company" names Hartwell.
    const end = id === undefined && to - from >= 1 && /\p{L}['’]s$/u.test(text.slice(start, last)) ? last - 2 : last;
    const known = id ?? (end < last ? resolver.resolve(text.slice(start, end)) : undefined);
    return { from, to, start, end, text: text.slice(start, end), ...(known !== undefined ? { id: known } : {}) };
  };
  // Words joined only by spaces: a name never crosses a comma or other punctuation,
  // except a plural possessive inside it ("Busan Port Workers’ Union").
  // breaks[k]: how many of the gaps after words 0 … k-1 break a name; read once, not for every run asked about.
  const breaks = new Int32Array(words.length + 1);
  for (let k = 0; k < words.length; k += 1) {
    const w = words[k] as Word;
    const next = words[k + 1];
    const gap = next === undefined ? ' ' : text.slice(w.end, next.start);
    breaks[k + 1] = (breaks[k] as number) + (!/^\s+$/.test(gap) && !(/^['’]\s+$/.test(gap) && w.text.endsWith('s')) ? 1 : 0);
  }
  const joined = (a: number, b: number): boolean => b - 1 <= a || breaks[b - 1] === breaks[a];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    // Known names, longest first.
    let found: NameSpan | undefined;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && found === undefined; n -= 1) {
      if (!joined(i, i + n)) continue;
      const candidate = text.slice(w.start, (words[i + n - 1] as Word).end);
      if (n === 1 && !w.capitalised && candidate.length < 4) continue;
      const id = resolver.resolve(candidate);
      if (id !== undefined) found = span(i, i + n, id);
    }
    if (found !== undefined) {
      out.push(found);
      i = found.to;
      continue;
    }
    // Capitalised runs.
    const lead = i === 0 ? '' : text.slice((words[i - 1] as Word).start, w.start);
    // A dash after a dateline opens the sentence too: "DARROW FALLS (AP) — Firefighters spent …". The tagger reads a
    // capitalised word there as a name, as it does any capitalised word inside a sentence: the words from the dash on
    // are tagged as a sentence of their own.
    const afterDash = /(?:^|\s)[—–-]\s*$/.test(lead);
    const isStart = i === 0 || afterDash || /[.!?:"“]\s*$/.test(lead);
    const candidate = w.capitalised && !FUNCTION_WORDS.has(w.text);
    // The tagger is asked only about a capitalised first word (tagging is costly, and only there does it decide).
    const proper = candidate && isStart ? (afterDash ? tagSentence(text.slice(w.start, sentence.end)).get(0) : tags?.get(w.start - sentence.start)) : undefined;
    const startsProperName = candidate && (!isStart || proper?.has('ProperNoun') === true || proper?.has('Acronym') === true);
    const next = words[i + 1];
    const runFollows = next !== undefined && next.capitalised && !FUNCTION_WORDS.has(next.text) && joined(i, i + 2);
    const setOff = proper?.has('Singular') === true && text[w.end] === ',';
    const startsName = startsProperName || (isStart && candidate && (runFollows || setOff));
    const adjective = DEMONYM.test(w.text) && next !== undefined && !next.capitalised && /s$/.test(next.text) && id0(resolver, w.text) === undefined;
    if (!startsName || adjective) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < words.length && joined(j - 1, j + 1)) {
      const next = words[j] as Word;
      if (next.capitalised && !FUNCTION_WORDS.has(next.text)) j += 1;
      else if (INNER.has(next.text) && words[j + 1]?.capitalised === true && joined(j, j + 2)) j += 2;
      else break;
    }
    out.push(span(i, j));
    i = j;
  }
  return out;
};
