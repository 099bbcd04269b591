/**
 * A Markdown file → its text as a reader sees it (headings, paragraphs,
 * list items; no `#`, `*` or link targets), and the metadata its YAML front
 * matter states (title, url/source, date/published, author, publisher/site,
 * lang/language), as written by "save as Markdown" tools; without front
 * matter, what its first lines say (`documentHead`: a press release's issuer,
 * date line and headline). Rendered with
 * marked and read with the same block walk as HTML pages.
 */
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { pageBlocks, type DomNode, type PageBlock } from './page-blocks.js';
import type { NonContentKind } from '../model/source.js';
import type { PageMetadata } from './page-metadata.js';
import { publishedAtFromText } from './published-at.js';
import { documentHead } from './document-head.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const field = (data: Record<string, unknown>, keys: readonly string[]): string | undefined => {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim().length > 0) return value.trim();
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length > 0) return value.join(', ');
  }
  return undefined;
};

export interface MarkdownPage {
  /** The blocks; a press release's furniture (its mark, date and contact lines, its end mark) is marked `dropped`. */
  readonly blocks: readonly (PageBlock & { readonly dropped?: NonContentKind })[];
  readonly metadata: PageMetadata;
}

/**
 * @example
 * markdownPage('---\ntitle: Harbour\n---\n# Harbour\n\nThe **port** grew.').blocks.map((b) => b.text)
 * // ['Harbour', 'The port grew.']
 */
export const markdownPage = (source: string): MarkdownPage => {
  const warnings: string[] = [];
  let body = source;
  let data: Record<string, unknown> = {};
  const front = FRONT_MATTER.exec(source);
  if (front !== null) {
    body = source.slice(front[0].length);
    try {
      const parsed: unknown = parseYaml(front[1] ?? '', { maxAliasCount: 100 });
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    } catch (error) {
      warnings.push(`the front matter is not valid YAML (${(error as Error).message.split('\n')[0] ?? ''}); it was skipped`);
    }
  }
  const html = marked.parse(body, { async: false, gfm: true });
  const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as { body: DomNode };
  const blocks = pageBlocks(doc.body);
  // What the front matter does not state, the document's first lines may (a press release's issuer, date line and headline).
  const head = documentHead(blocks);
  const title = field(data, ['title', 'headline']) ?? head.title;
  const url = field(data, ['url', 'source', 'link', 'canonical', 'canonical_url']);
  const published = field(data, ['published', 'date', 'datePublished', 'published_at', 'publishedAt', 'created']);
  const fromFront = published !== undefined ? publishedAtFromText(published) : undefined;
  if (published !== undefined && fromFront === undefined) warnings.push(`the front matter's date "${published.slice(0, 60)}" is not a calendar date; it was not used`);
  const publishedAt = fromFront ?? head.publishedAt;
  const publishedFrom = fromFront !== undefined ? `front matter: ${published}` : head.publishedFrom;
  const author = field(data, ['author', 'authors', 'byline']);
  const statedPublisher = field(data, ['publisher', 'site', 'site_name', 'siteName']);
  const publisher = statedPublisher ?? head.publisher;
  const publisherFrom = statedPublisher === undefined ? head.publisherFrom : undefined;
  const language = field(data, ['lang', 'language']);
  const furniture = new Set(head.furniture);
  return {
    blocks: blocks.map((b, i) => (furniture.has(i) ? { ...b, dropped: 'boilerplate' as const } : b)),
    metadata: {
      ...(title !== undefined ? { title } : {}),
      ...(url !== undefined && /^https?:\/\/\S+$/i.test(url) ? { url } : {}),
      ...(publisher !== undefined ? { publisher } : {}),
      ...(publisherFrom !== undefined ? { publisherFrom } : {}),
      ...(author !== undefined ? { author } : {}),
      ...(publishedAt !== undefined && publishedFrom !== undefined ? { publishedAt, publishedFrom } : {}),
      ...(language !== undefined ? { language } : {}),
      warnings,
    },
  };
};
