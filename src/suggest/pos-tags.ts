/**
 * Part-of-speech tags for the words of a sentence, from compromise (a
 * compact English tagger whose lexicon ships inside its npm package; nothing
 * is downloaded). Used only where word lists cannot decide: whether the
 * words after a number name what it counts ("nine allied countries") or
 * start the rest of the sentence ("50 attended").
 */
import nlp from 'compromise';

/** Tags of the word starting at each offset (relative to the sentence). */
export interface SentenceTags {
  get(offset: number): ReadonlySet<string> | undefined;
}

interface TermJson {
  readonly offset?: { readonly start: number };
  readonly tags?: readonly string[];
}

/**
 * @example
 * tagSentence('Over 50 countries attended').get(8) // Set { 'Noun', 'Plural' }
 */
export const tagSentence = (sentence: string): ReadonlyMap<number, ReadonlySet<string>> => {
  const tags = new Map<number, ReadonlySet<string>>();
  const doc = nlp(sentence) as unknown as { json: (o: object) => { terms?: TermJson[] }[] };
  for (const s of doc.json({ offset: true, terms: { offset: true } })) {
    for (const t of s.terms ?? []) if (t.offset !== undefined) tags.set(t.offset.start, new Set(t.tags ?? []));
  }
  return tags;
};

/**
 * The tags of a sentence, tagged when first asked for: most sentences of a
 * page never are (a sentence without a number or a capitalised first word
 * asks nothing), and tagging is the costliest step of reading one.
 *
 * @example
 * const tags = lazyTags('Over 50 countries attended'); // nothing tagged yet
 * tags.get(8) // tags now: Set { 'Noun', 'Plural' }
 */
export const lazyTags = (sentence: string): SentenceTags => {
  let tags: ReadonlyMap<number, ReadonlySet<string>> | undefined;
  return { get: (offset) => (tags ??= tagSentence(sentence)).get(offset) };
};
