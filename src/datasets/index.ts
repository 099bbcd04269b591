/**
 * benchmarks: loaders that turn the public truth-discovery data sets (book,
 * flight) into the library's sources, claims and resolution problems, and
 * the precision scoring the papers use. The data itself is never bundled:
 * callers read the files and pass their text.
 */
export * from './dataset.js';
export { parseTsvRows, trimmedRange, type TsvCell, type TsvRow } from './tsv-rows.js';
export { toIsbn10, toIsbn13 } from './isbn.js';
export { decodeHtmlEntities, repairMojibake } from './html-text.js';
export {
  buildSurnameLexicon,
  goldSurnames,
  isNoAuthorClaim,
  parseAuthorStructure,
  surnameKey,
  surnamesOf,
  type AuthorStructure,
  type NameToken,
  type SurnameLexicon,
} from './author-names.js';
export { ARRIVAL_ZONE_SLACK_HOURS, arrivalAfterDeparture, flightTimeSimilarity, minutesBetween, normalizeGate, parseFlightTime, withinMinutes } from './flight-time.js';
export { buildSourceRows, sourceIdsFor, spanAt, type SourceRows } from './source-documents.js';
export { bookAuthorsPredicate, bookGroupKey, loadBookBenchmark, oneAuthorWrittenTwice } from './book.js';
export {
  FLIGHT_AIRLINE_SOURCES,
  FLIGHT_ATTRIBUTES,
  flightGroupKey,
  flightPredicates,
  loadFlightBenchmark,
} from './flight.js';
export { scorePrecision, type PrecisionScore } from './score.js';
export { DEFAULT_STRATEGY_ID, evaluationStrategies } from './strategies.js';
