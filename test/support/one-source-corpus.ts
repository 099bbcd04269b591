/**
 * A corpus of one source with the given text, as `suggestClaims` and the
 * rules read it, for tests and benchmarks that start from words rather than
 * a claims folder: the source has no hash to check, no AI-written parts, no
 * non-content ranges, and whatever predicates, entities and claims the caller
 * gives (none by default).
 */
import type { Corpus } from '../../src/model/corpus.js';
import type { PublishedAt } from '../../src/model/source.js';

export interface OneSource {
  /** The source's id (default `s`). */
  readonly id?: string;
  readonly publishedAt?: PublishedAt;
  readonly title?: string;
  readonly author?: string;
  readonly predicates?: readonly object[];
  readonly entities?: readonly object[];
  readonly claims?: readonly object[];
}

/**
 * @example
 * suggestClaims(oneSourceCorpus('The bridge will cost $4 million.'), 's')
 */
export const oneSourceCorpus = (text: string, options: OneSource = {}): Corpus =>
  ({
    sources: [
      {
        source: {
          id: options.id ?? 's',
          publishedAt: options.publishedAt ?? { precision: 'day', value: '2026-03-04' },
          ...(options.title !== undefined ? { title: options.title } : {}),
          ...(options.author !== undefined ? { author: options.author } : {}),
          contentHash: `sha256:${'0'.repeat(64)}`,
          aiGenerated: { whole: false, ranges: [] },
          derivedFrom: [],
          cites: [],
          nonContent: [],
        },
        text,
      },
    ],
    predicates: options.predicates ?? [],
    claims: options.claims ?? [],
    entities: options.entities ?? [],
  }) as unknown as Corpus;
