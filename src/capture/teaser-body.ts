/**
 * A page that shows only a teaser of its article (a paywall, "subscribe to
 * keep reading", an AMP stub) but states the whole text in its JSON-LD
 * `articleBody`, as publishers do for search engines: the article is the
 * `articleBody`. It replaces the teaser's paragraphs where they stood, so
 * the page's title, byline and captions keep their places and the paywall
 * notice stays a dropped block. Used only when the visible paragraphs are
 * part of the `articleBody` (it is the same article) and it is clearly
 * longer (the page hid most of it); otherwise the visible text stands.
 */
import { countWords } from './page-blocks.js';
import type { ClassifiedBlock } from './extract-article.js';
import { appendAll } from '../model/append-all.js';

/** The `articleBody` must have at least this many times the visible article's words. */
export const TEASER_RATIO = 1.5;

/** A visible paragraph at least this long, found in the `articleBody`, shows it is the same article. */
const MIN_SHARED_WORDS = 10;

/**
 * A page showing more article blocks than this is not a teaser. It also
 * bounds the work: each block is looked for in the whole `articleBody`, so
 * a crafted page of many blocks and a long body would cost their product.
 */
export const MAX_TEASER_BLOCKS = 64;

export interface TeaserBody {
  readonly blocks: readonly ClassifiedBlock[];
  /** Words of article text the page showed, and words of its `articleBody`. */
  readonly visibleWords: number;
  readonly bodyWords: number;
}

const keyOf = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The page's blocks with the teaser replaced by the `articleBody`'s
 * paragraphs, or undefined when the page showed its article.
 *
 * @example
 * withArticleBody(blocks, 'RAVENNA (AFP) — Italian rescuers on Monday … \n\nNine people have died, …')
 * // { blocks: [title, byline, …, 'RAVENNA (AFP) — …', 'Nine people have died, …', …], visibleWords: 61, bodyWords: 260 }
 */
export const withArticleBody = (blocks: readonly ClassifiedBlock[], articleBody: string | undefined): TeaserBody | undefined => {
  if (articleBody === undefined) return undefined;
  const paragraphs = articleBody
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const bodyWords = paragraphs.reduce((n, p) => n + countWords(p), 0);
  const article = blocks.filter((b) => b.article);
  if (article.length > MAX_TEASER_BLOCKS) return undefined;
  const visibleWords = article.reduce((n, b) => n + countWords(b.text), 0);
  if (bodyWords < visibleWords * TEASER_RATIO) return undefined;
  const body = keyOf(paragraphs.join(' '));
  // The teaser: the article's paragraphs the articleBody contains (each looked for once).
  const inBody = blocks.map((b) => b.article && !b.heading && keyOf(b.text).length > 0 && body.includes(keyOf(b.text)));
  if (!blocks.some((b, i) => inBody[i] === true && countWords(b.text) >= MIN_SHARED_WORDS)) return undefined;
  const first = inBody.indexOf(true);
  const context = blocks[first]?.context ?? [];
  const replacement: ClassifiedBlock[] = paragraphs.map((text) => ({ text, pieces: [text], context: ['json-ld-article-body', ...context], heading: false, article: true }));
  const out: ClassifiedBlock[] = [];
  blocks.forEach((b, i) => {
    if (i === first) appendAll(out, replacement);
    if (inBody[i] !== true) out.push(b);
  });
  return { blocks: out, visibleWords, bodyWords };
};
