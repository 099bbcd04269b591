/**
 * A saved HTML page → its visible text in reading order, with the blocks
 * that are the article told apart from the ones around it (navigation,
 * cookie banners, related links, footers). The article is found by
 * @mozilla/readability (Firefox Reader View's algorithm) on a linkedom DOM;
 * the page's blocks are then matched to the extracted article by their
 * text nodes, so the text keeps the page's order and every dropped block
 * can be listed as non-content.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { countWords, pageBlocks, pageBlocksAndTables, type DomNode, type PageBlock, type TableRecord } from './page-blocks.js';
import { pageMetadata, type MetaDocument, type PageMetadata } from './page-metadata.js';
import { MAX_PAGE_DEPTH, tooDeep, type TooDeep } from './page-depth.js';
import { withArticleBody } from './teaser-body.js';

/** A page block, and whether it belongs to the article. */
export interface ClassifiedBlock extends PageBlock {
  readonly article: boolean;
}

export interface ExtractedPage {
  readonly blocks: readonly ClassifiedBlock[];
  readonly metadata: PageMetadata;
  /** The byline Readability found, when the page's metadata names no author. */
  readonly byline?: string;
  /** Words in the article blocks. */
  readonly articleWords: number;
  /** Set when the page showed a teaser and the article is its JSON-LD `articleBody` (`teaser-body.ts`): the words shown, and the body's. */
  readonly fromArticleBody?: { readonly visibleWords: number; readonly bodyWords: number };
  /** The page's tables, their cells' marks in `blocks` (none when the article is the JSON-LD body). */
  readonly tables: readonly TableRecord[];
}

/** A page nested deeper than `MAX_PAGE_DEPTH`: not extracted (Readability's time grows with the square of the nesting). */
export interface TooDeepPage {
  readonly tooDeep: TooDeep;
}

/** Readability's threshold: articles shorter than this many characters make it retry with looser rules. */
const CHAR_THRESHOLD = 250;

const keyOf = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Parse and extract one page; a page nested deeper than `maxDepth` is not
 * parsed (its nesting is returned). Never throws for any input string.
 */
export const extractArticle = (html: string, maxDepth: number = MAX_PAGE_DEPTH): ExtractedPage | TooDeepPage => {
  const deep = tooDeep(html, maxDepth);
  if (deep !== undefined) return { tooDeep: deep };
  const pageDoc = parseHTML(html).document as unknown as MetaDocument & { body: DomNode | null; documentElement: DomNode | null };
  const metadata = pageMetadata(pageDoc, html);
  const root = pageDoc.body ?? pageDoc.documentElement;
  const { blocks, tables } = root === null ? { blocks: [], tables: [] } : pageBlocksAndTables(root);

  // Readability changes the document it reads: give it its own parse.
  const readDoc = parseHTML(html).document;
  let article: { title?: string | null | undefined; byline?: string | null | undefined; content?: unknown } | null = null;
  try {
    article = new Readability(readDoc as never, { charThreshold: CHAR_THRESHOLD, serializer: (node: unknown) => node }).parse();
  } catch {
    article = null;
  }
  const articleRoot = article?.content as DomNode | null | undefined;
  // The article's text nodes, as a multiset: a page block whose text nodes were kept is article.
  const kept = new Map<string, number>();
  if (articleRoot !== null && articleRoot !== undefined) {
    for (const block of pageBlocks(articleRoot)) {
      for (const piece of block.pieces) {
        const key = keyOf(piece);
        kept.set(key, (kept.get(key) ?? 0) + 1);
      }
    }
  }
  // The headline block is the article's: Readability's title (from <title>) or the page's own headline (its <h1>).
  const titles = [article?.title, metadata.title].map((t) => keyOf(t ?? '')).filter((t) => t.length > 0);
  const byline = article?.byline?.trim();
  const classified = blocks.map((block): ClassifiedBlock => {
    let keptChars = 0;
    let totalChars = 0;
    for (const piece of block.pieces) {
      const key = keyOf(piece);
      totalChars += key.length;
      const left = kept.get(key) ?? 0;
      if (left > 0) {
        keptChars += key.length;
        kept.set(key, left - 1);
      }
    }
    const text = keyOf(block.text);
    const isTitle = block.heading && titles.some((title) => text === title || title.includes(text) || text.includes(title));
    const isByline = byline !== undefined && byline.length > 0 && text.length <= byline.length + 20 && text.includes(keyOf(byline));
    return { ...block, article: isTitle || isByline || (totalChars > 0 && keptChars * 2 >= totalChars) };
  });
  const teaser = withArticleBody(classified, metadata.articleBody);
  const finalBlocks = teaser?.blocks ?? classified;
  const articleWords = finalBlocks.filter((b) => b.article).reduce((n, b) => n + countWords(b.text), 0);
  return {
    blocks: finalBlocks,
    metadata,
    ...(byline !== undefined && byline.length > 0 ? { byline } : {}),
    articleWords,
    tables: teaser === undefined ? tables : [],
    ...(teaser !== undefined ? { fromArticleBody: { visibleWords: teaser.visibleWords, bodyWords: teaser.bodyWords } } : {}),
  };
};
