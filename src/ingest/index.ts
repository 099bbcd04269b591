/**
 * Ingest: normalize captured texts, hash them, fold them for matching and
 * locate offsets as lines and columns.
 */
export * from './normalize-text.js';
export * from './content-hash.js';
export * from './ingest-text.js';
export * from './fold-text.js';
export * from './create-locator.js';
export * from './overlapping-ranges.js';
