/**
 * A message flattened to what tests compare: code, severity, file, line,
 * column, claim and source (the fields tables of expected problems name).
 */
import { isFilePlace, type Message } from '../../src/model/message.js';

export interface FlatMessage {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly claimId?: string;
  readonly sourceId?: string;
  readonly hint?: string;
}

export const flat = (m: Message): FlatMessage => ({
  code: m.code,
  severity: m.severity,
  message: m.message,
  ...(isFilePlace(m.place) ? { file: m.place.file, line: m.place.start.line, column: m.place.start.column } : {}),
  ...(m.claimId !== undefined ? { claimId: m.claimId } : {}),
  ...(m.sourceId !== undefined ? { sourceId: m.sourceId } : {}),
  ...(m.hint !== undefined ? { hint: m.hint } : {}),
});
