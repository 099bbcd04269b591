/**
 * The claim folder's file formats, as authors write them (quotes, not
 * offsets; values as words). These schemas are the source of the JSON Schema
 * in docs/schema/ and are validated before anything is anchored or
 * normalized. Unknown keys are errors, so typos do not pass silently.
 *
 * Every field carries a description (the JSON Schema shows it in editors).
 * Where the loader refines a schema (a range is a `quote` or `from` + `to`; a
 * claim has a `quote` or `evidence`, not both), the same rule is written for
 * JSON Schema as `oneOf` / `anyOf` metadata beside the refinement, so the
 * schema refuses what the loader refuses (test/claims/schema-agreement.test.ts).
 */
import { z } from 'zod';
import { ClaimIdSchema, PredicateIdSchema, SourceIdSchema } from '../model/ids.js';
import { PredicateSchema } from '../model/predicate.js';
import { AliasEntrySchema } from '../model/entity.js';
import { NonContentKindSchema } from '../model/source.js';
import { HedgeSchema, PolaritySchema } from '../model/claim.js';
import { ValueSchema, valueKinds } from '../values/registry.js';
import { DateShorthandSchema } from '../values/kinds/date.js';
import { IsoDayOrTimeSchema, IsoDaySchema, IsoMinuteSchema } from '../model/iso-date.js';

const text = z.string().min(1, { error: 'must not be empty' });
/** A name (a subject, a speaker, an outlet): not empty, and not only spaces. */
const name = text.regex(/\S/u, { error: 'must not be only spaces' });

// ---------------------------------------------------------------- predicates

/** A unit in a `units:` table: words, not a number and not only spaces. */
const unitWords = name.regex(/^[^\d%]*$/u, { error: 'a unit is words, without digits or "%"' });

export const PredicatesFileSchema = z.strictObject({
  predicates: z.array(PredicateSchema.strict()).describe('The predicates claims may use, one entry each.'),
  units: z
    // the keys are checked with the table (createUnitTable), where a bad one is placed at its key
    .record(z.string(), unitWords)
    .optional()
    .describe(
      'Unit synonyms added to the built-in ones: each key is a unit as sources write it, its value the unit it means ("container ships: ships"). Quantities are compared by the unit they mean.',
    ),
});
export type PredicatesFile = z.infer<typeof PredicatesFileSchema>;

// ---------------------------------------------------------------- entities

export const EntitiesFileSchema = z.strictObject({
  entities: z.array(AliasEntrySchema.strict()).describe('The entities the corpus knows and the names they go by, one entry each.'),
});
export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;

// ---------------------------------------------------------------- sources

/**
 * A range of a source named by its words: one `quote`, or `from` … `to`
 * (from the start of `from` to the end of the first `to` after it).
 * `prefix` / `suffix` pick an occurrence of `quote` or `from` when it is not unique.
 */
const rangeRefShape = {
  quote: text.optional().describe('The exact words of the range (or give `from` and `to`).'),
  from: text.optional().describe('The exact words the range starts with (with `to`).'),
  to: text.optional().describe('The exact words the range ends with: the first occurrence after `from`.'),
  prefix: z.string().optional().describe('Words just before `quote` (or `from`), to pick one occurrence when it is not unique.'),
  suffix: z.string().optional().describe('Words just after `quote` (or `from`), to pick one occurrence when it is not unique.'),
};
const rangeRefRefinement = (r: { quote?: string | undefined; from?: string | undefined; to?: string | undefined }) =>
  (r.quote !== undefined) !== (r.from !== undefined && r.to !== undefined) &&
  !(r.quote !== undefined && (r.from !== undefined || r.to !== undefined)) &&
  !((r.from === undefined) !== (r.to === undefined));
const rangeRefError = { error: 'name the range by `quote`, or by both `from` and `to`' };
/** The same rule for JSON Schema: exactly one of the two forms. */
const rangeRefForms = {
  oneOf: [
    { required: ['quote'], not: { anyOf: [{ required: ['from'] }, { required: ['to'] }] } },
    { required: ['from', 'to'], not: { required: ['quote'] } },
  ],
};

export const NonContentFileEntrySchema = z
  .strictObject({
    ...rangeRefShape,
    kind: NonContentKindSchema.describe('What the text is: cookie-banner, login-prompt, loading-indicator, navigation, related-links, page-chrome, boilerplate or other.'),
    language: z.string().optional().describe('BCP 47 tag of the range when it differs from the source’s.'),
    note: z.string().optional().describe('A note for people.'),
  })
  .refine(rangeRefRefinement, rangeRefError)
  .meta({ description: 'Text on the page that is not the source’s content; quotes never anchor inside it.', ...rangeRefForms });
export type NonContentFileEntry = z.infer<typeof NonContentFileEntrySchema>;

export const AiSectionFileEntrySchema = z
  .strictObject({
    ...rangeRefShape,
    label: z.string().optional().describe('The page’s own label for the section, e.g. "An Ruwaito ta hanyar AI".'),
    language: z.string().optional().describe('BCP 47 tag of the section when it differs from the source’s.'),
    note: z.string().optional().describe('A note for people: why the section is judged machine-written.'),
  })
  .refine(rangeRefRefinement, rangeRefError)
  .meta({ description: 'A section of the page written by a machine, as the page labels it.', ...rangeRefForms });
export type AiSectionFileEntry = z.infer<typeof AiSectionFileEntrySchema>;

export const SourceRelationFileEntrySchema = z
  .strictObject({
    source: SourceIdSchema.optional().describe('The id of a source of this corpus.'),
    outside: text.optional().describe('An outside report or outlet, by name ("South China Morning Post").'),
    url: z.string().optional().describe('The address of the outside report, when known (an absolute http(s) URL).'),
    quote: text.optional().describe('The exact words of this source that state the relation ("As reported by …").'),
    prefix: z.string().optional().describe('Words just before `quote`, to pick one occurrence.'),
    suffix: z.string().optional().describe('Words just after `quote`, to pick one occurrence.'),
    note: z.string().optional().describe('A note for people.'),
  })
  .refine((r) => r.source !== undefined || r.outside !== undefined, {
    error: 'a relation names a corpus `source` or an `outside` report',
  })
  .meta({ anyOf: [{ required: ['source'] }, { required: ['outside'] }] });
export type SourceRelationFileEntry = z.infer<typeof SourceRelationFileEntrySchema>;

export const PublishedAtFileSchema = z.union([
  z.literal('unknown'),
  z.strictObject({ date: IsoDaySchema.describe('The publication day, YYYY-MM-DD.') }),
  z.strictObject({ datetime: IsoMinuteSchema.describe('The publication time as the page gives it, YYYY-MM-DDThh:mm with an optional offset (Z, +01:00).') }),
]);
export type PublishedAtFile = z.infer<typeof PublishedAtFileSchema>;

const offset = z.number().int().nonnegative();

export const TableFileEntrySchema = z
  .strictObject({
    at: z.tuple([offset, offset]).describe('Where the table’s words start and end in the text: offsets in UTF-16 code units, the end exclusive.'),
    hash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, { error: 'expected sha256:<64 lower-case hex digits>' })
      .describe('sha256 of the table’s words (`at`): a table whose words changed since capture is not used.'),
    caption: z.string().optional().describe('The table’s `<caption>`.'),
    columns: z.array(z.array(z.string())).describe('Each column’s header words, outermost first (a header spanning columns, then the column’s own); empty when the column has none.'),
    rows: z
      .array(
        z.strictObject({
          header: z.array(z.string()).optional().describe('The row’s header words, outermost first (a `<th>`, or the row’s name in its first cell).'),
          cells: z
            .array(z.tuple([offset, offset, offset]))
            .describe('The row’s data cells, each as [column, start, end]: its column (an index into `columns`) and its words’ offsets in the text.'),
        }),
      )
      .describe('The table’s data rows.'),
    cellsLeftOut: offset.optional().describe('Cells of the page’s tables past the recorded rows and columns (a very large table): not recorded.'),
  })
  .meta({ description: 'A data table of the page, as captured: its headers and where each cell’s words stand, for `suggest`.' });
export type TableFileEntry = z.infer<typeof TableFileEntrySchema>;

export const SourceFileSchema = z.strictObject({
  id: SourceIdSchema.describe('The source id claims and findings use.'),
  /** The text file, relative to this metadata file; must stay inside the claims folder. */
  text: text.describe('The captured text file, relative to this file; it must stay inside the claims folder.'),
  title: z.string().optional().describe('The headline of the page.'),
  publisher: z.string().optional().describe('Who publishes the page (an organisation); list it in entities.yaml to type it in the exports.'),
  author: z.string().optional().describe('Who wrote the page, as it names them (a byline, `<meta name="author">`, JSON-LD `author`).'),
  url: z.string().optional().describe('The address of the page (an absolute http(s) URL): the exports point at it.'),
  language: z.string().optional().describe('BCP 47 tag of the content language.'),
  chromeLanguage: z.string().optional().describe('BCP 47 tag of the page chrome (menus, banners) when it differs.'),
  publishedAt: PublishedAtFileSchema.describe('When the page was published, as precisely as it says: `unknown`, `{ date }` or `{ datetime }`; relative dates in claims are read against it.'),
  retrievedAt: IsoDayOrTimeSchema.optional().describe('When the text was captured, ISO 8601 (2026-01-15, 2026-01-15T09:30 or 2026-01-15T09:30:00Z, with an optional offset).'),
  contentHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, { error: 'expected sha256:<64 lower-case hex digits>' })
    .optional()
    .describe('sha256 of the normalized text; a changed text is reported (and its quotes re-anchored).'),
  aiGenerated: z
    .strictObject({
      whole: z.boolean().optional().describe('The page labels its whole text as machine-generated.'),
      sections: z.array(AiSectionFileEntrySchema).optional().describe('The sections the page labels as machine-generated.'),
    })
    .optional()
    .describe('What of the text a machine wrote, as the page labels it.'),
  cites: z.array(SourceRelationFileEntrySchema).optional().describe('Reports the page relays ("as reported by …").'),
  derivedFrom: z.array(SourceRelationFileEntrySchema).optional().describe('Sources the page copies or rewrites.'),
  nonContent: z.array(NonContentFileEntrySchema).optional().describe('Text that is on the page but is not its content.'),
  tables: z.array(TableFileEntrySchema).optional().describe('The page’s data tables, written by `claimtrace add`: headers and cell offsets, from which `suggest` proposes a claim per cell.'),
  note: z.string().optional().describe('A note for people.'),
});
export type SourceFile = z.infer<typeof SourceFileSchema>;

// ---------------------------------------------------------------- values

/** A value as a claim file may write it: a shorthand of a value kind, or the normalized form. */
export const ValueFileSchema = valueKinds.writtenSchema;

// ---------------------------------------------------------------- claims

export const EvidenceFileEntrySchema = z.strictObject({
  quote: text.describe('The exact words of the source that support the claim.'),
  source: SourceIdSchema.optional().describe('The source of the quote (default: the file’s `source`).'),
  prefix: z.string().optional().describe('Words just before the quote, to pick one occurrence.'),
  suffix: z.string().optional().describe('Words just after the quote, to pick one occurrence.'),
  /** A recorded position, used as a hint to pick among occurrences and to re-anchor. */
  start: z.number().int().nonnegative().optional().describe('A recorded start offset (UTF-16 code units), a hint to pick among occurrences and to re-anchor.'),
  end: z.number().int().nonnegative().optional().describe('A recorded end offset (exclusive).'),
});
export type EvidenceFileEntry = z.infer<typeof EvidenceFileEntrySchema>;

export const TimeQualifierFileSchema = z.union([DateShorthandSchema, ValueSchema]);

export const ClaimFileEntrySchema = z.strictObject({
  id: ClaimIdSchema.describe('The claim id, unique in the corpus.'),
  subject: name.describe('What the claim is about, by name; resolved through the alias tables.'),
  predicate: PredicateIdSchema.describe('What it says about the subject: a predicate of predicates.yaml.'),
  value: z.unknown().describe('The value, in words (a shorthand of its predicate’s value kind) or in normalized form.'),
  quote: text.optional().describe('The exact words of the file’s source that support the claim (or give `evidence`).'),
  prefix: z.string().optional().describe('Words just before `quote`, to pick one occurrence when it is not unique.'),
  suffix: z.string().optional().describe('Words just after `quote`, to pick one occurrence when it is not unique.'),
  evidence: z.array(EvidenceFileEntrySchema).min(1).optional().describe('The quotes that support the claim, each with its source (instead of `quote`).'),
  attribution: z
    .strictObject({
      speaker: name.optional().describe('Who the source says asserts it (a person, a body); list it in entities.yaml to type it.'),
      role: z.string().optional().describe('The speaker’s role, as the source gives it.'),
      outlet: name.optional().describe('The outlet the source relays it from ("according to Politico").'),
    })
    .refine((a) => a.speaker !== undefined || a.outlet !== undefined, {
      error: 'an attribution names a `speaker` or an `outlet`',
    })
    .meta({ anyOf: [{ required: ['speaker'] }, { required: ['outlet'] }] })
    .optional()
    .describe('Who the source says makes the claim.'),
  hedge: HedgeSchema.optional().describe('How firmly the source states it: asserted (default), reported, expected, hedged or claimed.'),
  polarity: PolaritySchema.optional().describe('affirmative (default), or negative when the source denies it.'),
  qualifiers: z
    .strictObject({
      time: z.unknown().optional().describe('When the claim holds: a date in words or a value.'),
      place: z.string().optional().describe('Where the claim holds.'),
      context: z.string().optional().describe('Any other condition the claim holds under.'),
    })
    .optional()
    .describe('Conditions the claim holds under.'),
  note: z.string().optional().describe('A note for people.'),
});
export type ClaimFileEntry = z.infer<typeof ClaimFileEntrySchema>;

/** The JSON-Schema view of a claim entry, with `value` and `time` typed. */
export const ClaimFileEntryDocSchema = ClaimFileEntrySchema.extend({
  value: ValueFileSchema.describe('The value, in words (a shorthand of its predicate’s value kind) or in normalized form.'),
  qualifiers: z
    .strictObject({
      time: TimeQualifierFileSchema.optional().describe('When the claim holds: a date in words or a value.'),
      place: z.string().optional().describe('Where the claim holds.'),
      context: z.string().optional().describe('Any other condition the claim holds under.'),
    })
    .optional()
    .describe('Conditions the claim holds under.'),
}).meta({
  description: 'One claim: one atomic assertion with the words that support it.',
  // The loader's rule: a `quote` or an `evidence` list, never both, never neither.
  oneOf: [{ required: ['quote'] }, { required: ['evidence'] }],
});

export const ClaimFileSchema = z.strictObject({
  /** Default source of every quote in the file. */
  source: SourceIdSchema.optional().describe('The source of every quote in the file that does not name its own.'),
  claims: z.array(z.unknown()).describe('The claims, one entry each.'),
});
export type ClaimFile = z.infer<typeof ClaimFileSchema>;

/** The JSON-Schema view of a claim file (entries fully typed). */
export const ClaimFileDocSchema = ClaimFileSchema.extend({
  claims: z.array(ClaimFileEntryDocSchema).describe('The claims, one entry each.'),
}).meta({
  // The loader's rule: a quote needs a source — the file's, or its evidence entry's.
  if: { not: { required: ['source'] } },
  then: { properties: { claims: { items: { required: ['evidence'], properties: { evidence: { items: { required: ['source'] } } } } } } },
});
