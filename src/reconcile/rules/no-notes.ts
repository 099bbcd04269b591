/**
 * The related notes of a draft that has none: one frozen empty list shared by
 * every such draft of the built-in rules, instead of an array each (drafts
 * live from their rule until assemble, which reads an empty list as none).
 */
import type { FindingNote } from '../../model/finding.js';

/** No related notes. */
export const NO_NOTES: readonly FindingNote[] = Object.freeze([]);
