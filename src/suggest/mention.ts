/**
 * A value found in a source's words: where it stands, its kind, the words a
 * claim file would write for it, and its normalized value.
 */
import type { Value } from '../model/value.js';

export type MentionKind = 'quantity' | 'date' | 'entity-set';

export interface Mention {
  readonly kind: MentionKind;
  /** The value's words in the text: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The value as a claim file writes it (`{ quantity: … }`, `{ date: … }`, `{ members: […], list: … }`). */
  readonly fileValue: Readonly<Record<string, unknown>>;
  /** The normalized value the loader makes of `fileValue`. */
  readonly value: Value;
  /** How sure the detector is that this is a checkable value, in [0, 1]. */
  readonly strength: number;
  /** Entity names that are the value (not candidates for its subject). */
  readonly names?: readonly string[];
}
