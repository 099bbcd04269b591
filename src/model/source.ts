/**
 * Sources: captured texts with the metadata a fact-checker needs to weigh
 * them. The text itself is held separately (see `SourceDocument`).
 */
import { z } from 'zod';
import { SourceIdSchema } from './ids.js';
import { SpanSchema, TextRangeSchema } from './span.js';
import { IsoDayOrTimeSchema, IsoDaySchema, IsoMinuteSchema } from './iso-date.js';

/**
 * When the source was published, with the precision it states. `unknown`
 * means the text states no date: never invent one.
 * `value` is an ISO 8601 date (`2025-12-24`) for day precision, or a local
 * date-time (`2025-12-12T19:45`) for minute precision, optionally with an
 * offset when the page gives one.
 */
export const PublishedAtSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('unknown') }),
  z.object({
    precision: z.literal('day'),
    value: IsoDaySchema,
  }),
  z.object({
    precision: z.literal('minute'),
    value: IsoMinuteSchema,
  }),
]);
export type PublishedAt = z.infer<typeof PublishedAtSchema>;

/** Kinds of text that are on the page but are not the source's content. */
export const NonContentKindSchema = z.enum([
  'cookie-banner',
  'login-prompt',
  'loading-indicator',
  'navigation',
  'related-links',
  'page-chrome',
  /** A byline or dateline at the head of the article ("By Jane Doe, Reuters · 3 December 2026"). */
  'byline',
  'boilerplate',
  'other',
]);
export type NonContentKind = z.infer<typeof NonContentKindSchema>;

export const NonContentRangeSchema = z.object({
  range: TextRangeSchema,
  kind: NonContentKindSchema,
  /** BCP 47 language tag of the range when it differs from the source's. */
  language: z.string().optional(),
  note: z.string().optional(),
});
export type NonContentRange = z.infer<typeof NonContentRangeSchema>;

/** A part of the source written by a machine, as the page labels it. */
export const AiRangeSchema = z.object({
  range: TextRangeSchema,
  /** The page's own label, e.g. "An Ruwaito ta hanyar AI" ("reported by AI"). */
  label: z.string().optional(),
  language: z.string().optional(),
  note: z.string().optional(),
});
export type AiRange = z.infer<typeof AiRangeSchema>;

export const AiGeneratedSchema = z.object({
  /** The whole text is machine-generated. */
  whole: z.boolean(),
  ranges: z.array(AiRangeSchema),
});
export type AiGenerated = z.infer<typeof AiGeneratedSchema>;

/**
 * A declared dependence: the source derives from or cites another source of
 * the corpus (`source`) or an outside report (`outside`, e.g. "politico.com"),
 * with the span that says so.
 */
export const SourceRelationSchema = z
  .object({
    source: SourceIdSchema.optional(),
    outside: z.string().min(1).optional(),
    url: z.string().optional(),
    evidence: SpanSchema.optional(),
  })
  .refine((r) => r.source !== undefined || r.outside !== undefined, {
    error: 'a relation names a corpus `source` or an `outside` report',
  });
export type SourceRelation = z.infer<typeof SourceRelationSchema>;

/** A data cell of a table: its column and its words' range. */
export const SourceTableCellSchema = z.object({
  column: z.number().int().nonnegative(),
  range: TextRangeSchema,
});
export type SourceTableCell = z.infer<typeof SourceTableCellSchema>;

/** A data table of the page, as captured: its caption, each column's header words, each row's header words and data cells. */
export const SourceTableSchema = z.object({
  range: TextRangeSchema,
  caption: z.string().optional(),
  columns: z.array(z.array(z.string())),
  rows: z.array(z.object({ header: z.array(z.string()), cells: z.array(SourceTableCellSchema) })),
  /** Cells past the recorded rows and columns (a very large table). */
  cellsLeftOut: z.number().int().nonnegative(),
});
export type SourceTable = z.infer<typeof SourceTableSchema>;

export const SourceSchema = z.object({
  id: SourceIdSchema,
  title: z.string().optional(),
  publisher: z.string().optional(),
  /** Who wrote it, as the page names them (a byline, `<meta name="author">`, JSON-LD `author`). */
  author: z.string().optional(),
  url: z.string().optional(),
  /** BCP 47 tag of the content language. */
  language: z.string().optional(),
  /** BCP 47 tag of the page chrome (menus, banners) when it differs. */
  chromeLanguage: z.string().optional(),
  publishedAt: PublishedAtSchema,
  retrievedAt: IsoDayOrTimeSchema.optional(),
  /** `sha256:` + hex digest of the normalized text (see ingest). */
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'expected sha256:<64 hex digits>' }),
  aiGenerated: AiGeneratedSchema,
  derivedFrom: z.array(SourceRelationSchema),
  cites: z.array(SourceRelationSchema),
  nonContent: z.array(NonContentRangeSchema),
  /** The page's data tables, when its capture recorded them and its text has not changed since. */
  tables: z.array(SourceTableSchema).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A source together with its normalized text. */
export const SourceDocumentSchema = z.object({
  source: SourceSchema,
  text: z.string(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
