/**
 * Findings: what a reconciliation rule reports. A finding is a message
 * (`message.ts`: source `reconcile`, code `finding`, the rule's id, severity,
 * words, docs url, and its place — the span of its first claim) that adds
 * its own id, its kind, the claim group it is about, the sides that disagree
 * and related notes (vfile-message's "other occurrences").
 */
import { z } from 'zod';
import { ClaimIdSchema, FindingIdSchema, PredicateIdSchema, RuleIdSchema, SourceIdSchema } from './ids.js';
import { MessageSchema } from './message.js';
import { SpanSchema } from './span.js';
import { ValueSchema } from './value.js';

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

/** One side of a disagreement: the claims that say the same thing. */
export const FindingSideSchema = z.object({
  label: z.string(),
  claims: z.array(FindingClaimSchema),
});
export type FindingSide = z.infer<typeof FindingSideSchema>;

/** A related note: the other occurrence, the span that explains. */
export const FindingNoteSchema = z.object({
  message: z.string(),
  sourceId: SourceIdSchema.optional(),
  claimId: ClaimIdSchema.optional(),
  span: SpanSchema.optional(),
});
export type FindingNote = z.infer<typeof FindingNoteSchema>;

export const FindingSchema = MessageSchema.extend({
  /** Stable: the same input in any order gives the same id. */
  id: FindingIdSchema,
  source: z.literal('reconcile'),
  code: z.literal('finding'),
  ruleId: RuleIdSchema,
  /** What sort of problem, one of the kinds the rule declares, e.g. `value-conflict`, `name-variant`. */
  kind: z.string(),
  /** The claim group (canonical subject + predicate), when the finding is about one. */
  key: z.object({ subject: z.string(), predicate: PredicateIdSchema }).optional(),
  sides: z.array(FindingSideSchema),
  related: z.array(FindingNoteSchema),
  /** Independent source groups that support each side, when counted. */
  sourceGroups: z.array(z.array(SourceIdSchema)).optional(),
  /** Rule-specific details (JSON-serializable). */
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
