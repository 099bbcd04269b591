/**
 * Capturing a document as a source: a saved web page (HTML), Markdown or
 * plain text → the normalized text every offset refers to, its content
 * hash, what the page says about itself, and the non-content ranges (what
 * article extraction dropped: navigation, cookie banners, related links,
 * footers) named so the loader anchors them. Pure: bytes in, a `Result` out
 * (warnings among its messages); nothing is fetched, nothing is written.
 * Problems are messages, never exceptions.
 */
import { prepareText } from '../anchor/index.js';
import type { NonContentFileEntry, TableFileEntry } from '../claims/file-schemas.js';
import { contentHash, normalizeText, type ContentHash } from '../ingest/index.js';
import { createMessage, type Message } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';
import type { NonContentKind } from '../model/source.js';
import { decodeHtmlPage, decodeTextBytes, type DecodedPage } from './decode-page.js';
import { extractArticle } from './extract-article.js';
import { MAX_PAGE_DEPTH, type TooDeep } from './page-depth.js';
import { markdownPage } from './markdown-page.js';
import { documentHead } from './document-head.js';
import { droppedKinds, kindFromWords, nonContentKind } from './non-content-kind.js';
import { nonContentEntries, type KindedRange } from './non-content-entries.js';
import { labelLines } from './label-lines.js';
import { headLines } from './head-lines.js';
import { countWords, type BlockMark, type PageBlock } from './page-blocks.js';
import { pageTables } from './page-tables.js';
import { pageFormat, type PageFormat } from './page-format.js';
import type { PageMetadata } from './page-metadata.js';

/** Largest page captured, in bytes (a 20 MB page is well inside it; see docs/limits.md). */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/** An HTML page whose article has fewer words than this is not an article. */
export const MIN_ARTICLE_WORDS = 25;

export interface CaptureOptions {
  /** The file's name (for its format and for messages); empty for standard input. */
  readonly fileName?: string;
  /** Overrides the format the name and content suggest. */
  readonly format?: PageFormat;
  /** A WHATWG encoding label that overrides what the page declares. */
  readonly encoding?: string;
}

/** What a capture found, before a person names it (`id`) and files it. */
export interface CapturedSource {
  readonly format: PageFormat;
  /** The normalized text: what the source's `.txt` holds and every offset refers to. */
  readonly text: string;
  readonly contentHash: ContentHash;
  readonly metadata: PageMetadata;
  /** What extraction dropped, as source-file entries (HTML only). */
  readonly nonContent: readonly NonContentFileEntry[];
  /** The page's data tables, as source-file entries (HTML only; see `page-tables.ts`). */
  readonly tables?: readonly TableFileEntry[];
  /** How the bytes were decoded. */
  readonly encoding: Omit<DecodedPage, 'text'>;
  readonly words: number;
  /** Words outside the non-content ranges. */
  readonly articleWords: number;
  /** Set when the page showed only a teaser and its JSON-LD `articleBody` became the article: the words shown, and the body's. */
  readonly fromArticleBody?: { readonly visibleWords: number; readonly bodyWords: number };
}

/**
 * The capture, with warnings a person should see among its messages (bytes
 * that became U+FFFD, a guessed encoding, invalid JSON-LD, a dropped block
 * that could not be named); or why there is none (`page-too-large`,
 * `page-undecodable`, `not-an-article`, `page-empty`).
 */
export type CaptureResult = Result<CapturedSource>;

const snippet = (text: string, max = 60): string => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

interface AssembledText {
  readonly text: string;
  readonly ranges: readonly KindedRange[];
  /** Where a mark in the blocks stands in the text. */
  readonly place?: (mark: BlockMark) => number;
}

/** Join blocks into the text (one blank line between blocks) and merge neighbouring dropped blocks of one kind. */
const assemble = (blocks: readonly (PageBlock & { readonly dropped?: NonContentKind })[]): AssembledText => {
  const parts: string[] = [];
  const ranges: KindedRange[] = [];
  // Each block's start in the text and its normalized words (a block left out stands where the next would).
  const placed: { start: number; raw: string; text: string }[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text = normalizeText(block.text);
    if (text.trim().length === 0) {
      placed.push({ start: offset, raw: '', text: '' });
      continue;
    }
    if (parts.length > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    const start = offset;
    placed.push({ start, raw: block.text, text });
    parts.push(text);
    offset += text.length;
    if (block.dropped !== undefined) {
      const last = ranges[ranges.length - 1];
      if (last !== undefined && last.kind === block.dropped && last.end === start - 2) ranges[ranges.length - 1] = { ...last, end: offset };
      else ranges.push({ start, end: offset, kind: block.dropped });
    }
  }
  const place = (mark: BlockMark): number => {
    const b = placed[mark.block];
    if (b === undefined) return 0;
    const k = Math.min(mark.offset, b.raw.length);
    // Normalizing (NFC) may change a block's length: the mark's words before it, normalized.
    return b.start + (b.raw === b.text ? k : Math.min(b.text.length, normalizeText(b.raw.slice(0, k)).length));
  };
  return { text: parts.length === 0 ? '' : `${parts.join('')}\n`, ranges, place };
};

/** The paragraphs of a plain text (runs of lines between blank lines), trimmed, with where each stands. */
const textParagraphs = (text: string): { readonly text: string; readonly heading: false; readonly start: number; readonly end: number }[] => {
  const paragraphs: { text: string; heading: false; start: number; end: number }[] = [];
  // One pass over the lines: a paragraph runs from its first non-blank line to the line before a blank one.
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start >= 0) paragraphs.push({ text: text.slice(start, end), heading: false, start, end });
    start = -1;
  };
  for (let at = 0; at <= text.length; ) {
    const next = text.indexOf('\n', at);
    const lineEnd = next === -1 ? text.length : next;
    const line = text.slice(at, lineEnd);
    const trimmed = line.trim();
    if (trimmed.length === 0) close();
    else {
      if (start < 0) start = at + (line.length - line.trimStart().length);
      end = lineEnd - (line.length - line.trimEnd().length);
    }
    if (next === -1) break;
    at = next + 1;
  }
  close();
  return paragraphs;
};

/** Why a page is not an article, in words: what was found instead. */
const notAnArticle = (blocks: readonly PageBlock[], articleWords: number): string => {
  const all = blocks.map((b) => b.text).join(' ');
  const words = countWords(all);
  if (words === 0) return 'the page has no visible text (an empty body, or content that only a script would load)';
  const byKind = new Map<NonContentKind, { words: number; first: string }>();
  for (const b of blocks) {
    const kind = kindFromWords(b.text) ?? nonContentKind(b);
    const seen = byKind.get(kind) ?? { words: 0, first: b.text };
    byKind.set(kind, { words: seen.words + countWords(b.text), first: seen.first });
  }
  const described: Record<NonContentKind, string> = {
    'cookie-banner': 'a cookie wall',
    'login-prompt': 'a login or subscription prompt',
    'loading-indicator': 'a loading placeholder',
    navigation: 'navigation links',
    'related-links': 'links to other articles',
    'page-chrome': 'page header and footer',
    byline: 'a byline',
    boilerplate: 'boilerplate',
    other: 'other text',
  };
  const found = [...byKind.entries()].sort((a, b) => b[1].words - a[1].words).slice(0, 2);
  const list = found.map(([kind, v]) => `${described[kind]} ("${snippet(v.first)}", ${v.words} words)`).join(' and ');
  return `found ${list}, but ${articleWords === 0 ? 'no article text' : `only ${articleWords} words of article text`} (at least ${MIN_ARTICLE_WORDS} are needed)`;
};

/**
 * An article block inside an element that calls itself a cookie banner or a
 * login prompt (nearer than the article's own element): Readability keeps
 * such overlays when they sit beside the article's paragraphs.
 */
const isGate = (block: PageBlock): boolean => {
  for (const ctx of block.context) {
    if (/^(?:article|main)\b/.test(ctx)) return false;
    if (/cookie|consent|gdpr|paywall|login|signin|sign-in/.test(ctx)) return true;
  }
  return false;
};

/**
 * A block that only links to places in the page (a table of contents, a
 * live blog's "Key events" list): it repeats the headings it points to, so
 * it is navigation, though Readability keeps it with the article. A heading
 * that links to itself stays.
 */
const isPageContents = (block: PageBlock): boolean => block.inPageLinks === true && !block.heading;

/**
 * An article block that is nothing but a link, in an element that calls itself
 * a promotion ("Download our app", "Sign up for the newsletter" between two
 * paragraphs): Readability keeps such lines when they sit among the article's
 * paragraphs, but they are the site's, not the article's.
 */
const isInlinePromo = (block: PageBlock): boolean =>
  block.linkTexts !== undefined && block.linkTexts.length > 0 && /promo|newsletter|sign-?up|app-?download|\bad\b|advert|sponsor|subscribe/.test(block.context[0] ?? '');

/** Blocks whose words say they are a cookie wall or login prompt. */
const gateWords = (blocks: readonly PageBlock[]): number =>
  blocks.reduce((n, b) => {
    const kind = kindFromWords(b.text);
    return kind === 'cookie-banner' || kind === 'login-prompt' ? n + countWords(b.text) : n;
  }, 0);

/** The refusal of a page nested past `MAX_PAGE_DEPTH`: where, and the tags that lead there (a run of one tag counted). */
const tooDeepMessage = (html: string, { path, offset }: TooDeep): Message => {
  let line = 1;
  let lineStart = 0;
  for (let k = html.indexOf('\n'); k !== -1 && k < offset; k = html.indexOf('\n', k + 1)) {
    line += 1;
    lineStart = k + 1;
  }
  const runs: string[] = [];
  for (let i = 0; i < path.length; ) {
    let j = i;
    while (j < path.length && path[j] === path[i]) j += 1;
    runs.push(j - i === 1 ? `<${path[i] as string}>` : `${j - i} × <${path[i] as string}>`);
    i = j;
  }
  const shown = runs.length > 8 ? [...runs.slice(0, 4), '…', ...runs.slice(-3)] : runs;
  return createMessage('page-too-deep', `the page nests its elements more than ${MAX_PAGE_DEPTH} deep at line ${line}, column ${offset - lineStart + 1} (${shown.join(' > ')}); it is not extracted`, {
    hint: 'save only the article, or pass --format text to keep the page’s text as it is',
  });
};

/**
 * Capture a document.
 *
 * @example
 * const result = captureSource(readFileSync('page.html'), { fileName: 'page.html' });
 * for (const m of result.messages) console.error(formatMessage(m));
 * if (result.ok) writeFileSync('sources/page.txt', result.value.text);
 */
export const captureSource = (bytes: Uint8Array, options: CaptureOptions = {}): CaptureResult => {
  if (bytes.length > MAX_PAGE_BYTES) {
    return failed([createMessage('page-too-large', `the page is ${bytes.length} bytes; at most ${MAX_PAGE_BYTES} are captured`, { hint: 'save only the article, or split the page' })]);
  }
  const fileName = options.fileName ?? '';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  const format = options.format ?? pageFormat(fileName, head);
  const decoded = format === 'html' ? decodeHtmlPage(bytes, options.encoding) : decodeTextBytes(bytes, options.encoding);
  if (!decoded.ok) return decoded;
  const page = decoded.value;
  const warnings: Message[] = [];
  const warn = (code: 'bytes-replaced' | 'encoding-guessed' | 'page-metadata-skipped' | 'non-content-unnamed', message: string, hint?: string): void => {
    warnings.push(createMessage(code, message, { severity: 'warning', ...(hint !== undefined ? { hint } : {}) }));
  };
  if (page.replaced > 0) {
    warn('bytes-replaced', `${page.replaced} byte sequence${page.replaced === 1 ? '' : 's'} could not be decoded as ${page.encoding} and became U+FFFD`, 'pass --encoding <label> if the page is in another encoding');
  }
  if (page.source === 'fallback') warn('encoding-guessed', `the file is not UTF-8 and declares no encoding; it was read as ${page.encoding}`, 'pass --encoding <label> if that is wrong');

  let assembled: AssembledText;
  let metadata: PageMetadata;
  let fromArticleBody: CapturedSource['fromArticleBody'];
  let tables: readonly TableFileEntry[] = [];
  if (format === 'html') {
    const extracted = extractArticle(page.text);
    if ('tooDeep' in extracted) return failed([tooDeepMessage(page.text, extracted.tooDeep)]);
    const articleBlocks = extracted.blocks.filter((b) => b.article);
    if (extracted.articleWords < MIN_ARTICLE_WORDS || gateWords(articleBlocks) * 2 > extracted.articleWords) {
      return failed([
        createMessage('not-an-article', `not an article: ${notAnArticle(extracted.blocks, extracted.articleWords - gateWords(articleBlocks))}`, {
          hint: 'save the page after the article has loaded (accept or dismiss the cookie banner, sign in), or pass --format text to keep its text as it is',
        }),
      ]);
    }
    const isArticle = (b: (typeof extracted.blocks)[number]): boolean => b.article && !isGate(b) && !isPageContents(b) && !isInlinePromo(b);
    const headline = (extracted.metadata.title ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    const isHeadline = (b: PageBlock): boolean => headline.length > 0 && b.text.replace(/\s+/g, ' ').trim().toLowerCase() === headline;
    const labels = labelLines(extracted.blocks, isArticle, isHeadline);
    const kinds = droppedKinds(extracted.blocks, (b) => isArticle(b) && !labels.has(b));
    // The byline and standfirst under the headline: the one non-content, the other article text, whatever extraction kept.
    const head = headLines(extracted.blocks, (b) => b.article && !labels.has(b), isHeadline, extracted.metadata.description);
    extracted.blocks.forEach((b, i) => {
      const kind = labels.get(b);
      if (kind !== undefined) kinds[i] = kind;
      const line = head.get(b);
      if (line !== undefined) kinds[i] = line === 'byline' ? 'byline' : undefined;
    });
    assembled = assemble(extracted.blocks.map((b, i) => (kinds[i] === undefined ? b : { ...b, dropped: kinds[i] })));
    if (assembled.place !== undefined) tables = pageTables(extracted.tables, assembled.text, assembled.place);
    fromArticleBody = extracted.fromArticleBody;
    metadata = extracted.metadata.author === undefined && extracted.byline !== undefined ? { ...extracted.metadata, author: extracted.byline.replace(/^by\s+/i, '') } : extracted.metadata;
  } else if (format === 'markdown') {
    const md = markdownPage(page.text);
    assembled = assemble(md.blocks);
    metadata = md.metadata;
  } else {
    const text = normalizeText(page.text);
    // Plain text is kept as it is; its first lines may still say what it is (a press release's issuer, date line and headline).
    const paragraphs = textParagraphs(text);
    const { furniture, ...head } = documentHead(paragraphs);
    assembled = { text, ranges: furniture.map((i) => ({ start: paragraphs[i]?.start ?? 0, end: paragraphs[i]?.end ?? 0, kind: 'boilerplate' as const })) };
    metadata = { ...head, warnings: [] };
  }
  for (const w of metadata.warnings) warn('page-metadata-skipped', w);
  const { text } = assembled;
  const words = countWords(text);
  if (words === 0) return failed([...warnings, createMessage('page-empty', 'the file has no text', { hint: 'check that this is the file you meant' })]);

  const named = nonContentEntries(prepareText(text), assembled.ranges);
  if (named.unnamed > 0) {
    // Which words, so a person can tell a repeated "Share" link from a lost paragraph.
    const counts = new Map<string, number>();
    for (const r of named.unnamedRanges) {
      const words = snippet(text.slice(r.start, r.end), 40);
      counts.set(words, (counts.get(words) ?? 0) + 1);
    }
    const shown = [...counts.entries()].slice(0, 3).map(([words, n]) => `"${words}"${n > 1 ? ` ×${n}` : ''}`);
    warn(
      'non-content-unnamed',
      `${named.unnamed} dropped block${named.unnamed === 1 ? '' : 's'} could not be named uniquely and ${named.unnamed === 1 ? 'is' : 'are'} not listed as non-content: ${shown.join(', ')}${counts.size > 3 ? ', …' : ''}`,
      'their words stay in the article text; add nonContent entries with a prefix by hand if they matter',
    );
  }
  const droppedWords = assembled.ranges.reduce((n, r) => n + countWords(text.slice(r.start, r.end)), 0);
  return ok(
    {
      format,
      text,
      contentHash: contentHash(text),
      metadata,
      nonContent: named.entries,
      ...(tables.length > 0 ? { tables } : {}),
      encoding: { encoding: page.encoding, source: page.source, replaced: page.replaced },
      words,
      articleWords: words - droppedWords,
      ...(fromArticleBody !== undefined ? { fromArticleBody } : {}),
    },
    warnings,
  );
};

