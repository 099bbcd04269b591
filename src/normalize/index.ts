/**
 * Value normalization: hedged quantities → intervals, dates relative to
 * publication, entity aliases and near-duplicate names, and comparison of
 * any two values. Pure functions; no I/O.
 */
export { parseQuantity, DEFAULT_HEDGE_DELTA, type ParseQuantityOptions } from './parse-quantity.js';
export { parseEntitySet, type ParseEntitySetOptions } from './parse-entity-set.js';
export { parseDate, MAX_DATE_TEXT_LENGTH, type ParseDateOptions } from './parse-date.js';
export { publicationDay, type PublicationDateInput } from './publication-day.js';
export { weekdayPhrase, resolveWeekday, type WeekdayPhrase, type WeekdayRelation } from './weekday-phrase.js';
export type { CalendarDay } from './calendar-day.js';
export { compareValues } from './compare-values.js';
export { intervalsOverlap, unitKey, type Bounds } from './compare-quantities.js';
export { cardinalityOf } from './compare-entities.js';
export type {
  Verdict,
  Comparison,
  ComparisonDetails,
  CompareOptions,
  SetCardinality,
  SetComparisonDetails,
  EntityComparisonDetails,
  DateComparisonDetails,
} from './comparison.js';
export { describeValue, describeNormalizedValue, describeQuantity, formatNumber } from './describe-value.js';
export {
  createEntityResolver,
  type EntityResolver,
  type EntityResolverOptions,
  type KnownEntity,
  type AmbiguousAlias,
} from './entity-resolver.js';
export {
  detectNearDuplicate,
  GENERIC_NAME_WORDS,
  NEAR_DUPLICATE_MIN_SCORE,
  GENERIC_ONLY_MIN_SCORE,
  ONE_TYPO_MIN_LENGTH,
  TWO_TYPOS_MIN_LENGTH,
  MAX_NAME_KEY_LENGTH,
  type NearDuplicate,
  type NameRelation,
} from './near-duplicate.js';
export { nameKey, nameTokens } from './name-key.js';
export { nameSimilarity } from './name-similarity.js';
export { COUNTRY_ENTRIES, EXTRA_COUNTRY_ALIASES, countryId } from './country-aliases.js';
export { ORGANISATION_ENTRIES } from './builtin-organisations.js';
export { type NormalizeDiagnostic, type NormalizeDiagnosticCode } from './diagnostic.js';
