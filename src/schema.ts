/**
 * `claimtrace/schema`: the data model as zod schemas (the single source of
 * truth; the types of the root entry are inferred from them) and the JSON
 * Schemas of the claim folder's files, for editors and other languages.
 */
export { SourceIdSchema, ClaimIdSchema, PredicateIdSchema, RuleIdSchema, EntityIdSchema, FindingIdSchema, parseId, type IdKind } from './model/ids.js';
export { TextQuoteSelectorSchema, TextPositionSelectorSchema, TextRangeSchema, SpanSchema } from './model/span.js';
export {
  SourceSchema,
  SourceDocumentSchema,
  PublishedAtSchema,
  NonContentKindSchema,
  NonContentRangeSchema,
  AiRangeSchema,
  AiGeneratedSchema,
  SourceRelationSchema,
} from './model/source.js';
export { EntityKindSchema, AliasEntrySchema } from './model/entity.js';
export { ClaimSchema, QualifiersSchema, AttributionSchema, HedgeSchema, PolaritySchema } from './model/claim.js';
export { PredicateSchema, CardinalitySchema } from './model/predicate.js';
export { FindingSchema, FindingClaimSchema, FindingSideSchema, FindingNoteSchema } from './model/finding.js';
export { MessageSchema, MessageCodeSchema, MessageSourceSchema, MessagePlaceSchema, FilePlaceSchema, FilePointSchema, TextPlaceSchema, SeveritySchema } from './model/message.js';
export { ValueSchema, ValueKindSchema } from './values/registry.js';
export { EntityRefSchema, EntityValueSchema, EntityShorthandSchema } from './values/kinds/entity.js';
export { EntitySetValueSchema, ListShorthandSchema, CountShorthandSchema } from './values/kinds/entity-set.js';
export { QuantityValueSchema, QuantityShorthandSchema } from './values/kinds/quantity.js';
export { DateValueSchema, DateShorthandSchema } from './values/kinds/date.js';
export { WeekdayValueSchema, WeekdaySchema } from './values/kinds/weekday.js';
export { BooleanValueSchema, BooleanShorthandSchema } from './values/kinds/boolean.js';
export { TextValueSchema, TextShorthandSchema } from './values/kinds/text.js';
export { BaselineSchema, BaselineEntrySchema, ReviewVerdictSchema } from './model/baseline.js';
export { RulesConfigSchema, RuleSettingSchema, RuleLevelSchema } from './reconcile/rules-config.js';
export {
  ClaimFileSchema,
  ClaimFileEntrySchema,
  ClaimFileDocSchema,
  SourceFileSchema,
  PredicatesFileSchema,
  EntitiesFileSchema,
  ValueFileSchema,
} from './claims/file-schemas.js';
export { claimFolderJsonSchema, claimFileJsonSchema, CLAIM_FOLDER_FILE_KINDS, type ClaimFolderFileKind } from './claims/json-schema.js';
export { ConfigFileSchema, type ConfigFile } from './config/config-schema.js';
export { SHIPPED_SCHEMA_KINDS, type ShippedSchemaKind } from './config/shipped-schemas.js';

