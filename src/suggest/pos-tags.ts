/**
 * Part-of-speech tags for the words of a sentence, from compromise (a
 * compact English tagger whose lexicon ships inside its npm package; nothing
 * is downloaded). Used only where word lists cannot decide: whether the
 * words after a number name what it counts ("nine allied countries") or
 * start the rest of the sentence ("50 attended").
 */
import nlp from 'compromise';

/** Tags of the word starting at each offset (relative to the sentence). */
export type SentenceTags = ReadonlyMap<number, ReadonlySet<string>>;

interface TermJson {
  readonly offset?: { readonly start: number };
  readonly tags?: readonly string[];
}

/**
 * @example
 * tagSentence('Over 50 countries attended').get(8) // Set { 'Noun', 'Plural' }
 */
export const tagSentence = (sentence: string): SentenceTags => {
  const tags = new Map<number, ReadonlySet<string>>();
  const doc = nlp(sentence) as unknown as { json: (o: object) => { terms?: TermJson[] }[] };
  for (const s of doc.json({ offset: true, terms: { offset: true } })) {
    for (const t of s.terms ?? []) if (t.offset !== undefined) tags.set(t.offset.start, new Set(t.tags ?? []));
  }
  return tags;
};
