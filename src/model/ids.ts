/**
 * Branded identifiers. Ids are parsed once at the boundary (the loaders) and
 * carried as brands afterwards, so a `ClaimId` can never be passed where a
 * `SourceId` is expected.
 */
import { z } from 'zod';
import { createMessage } from './message.js';
import { failed, ok, type Result } from './result.js';

/** The longest id accepted. */
export const MAX_ID_LENGTH = 200;

/** Letters, digits, `.`, `_`, `-` and `:`; must start with a letter or digit. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const idString = (what: string) =>
  z
    .string()
    .min(1, { error: `${what} must not be empty` })
    .max(MAX_ID_LENGTH, { error: `${what} must be at most ${MAX_ID_LENGTH} characters` })
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
 * Brand a string as an id without checking it: for ids already validated
 * (they came out of a parsed schema) and constants in code. These helpers
 * never throw; validate text from outside with the schemas (or `parseId`)
 * at the boundary.
 */
export const sourceId = (id: string): SourceId => id as SourceId;
export const claimId = (id: string): ClaimId => id as ClaimId;
export const predicateId = (id: string): PredicateId => id as PredicateId;
export const ruleId = (id: string): RuleId => id as RuleId;
export const entityId = (id: string): EntityId => id as EntityId;
export const findingId = (id: string): FindingId => id as FindingId;

const ID_SCHEMAS = {
  source: SourceIdSchema,
  claim: ClaimIdSchema,
  predicate: PredicateIdSchema,
  rule: RuleIdSchema,
  entity: EntityIdSchema,
  finding: FindingIdSchema,
} as const;

/** The kinds of id. */
export type IdKind = keyof typeof ID_SCHEMAS;

/**
 * Check text as an id of one kind: the branded id, or a message that says
 * what is wrong with it.
 *
 * @example
 * parseId('source', '003_59ad961581f640fd') // { ok: true, value: '003_59ad961581f640fd', messages: [] }
 * parseId('claim', 'a b')                   // { ok: false, messages: [{ code: 'schema', … }] }
 */
export const parseId = <K extends IdKind>(kind: K, text: string): Result<z.infer<(typeof ID_SCHEMAS)[K]>> => {
  const parsed = ID_SCHEMAS[kind].safeParse(text);
  return parsed.success
    ? ok(parsed.data as z.infer<(typeof ID_SCHEMAS)[K]>)
    : failed(parsed.error.issues.map((issue) => createMessage('schema', issue.message, { actual: text.slice(0, 80) })));
};
