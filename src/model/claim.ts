/**
 * Claims: one atomic assertion a source makes, with the exact words that
 * support it.
 */
import { z } from 'zod';
import { ClaimIdSchema, PredicateIdSchema } from './ids.js';
import { SpanSchema } from './span.js';
import { DateValueSchema, EntityRefSchema, PartialDateValueSchema, ValueSchema, WeekdayValueSchema } from './value.js';

export const QualifiersSchema = z.object({
  /** When the claim holds or the event happened: a value of a date kind (a date, a weekday, a date without a year). */
  time: z.union([DateValueSchema, WeekdayValueSchema, PartialDateValueSchema]).optional(),
  /** Where (a place name). */
  place: z.string().optional(),
  /** Any other scope, in words ("at the APEC summit"). */
  context: z.string().optional(),
});
export type Qualifiers = z.infer<typeof QualifiersSchema>;

/**
 * Who the source says asserts the claim: a named `speaker` ("Guo Jiakun"),
 * and/or an `outlet` the source relays it from ("politico.com"). Absent when
 * the source asserts it in its own voice.
 */
export const AttributionSchema = z
  .object({
    speaker: z.string().min(1).optional(),
    role: z.string().optional(),
    outlet: z.string().min(1).optional(),
  })
  .refine((a) => a.speaker !== undefined || a.outlet !== undefined, {
    error: 'an attribution names a `speaker` or an `outlet`',
  });
export type Attribution = z.infer<typeof AttributionSchema>;

/**
 * How firmly the source states the claim: `asserted` (plain statement),
 * `reported` ("reportedly", "according to media reports"), `expected`
 * ("are expected to", "set to"), `hedged` ("may", "could"), `claimed`
 * (the source distances itself: "what it claims").
 */
export const HedgeSchema = z.enum(['asserted', 'reported', 'expected', 'hedged', 'claimed']);
export type Hedge = z.infer<typeof HedgeSchema>;

export const PolaritySchema = z.enum(['affirmative', 'negative']);
export type Polarity = z.infer<typeof PolaritySchema>;

export const ClaimSchema = z.object({
  id: ClaimIdSchema,
  subject: EntityRefSchema,
  predicate: PredicateIdSchema,
  value: ValueSchema,
  qualifiers: QualifiersSchema.optional(),
  attribution: AttributionSchema.optional(),
  polarity: PolaritySchema,
  hedge: HedgeSchema,
  evidence: z.array(SpanSchema).min(1, { error: 'a claim needs at least one evidence span' }),
  note: z.string().optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;
