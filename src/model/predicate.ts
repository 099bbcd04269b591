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
  id: PredicateIdSchema,
  valueType: ValueKindSchema,
  cardinality: CardinalitySchema,
  description: z.string().min(1, { error: 'describe what the predicate means' }),
  /** A short human label, e.g. "founding members". */
  label: z.string().optional(),
  /**
   * For a quantity predicate that is a total: the predicates whose values add
   * up to it (`amount` = `loan-amount` + `private-capital`). The
   * `sum-constraint` rule reports components and totals that cannot add up.
   */
  sumOf: z.array(PredicateIdSchema).min(1, { error: 'name the predicates that add up to this one' }).optional(),
});
export type Predicate = z.infer<typeof PredicateSchema>;
