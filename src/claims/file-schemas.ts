/**
 * The claim folder's file formats, as authors write them (quotes, not
 * offsets; values as words). These schemas are the source of the JSON Schema
 * in docs/schema/ and are validated before anything is anchored or
 * normalized. Unknown keys are errors, so typos do not pass silently.
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

// ---------------------------------------------------------------- predicates

export const PredicatesFileSchema = z.strictObject({
  predicates: z.array(PredicateSchema.strict()),
});
export type PredicatesFile = z.infer<typeof PredicatesFileSchema>;

// ---------------------------------------------------------------- entities

export const EntitiesFileSchema = z.strictObject({
  entities: z.array(AliasEntrySchema.strict()),
});
export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;

// ---------------------------------------------------------------- sources

/**
 * A range of a source named by its words: one `quote`, or `from` … `to`
 * (from the start of `from` to the end of the first `to` after it).
 * `prefix` / `suffix` pick an occurrence of `quote` or `from` when it is not unique.
 */
const rangeRefShape = {
  quote: text.optional(),
  from: text.optional(),
  to: text.optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
};
const rangeRefRefinement = (r: { quote?: string | undefined; from?: string | undefined; to?: string | undefined }) =>
  (r.quote !== undefined) !== (r.from !== undefined && r.to !== undefined) &&
  !(r.quote !== undefined && (r.from !== undefined || r.to !== undefined)) &&
  !((r.from === undefined) !== (r.to === undefined));
const rangeRefError = { error: 'name the range by `quote`, or by both `from` and `to`' };

export const NonContentFileEntrySchema = z
  .strictObject({
    ...rangeRefShape,
    kind: NonContentKindSchema,
    language: z.string().optional(),
    note: z.string().optional(),
  })
  .refine(rangeRefRefinement, rangeRefError);
export type NonContentFileEntry = z.infer<typeof NonContentFileEntrySchema>;

export const AiSectionFileEntrySchema = z
  .strictObject({
    ...rangeRefShape,
    label: z.string().optional(),
    language: z.string().optional(),
    note: z.string().optional(),
  })
  .refine(rangeRefRefinement, rangeRefError);
export type AiSectionFileEntry = z.infer<typeof AiSectionFileEntrySchema>;

export const SourceRelationFileEntrySchema = z
  .strictObject({
    source: SourceIdSchema.optional(),
    outside: text.optional(),
    url: z.string().optional(),
    quote: text.optional(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((r) => r.source !== undefined || r.outside !== undefined, {
    error: 'a relation names a corpus `source` or an `outside` report',
  });
export type SourceRelationFileEntry = z.infer<typeof SourceRelationFileEntrySchema>;

export const PublishedAtFileSchema = z.union([
  z.literal('unknown'),
  z.strictObject({ date: IsoDaySchema }),
  z.strictObject({ datetime: IsoMinuteSchema }),
]);
export type PublishedAtFile = z.infer<typeof PublishedAtFileSchema>;

export const SourceFileSchema = z.strictObject({
  id: SourceIdSchema,
  /** The text file, relative to this metadata file; must stay inside the claims folder. */
  text: text,
  title: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  chromeLanguage: z.string().optional(),
  publishedAt: PublishedAtFileSchema,
  retrievedAt: IsoDayOrTimeSchema.optional(),
  contentHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, { error: 'expected sha256:<64 lower-case hex digits>' })
    .optional(),
  aiGenerated: z
    .strictObject({
      whole: z.boolean().optional(),
      sections: z.array(AiSectionFileEntrySchema).optional(),
    })
    .optional(),
  cites: z.array(SourceRelationFileEntrySchema).optional(),
  derivedFrom: z.array(SourceRelationFileEntrySchema).optional(),
  nonContent: z.array(NonContentFileEntrySchema).optional(),
  note: z.string().optional(),
});
export type SourceFile = z.infer<typeof SourceFileSchema>;

// ---------------------------------------------------------------- values

/** A value as a claim file may write it: a shorthand of a value kind, or the normalized form. */
export const ValueFileSchema = valueKinds.writtenSchema;

// ---------------------------------------------------------------- claims

export const EvidenceFileEntrySchema = z.strictObject({
  quote: text,
  source: SourceIdSchema.optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  /** A recorded position, used as a hint to pick among occurrences and to re-anchor. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type EvidenceFileEntry = z.infer<typeof EvidenceFileEntrySchema>;

export const TimeQualifierFileSchema = z.union([DateShorthandSchema, ValueSchema]);

export const ClaimFileEntrySchema = z.strictObject({
  id: ClaimIdSchema,
  subject: text,
  predicate: PredicateIdSchema,
  value: z.unknown(),
  quote: text.optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  evidence: z.array(EvidenceFileEntrySchema).min(1).optional(),
  attribution: z
    .strictObject({
      speaker: text.optional(),
      role: z.string().optional(),
      outlet: text.optional(),
    })
    .refine((a) => a.speaker !== undefined || a.outlet !== undefined, {
      error: 'an attribution names a `speaker` or an `outlet`',
    })
    .optional(),
  hedge: HedgeSchema.optional(),
  polarity: PolaritySchema.optional(),
  qualifiers: z
    .strictObject({
      time: z.unknown().optional(),
      place: z.string().optional(),
      context: z.string().optional(),
    })
    .optional(),
  note: z.string().optional(),
});
export type ClaimFileEntry = z.infer<typeof ClaimFileEntrySchema>;

/** The JSON-Schema view of a claim entry, with `value` and `time` typed. */
export const ClaimFileEntryDocSchema = ClaimFileEntrySchema.extend({
  value: ValueFileSchema,
  qualifiers: z
    .strictObject({
      time: TimeQualifierFileSchema.optional(),
      place: z.string().optional(),
      context: z.string().optional(),
    })
    .optional(),
});

export const ClaimFileSchema = z.strictObject({
  /** Default source of every quote in the file. */
  source: SourceIdSchema.optional(),
  claims: z.array(z.unknown()),
});
export type ClaimFile = z.infer<typeof ClaimFileSchema>;

/** The JSON-Schema view of a claim file (entries fully typed). */
export const ClaimFileDocSchema = ClaimFileSchema.extend({
  claims: z.array(ClaimFileEntryDocSchema),
});
