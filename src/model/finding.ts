/**
 * Findings: what a reconciliation rule reports. A finding is a message
 * (`message.ts`: source `reconcile`, code `finding`, the rule's id, severity,
 * words, docs url, and its place — the span of its first claim) that adds
 * what one disagreement is:
 *
 * - `id`: stable — it hashes the rule, the claim group and `disagreement`
 *   (what is disputed inside the group: its value, a list's size or
 *   members, a pair of names), never which claims support each side, so a
 *   review survives new sources;
 * - `sides`: every value cluster (claims whose values can all be true at
 *   once), ordered by support, each with its sources, independent source
 *   groups and quotes;
 * - `discrepancy`: how far apart the clusters are (it sets the severity and
 *   orders the report);
 * - `disputed`: what is in dispute, one list of keys per position — a
 *   baseline records it, and a review carries over while it stays the same;
 * - `fingerprint`: a hash of the evidence (every claim's id, source, quote
 *   and value) — it changes whenever a claim joins, leaves or changes;
 * - `related`: notes (vfile-message's "other occurrences", and the
 *   explanations other rules give for the same disagreement).
 */
import { z } from 'zod';
import { DiscrepancySchema } from '../values/discrepancy.js';
import { ClaimIdSchema, FindingIdSchema, PredicateIdSchema, RuleIdSchema, SourceIdSchema } from './ids.js';
import { MessageSchema } from './message.js';
import { SpanSchema } from './span.js';
import { ValueSchema } from './value.js';

export { DiscrepancySchema, DiscrepancyGradeSchema, type Discrepancy, type DiscrepancyGrade } from '../values/discrepancy.js';

/** One claim as a finding shows it: where it stands and what it says. */
export const FindingClaimSchema = z.object({
  claimId: ClaimIdSchema,
  sourceId: SourceIdSchema,
  /** The evidence span (quote and offsets in the source). */
  span: SpanSchema,
  /** The normalized value that was compared. */
  value: ValueSchema,
});
export type FindingClaim = z.infer<typeof FindingClaimSchema>;

/** One side of a disagreement (a value cluster): the claims that say the same thing, or things that can all be true. */
export const FindingSideSchema = z.object({
  label: z.string(),
  claims: z.array(FindingClaimSchema),
  /** The distinct sources of its claims, sorted. */
  sources: z.array(SourceIdSchema),
  /** The independent source groups those sources form (sources that copy each other are one group), each as its sources. */
  sourceGroups: z.array(z.array(SourceIdSchema)),
  /** How many independent witnesses back it: source groups, or outside outlets its claims are attributed to. */
  support: z.number().int().nonnegative(),
});
export type FindingSide = z.infer<typeof FindingSideSchema>;

/** A related note: the other occurrence, the span that explains, another rule's explanation. */
export const FindingNoteSchema = z.object({
  message: z.string(),
  sourceId: SourceIdSchema.optional(),
  claimId: ClaimIdSchema.optional(),
  span: SpanSchema.optional(),
  /** The rule whose explanation this note is, when another rule explains the same disagreement. */
  ruleId: RuleIdSchema.optional(),
});
export type FindingNote = z.infer<typeof FindingNoteSchema>;

export const FindingSchema = MessageSchema.extend({
  /** Stable: rule, claim group and disagreement — the same in any input order, and when new claims join a side. */
  id: FindingIdSchema,
  source: z.literal('reconcile'),
  code: z.literal('finding'),
  ruleId: RuleIdSchema,
  /** What sort of problem, one of the kinds the rule declares, e.g. `value-conflict`, `name-variant`. */
  kind: z.string(),
  /** The claim group (canonical subject + predicate), when the finding is about one. */
  key: z.object({ subject: z.string(), predicate: PredicateIdSchema }).optional(),
  /** What is disputed inside the claim group (`value`, `size`, `members`, `names:a|b`): with the rule and group, the finding's identity. */
  disagreement: z.string(),
  /** The value clusters, most independent support first. */
  sides: z.array(FindingSideSchema),
  related: z.array(FindingNoteSchema),
  /** Every independent source group the finding involves. */
  sourceGroups: z.array(z.array(SourceIdSchema)).optional(),
  /** How far apart the clusters are, when the rule measures it. */
  discrepancy: DiscrepancySchema.optional(),
  /**
   * What is in dispute, one list of keys per position (a value cluster's
   * value keys, a disputed member's entity key): a review carries over while
   * the positions stay the same (see `sameDisputed`).
   */
  disputed: z.array(z.array(z.string())),
  /** Hash of the evidence: every claim's id, source, quote and value. */
  fingerprint: z.string(),
  /** Rule-specific details (JSON-serializable). */
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
