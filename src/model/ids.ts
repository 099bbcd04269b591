/**
 * Branded identifiers. Ids are parsed once at the boundary (the loaders) and
 * carried as brands afterwards, so a `ClaimId` can never be passed where a
 * `SourceId` is expected.
 */
import { z } from 'zod';

/** Letters, digits, `.`, `_`, `-` and `:`; must start with a letter or digit. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const idString = (what: string) =>
  z
    .string()
    .min(1, { error: `${what} must not be empty` })
    .max(200, { error: `${what} must be at most 200 characters` })
    .regex(ID_PATTERN, {
      error: `${what} may contain only letters, digits, ".", "_", "-" and ":", and must start with a letter or digit`,
    });

export const SourceIdSchema = idString('a source id').brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceIdSchema>;

export const ClaimIdSchema = idString('a claim id').brand<'ClaimId'>();
export type ClaimId = z.infer<typeof ClaimIdSchema>;

export const PredicateIdSchema = idString('a predicate id').brand<'PredicateId'>();
export type PredicateId = z.infer<typeof PredicateIdSchema>;

export const RuleIdSchema = idString('a rule id').brand<'RuleId'>();
export type RuleId = z.infer<typeof RuleIdSchema>;

export const EntityIdSchema = idString('an entity id').brand<'EntityId'>();
export type EntityId = z.infer<typeof EntityIdSchema>;

export const FindingIdSchema = idString('a finding id').brand<'FindingId'>();
export type FindingId = z.infer<typeof FindingIdSchema>;

/**
 * Brand a string that is already known to be a valid id (for example one
 * that came out of a parsed schema, or a constant in library code).
 * Prefer the schemas at the boundary; this is for trusted internal values.
 */
export const sourceId = (id: string): SourceId => SourceIdSchema.parse(id);
export const claimId = (id: string): ClaimId => ClaimIdSchema.parse(id);
export const predicateId = (id: string): PredicateId => PredicateIdSchema.parse(id);
export const ruleId = (id: string): RuleId => RuleIdSchema.parse(id);
export const entityId = (id: string): EntityId => EntityIdSchema.parse(id);
export const findingId = (id: string): FindingId => FindingIdSchema.parse(id);
