/**
 * Predicates: the vocabulary claims use. Cardinality drives reconciliation:
 * a `functional` predicate has one true value per subject (like Wikidata's
 * single-value constraint), so two incompatible values conflict; a
 * `multi` predicate may hold several values at once. A quantity predicate
 * may declare that it is the sum of others (`sumOf`).
 */
import { z } from 'zod';
import { PredicateIdSchema } from './ids.js';
import { ValueKindSchema } from './value.js';

export const CardinalitySchema = z.enum(['functional', 'multi']);
export type Cardinality = z.infer<typeof CardinalitySchema>;

export const PredicateSchema = z.object({
  id: PredicateIdSchema.describe('The predicate id claims use (`predicate: founding-members`).'),
  valueType: ValueKindSchema.describe('The kind of value its claims take: entity, entity-set, quantity, date, weekday, boolean or text.'),
  cardinality: CardinalitySchema.describe('functional: one true value per subject (two incompatible values conflict); multi: several values can hold at once.'),
  description: z.string().min(1, { error: 'describe what the predicate means' }).describe('What the predicate means, in a sentence.'),
  /** A short human label, e.g. "founding members". */
  label: z.string().optional().describe('A short label for reports, e.g. "founding members".'),
  /**
   * For a quantity predicate that is a total: the predicates whose values add
   * up to it (`amount` = `loan-amount` + `private-capital`). The
   * `sum-constraint` rule reports components and totals that cannot add up.
   */
  sumOf: z
    .array(PredicateIdSchema)
    .min(1, { error: 'name the predicates that add up to this one' })
    .optional()
    .describe('For a quantity predicate that is a total: the quantity predicates whose values add up to it (`amount` = `loan-amount` + `private-capital`); the sum-constraint rule reports components and totals that cannot add up.'),
});
export type Predicate = z.infer<typeof PredicateSchema>;
