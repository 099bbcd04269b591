/**
 * The metadata file of a captured source (`sources/<id>.yaml`): what the
 * page states, with the overrides a person gave, the content hash and when
 * it was captured, and a comment saying where each value came from, so a
 * person can check it. The loader reads it back exactly (a test loads every
 * file `add` writes).
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { PublishedAtFile, SourceFile, TableFileEntry } from '../claims/file-schemas.js';
import type { CapturedSource } from './capture-source.js';

export interface SourceFileInput {
  readonly id: string;
  /** The text file's name, relative to the metadata file. */
  readonly textFile: string;
  /** When the page was captured (ISO 8601). */
  readonly retrievedAt: string;
  /** The file it was captured from, as the user named it ("-" for standard input). */
  readonly from: string;
  /** The original kept beside the text (`--keep-original`), relative to the metadata file. */
  readonly original?: string;
  readonly url?: string;
  readonly title?: string;
  readonly publisher?: string;
  /** `unknown` or a date; overrides what the page states. */
  readonly publishedAt?: PublishedAtFile;
}

/** The source file's fields, in the order a person reads them. */
export const sourceFileFields = (capture: CapturedSource, input: SourceFileInput): SourceFile => {
  const m = capture.metadata;
  const title = input.title ?? m.title;
  const publisher = input.publisher ?? m.publisher;
  const url = input.url ?? m.url;
  return {
    id: input.id,
    text: input.textFile,
    ...(title !== undefined ? { title } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(m.author !== undefined ? { author: m.author } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(m.language !== undefined ? { language: m.language } : {}),
    publishedAt: input.publishedAt ?? m.publishedAt ?? 'unknown',
    retrievedAt: input.retrievedAt,
    contentHash: capture.contentHash,
    ...(capture.nonContent.length > 0 ? { nonContent: [...capture.nonContent] } : {}),
    ...(capture.tables !== undefined && capture.tables.length > 0 ? { tables: structuredClone([...capture.tables]) } : {}),
  } as SourceFile;
};

const describeDate = (capture: CapturedSource, input: SourceFileInput): string => {
  if (input.publishedAt !== undefined) return 'publishedAt: given with --published';
  if (capture.metadata.publishedFrom !== undefined) return `publishedAt: from ${capture.metadata.publishedFrom}`;
  return 'publishedAt: unknown (the page states no publication date)';
};

/**
 * The YAML text of the source file.
 *
 * @example
 * renderSourceFile(capture, { id: 'harbour', textFile: 'harbour.txt', retrievedAt: '2026-03-05T10:00Z', from: 'harbour.html' })
 */
export const renderSourceFile = (capture: CapturedSource, input: SourceFileInput): string => {
  const fields = sourceFileFields(capture, input);
  const doc = new Document(fields);
  const format = { html: 'a saved web page (HTML)', markdown: 'Markdown', text: 'plain text' }[capture.format];
  const lines = [
    ` Captured by \`claimtrace add\` from ${input.from}: ${format}, read as ${capture.encoding.encoding}${capture.encoding.source === 'declared' ? ' as the page declares' : ''}.`,
    ...(input.original !== undefined ? [` The original is kept beside the text: ${input.original}`] : []),
    ...(capture.metadata.titleFrom !== undefined && input.title === undefined ? [` title: ${capture.metadata.titleFrom}.`] : []),
    ...(capture.metadata.publisherFrom !== undefined && input.publisher === undefined ? [` publisher: ${capture.metadata.publisherFrom}; check it.`] : []),
    ` ${describeDate(capture, input)}`,
    ` ${capture.words} words, ${capture.articleWords} of them article text.`,
    ...(capture.fromArticleBody !== undefined
      ? [` The article is the page's JSON-LD articleBody (${capture.fromArticleBody.bodyWords} words); the page itself showed ${capture.fromArticleBody.visibleWords} words of article text (a teaser).`]
      : []),
    ...(capture.nonContent.length > 0 ? [' nonContent: what article extraction dropped (navigation, banners, related links); check it.'] : []),
    ...(capture.tables !== undefined && capture.tables.length > 0 ? [' tables: the page\'s data tables (headers, and each cell as [column, start, end] offsets in the text), for claimtrace suggest.'] : []),
    ' Values are what the page states; correct them if the page is wrong about itself.',
  ];
  doc.commentBefore = lines.join('\n');
  if (isMap(doc.contents)) {
    const nonContent = doc.contents.get('nonContent', true);
    if (nonContent !== undefined && typeof nonContent === 'object' && nonContent !== null) {
      (nonContent as { flow?: boolean }).flow = false;
    }
    flowTables(doc.contents.get('tables', true));
  }
  return toYaml(doc);
};

/** A table's offsets, headers and cells one line each. */
const flowTables = (tables: unknown): void => {
  if (!isSeq(tables)) return;
  for (const table of tables.items) {
    if (!isMap(table)) continue;
    for (const key of ['at', 'columns']) {
      const node = table.get(key, true);
      if (isSeq(node)) for (const item of key === 'at' ? [node] : node.items) if (isSeq(item)) item.flow = true;
    }
    const rows = table.get('rows', true);
    if (isSeq(rows)) {
      for (const row of rows.items) {
        if (!isMap(row)) continue;
        for (const key of ['header', 'cells']) {
          const node = row.get(key, true);
          if (isSeq(node)) node.flow = true;
        }
      }
    }
  }
};

const toYaml = (doc: Document): string => {
  // Words spanning lines read better, and survive editors, as one double-quoted line.
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\n')) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', doubleQuotedAsJSON: true });
};

/**
 * The `tables:` entry of a source file as `add` writes it (`tables:` and its
 * block, ending in a line break), for `update-source` to put in place of the
 * old one.
 */
export const renderTablesEntry = (tables: readonly TableFileEntry[]): string => {
  const doc = new Document({ tables: structuredClone([...tables]) });
  if (isMap(doc.contents)) flowTables(doc.contents.get('tables', true));
  return toYaml(doc);
};
