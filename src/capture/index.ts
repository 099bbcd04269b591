/**
 * Capture: getting material in. A saved web page, Markdown or plain text
 * becomes a source (normalized text, metadata, non-content ranges); a new
 * capture replaces a source's text with every claim re-anchored; an edit
 * made in place is re-hashed. Nothing here fetches from the network.
 */
export { MAX_PAGE_DEPTH } from './page-depth.js';
export { captureSource, MAX_PAGE_BYTES, MIN_ARTICLE_WORDS, type CaptureOptions, type CaptureResult, type CapturedSource } from './capture-source.js';
export { addSource, type AddSourceRequest, type AddedSource, type AddSourceResult } from './add-source.js';
export { pageFormat, PAGE_FORMATS, type PageFormat } from './page-format.js';
export type { PageMetadata } from './page-metadata.js';
export {
  updateSource,
  rehashSource,
  changedSources,
  type ClaimStatus,
  type ClaimUpdate,
  type SourceUpdateReport,
  type SourceUpdateResult,
} from './update-source.js';
