/**
 * Value normalization: the machinery that reads words into values — hedged
 * quantities → intervals, dates relative to publication, lists of entities,
 * entity aliases and near-duplicate names, the calendar and the name key.
 * Pure functions; no I/O. (Comparison, keys and descriptions of values are
 * the value kinds': `src/values/`.)
 */
export { parseQuantity, DEFAULT_HEDGE_DELTA, type ParseQuantityOptions } from './parse-quantity.js';
export { parseEntitySet, type ParseEntitySetOptions } from './parse-entity-set.js';
export { parseDate, MAX_DATE_TEXT_LENGTH, type ParseDateOptions } from './parse-date.js';
export { publicationDay, type PublicationDateInput } from './publication-day.js';
export { weekdayPhrase, resolveWeekday, type WeekdayPhrase, type WeekdayRelation } from './weekday-phrase.js';
export type { CalendarDay } from './calendar-day.js';
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
