/**
 * What the first lines of a Markdown or plain-text document say about it
 * when it states no metadata (no front matter): a press release as it is
 * mailed or pasted — the issuer, "FOR IMMEDIATE RELEASE" and the date, then
 * the headline — or any document that opens with its headline and a line
 * that is only a date. Only the head is read: the blocks before the first
 * paragraph of running text. What is read is marked as inferred (the
 * `…From` fields say from which words), so `add` and the source file's
 * comment can say so. A release's furniture — its mark, date and contact
 * lines, and its end mark ("###") — is named, for the capture to list as
 * non-content.
 */
import type { PageMetadata } from './page-metadata.js';
import { countWords } from './page-blocks.js';
import { publishedAtFromText } from './published-at.js';
import { appendAll } from '../model/append-all.js';

/** One block of the document: its text, and whether it is a heading. */
export interface HeadBlock {
  readonly text: string;
  readonly heading: boolean;
}

/** The words that mark a press release, at the start of a line ("FOR IMMEDIATE RELEASE", "News release"). */
const RELEASE_MARK = /^(?:for immediate release|immediate release|press release|news release|media release|for release)\b[\s:–—-]*/iu;
/** A contact line of a release ("Media contact: …", an e-mail address, a telephone number). */
const CONTACT = /^(?:media |press )?contacts?\b|@[\w-]+\.|\(\d{3}\)\s*\d{3}|\+\d[\d\s]{7,}/iu;
/** Head blocks read at most. */
const MAX_HEAD_BLOCKS = 8;
/** A block of at least this many words ending as a sentence does is running text: the head ends before it. */
const BODY_WORDS = 15;

const isBody = (b: HeadBlock): boolean => !b.heading && countWords(b.text) >= BODY_WORDS && /[.!?"”’]$/u.test(b.text.trim());
/** A line that can be a headline or a name: a heading, or one short line not ending as a sentence or a label does. */
const isTitleLike = (b: HeadBlock): boolean => b.heading || (!b.text.includes('\n') && countWords(b.text) <= BODY_WORDS && !/[.,:;]$/u.test(b.text.trim()));

/** The date a line is made of, when it is nothing but a date (and separators): "October 15, 2026", "15 October 2026", "2026-10-15". */
const dateLine = (text: string): ReturnType<typeof publishedAtFromText> => {
  const s = text.replace(/^[\s–—|:·-]+|[\s–—|:·-]+$/gu, '');
  if (s.length === 0 || s.length > 40 || !/\b\d{4}\b/u.test(s) || countWords(s) > 5) return undefined;
  return publishedAtFromText(s);
};

const quoted = (s: string): string => `"${s.replace(/\s+/gu, ' ').trim()}"`;

/** What the head says about the document, and which of its blocks are the release's furniture, not its content. */
export type DocumentHead = Pick<PageMetadata, 'title' | 'publisher' | 'publisherFrom' | 'publishedAt' | 'publishedFrom'> & {
  /** Indices (into the blocks given) of the release mark, date and contact lines at the top and an end mark ("###", "-30-") at the foot. */
  readonly furniture: readonly number[];
};

/** The end mark of a press release: "###", "# # #", "-30-", "ENDS". */
const END_MARK = /^(?:#\s*#\s*#|-\s*30\s*-|-?\s*ends\s*-?)$/iu;
/** Blocks after an end mark read at most: a release's footer (page number, registered office) is this short. */
const MAX_FOOTER_BLOCKS = 3;

/**
 * The issuer's name on its line: a line laid out in columns, as text taken
 * from a PDF is ("NORTHVALE TRAINS LIMITED        PRESS RELEASE"), is split
 * at its runs of three or more spaces (or tabs), and a column that is only
 * a release mark is left out.
 */
const issuerName = (line: string): string =>
  line
    .split(/ {3,}|\t+/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0 && !(RELEASE_MARK.test(c) && c.replace(RELEASE_MARK, '').trim().length === 0))
    .join(' ');

/**
 * What the head of `blocks` says about the document (see the module's comment).
 *
 * @example
 * documentHead([
 *   { text: 'Darrow County Office of Emergency Management', heading: true },
 *   { text: 'FOR IMMEDIATE RELEASE October 15, 2026', heading: false },
 *   { text: 'Evacuation order remains in place', heading: true },
 *   { text: 'A fire that began …', heading: false },
 * ])
 * // { title: 'Evacuation order remains in place', publisher: 'Darrow County Office of Emergency Management', publishedAt: { date: '2026-10-15' }, … }
 */
export const documentHead = (blocks: readonly HeadBlock[]): DocumentHead => {
  const head: (HeadBlock & { readonly index: number })[] = [];
  for (const [index, b] of blocks.entries()) {
    if (head.length >= MAX_HEAD_BLOCKS || isBody(b)) break;
    if (b.text.trim().length > 0) head.push({ text: b.text.trim(), heading: b.heading, index });
  }
  const mark = head.findIndex((b) => RELEASE_MARK.test(b.text));

  let publishedAt: PageMetadata['publishedAt'];
  let publishedFrom: string | undefined;
  for (const [i, b] of head.entries()) {
    const rest = i === mark ? b.text.replace(RELEASE_MARK, '') : b.text;
    const date = dateLine(rest);
    if (date !== undefined) {
      publishedAt = date;
      publishedFrom = `the date line at its top: ${quoted(b.text)} — inferred`;
      break;
    }
  }

  const issuer = mark > 0 ? head[mark - 1] : undefined;
  const publisher = issuer !== undefined && isTitleLike(issuer) && dateLine(issuer.text) === undefined && !CONTACT.test(issuer.text) ? issuerName(issuer.text) : undefined;
  const candidates = (mark >= 0 ? head.slice(mark + 1) : head).filter((b) => isTitleLike(b) && dateLine(b.text) === undefined && !CONTACT.test(b.text));
  // Without a release mark, only a heading is a headline (a short first line of plain text may be anything).
  const titleBlock = mark >= 0 ? (candidates.find((b) => b.heading) ?? candidates[0]) : candidates.find((b) => b.heading);
  // The release's furniture: its mark, date and contact lines (a document without a mark keeps its lines), and its end mark.
  const furniture = mark >= 0 ? head.filter((b) => RELEASE_MARK.test(b.text) || dateLine(b.text) !== undefined || CONTACT.test(b.text)).map((b) => b.index) : [];
  // The end mark among the last blocks, and the footer after it (a page number, the registered office).
  const headEnd = head[head.length - 1]?.index ?? -1;
  const tail = blocks.flatMap((b, i) => (i > headEnd && b.text.trim().length > 0 ? [i] : [])).slice(-1 - MAX_FOOTER_BLOCKS);
  const endAt = tail.findIndex((i) => END_MARK.test(blocks[i]?.text.trim() ?? ''));
  if (mark >= 0 && endAt >= 0) appendAll(furniture, tail.slice(endAt));
  return {
    furniture,
    ...(titleBlock !== undefined ? { title: titleBlock.text.replace(/\s+/gu, ' ') } : {}),
    ...(publisher !== undefined ? { publisher: publisher.replace(/\s+/gu, ' '), publisherFrom: `inferred: the line above ${quoted((head[mark]?.text.match(RELEASE_MARK)?.[0] ?? '').replace(/[\s:–—-]+$/u, ''))}` } : {}),
    ...(publishedAt !== undefined ? { publishedAt, publishedFrom: publishedFrom as string } : {}),
  };
};
