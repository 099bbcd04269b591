/**
 * Why a value could not be normalized, as data. Parsers return these in the
 * `Left` of an fp-ts `Either`; the claim loader adds file, line and column.
 */

/** Stable, machine-readable reasons a parser gives up. */
export type NormalizeDiagnosticCode =
  | 'empty'
  | 'too-long'
  | 'no-number'
  | 'unrecognized'
  | 'invalid-range'
  | 'no-date'
  | 'ambiguous-date'
  | 'needs-publication-date'
  | 'invalid-publication-date'
  | 'no-members'
  | 'count-mismatch';

/** A problem met while normalizing one value. */
export interface NormalizeDiagnostic {
  readonly code: NormalizeDiagnosticCode;
  /** A sentence a person can act on. */
  readonly message: string;
  /** The text that was given (cut to 80 characters for very long input). */
  readonly text: string;
  /** What to write instead, when there is something useful to say. */
  readonly hint?: string;
}

const MAX_ECHO = 80;

/** Build a diagnostic, echoing at most 80 characters of the input. */
export const normalizeDiagnostic = (
  code: NormalizeDiagnosticCode,
  text: string,
  message: string,
  hint?: string,
): NormalizeDiagnostic => {
  const echoed = text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
  return hint === undefined ? { code, message, text: echoed } : { code, message, text: echoed, hint };
};
