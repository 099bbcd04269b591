/**
 * Messages: every problem and every finding claimtrace reports, as one shape
 * modelled on vfile-message — which stage says it (`source`), what it is
 * (`code`, from the one table in `message-codes.ts`; `ruleId` for rules),
 * how severe, in words a person can act on (`message`, `hint`), where
 * (`place`: a file line and column, or offsets in a source's text), why
 * (`cause`), about which claim or source, and an absolute `url` that explains
 * the code. Findings (`finding.ts`) extend it.
 */
import { z } from 'zod';
import { docsUrl } from './docs-url.js';
import { MESSAGE_CODE_LIST, MESSAGE_CODES, type MessageCode, type MessageSource } from './message-codes.js';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A place in a file: 1-based line, 1-based column in UTF-16 code units. */
export const FilePointSchema = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type FilePoint = z.infer<typeof FilePointSchema>;

/** A place in a file of the claims folder (path relative to the folder, `/`-separated). */
export const FilePlaceSchema = z.object({
  file: z.string(),
  start: FilePointSchema,
  end: FilePointSchema.optional(),
});
export type FilePlace = z.infer<typeof FilePlaceSchema>;

/** A range of a source's normalized text: UTF-16 offsets, end exclusive. */
export const TextPlaceSchema = z.object({
  sourceId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPlace = z.infer<typeof TextPlaceSchema>;

export const MessagePlaceSchema = z.union([FilePlaceSchema, TextPlaceSchema]);
export type MessagePlace = FilePlace | TextPlace;

export const MessageSourceSchema = z.enum(['load', 'anchor', 'normalize', 'reconcile', 'resolve', 'capture', 'export']);
export const MessageCodeSchema = z.enum(MESSAGE_CODE_LIST as [MessageCode, ...MessageCode[]]);

export const MessageSchema = z.object({
  /** The stage that reports it. */
  source: MessageSourceSchema,
  /** What it is: a code of the table in `message-codes.ts`. */
  code: MessageCodeSchema,
  /** The rule that reports it (findings and rule problems). */
  ruleId: z.string().optional(),
  severity: SeveritySchema,
  /** What is wrong, in words a person can act on. */
  message: z.string(),
  /** What to do about it. */
  hint: z.string().optional(),
  /** Absolute URL of the documentation of the code or rule. */
  url: z.string().optional(),
  /** Where: a place in a file, or a range of a source's text. */
  place: MessagePlaceSchema.optional(),
  /** Where inside the document or value the problem is (keys and indexes), before it is placed. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
  /** The input that was wrong, as given (long input is cut). */
  actual: z.string().optional(),
  /** What went wrong underneath (a parser's reason, a thrown error's message). */
  cause: z.string().optional(),
  claimId: z.string().optional(),
  sourceId: z.string().optional(),
});
export type Message = z.infer<typeof MessageSchema>;

/** A message placed in a file (every problem the loader reports). */
export type Diagnostic = Message & { readonly place: FilePlace };

/** Whether a place is in a file (not a range of a source's text). */
export const isFilePlace = (place: MessagePlace | undefined): place is FilePlace => place !== undefined && 'file' in place;

/** The fields of a message besides its code, with severity `error` unless given. */
export type MessageFields = Omit<Message, 'code' | 'source' | 'severity' | 'message'> & { readonly severity?: Severity };

/**
 * A message with the code's stage as `source` and the code's documentation as `url`.
 *
 * @example
 * createMessage('quote-not-found', 'the quote "…" does not occur in 003', { claimId: 'c1' })
 * // { source: 'anchor', code: 'quote-not-found', severity: 'error', message: …, url: '…/messages.md#quote-not-found', claimId: 'c1' }
 */
export const createMessage = (code: MessageCode, message: string, fields: MessageFields = {}): Message => {
  const { severity, ...rest } = fields;
  return {
    source: MESSAGE_CODES[code].source as MessageSource,
    code,
    severity: severity ?? 'error',
    message,
    url: docsUrl('messages.md', code),
    ...rest,
  };
};

/** A message placed at a file line and column. */
export const createDiagnostic = (code: MessageCode, message: string, place: FilePlace, fields: MessageFields = {}): Diagnostic =>
  ({ ...createMessage(code, message, fields), place }) as Diagnostic;

/** The message with its place moved (a file path joined to a folder, a path made relative). */
export const withFile = <M extends Message>(message: M, file: (path: string) => string): M =>
  isFilePlace(message.place) ? { ...message, place: { ...message.place, file: file(message.place.file) } } : message;

const whereOf = (m: Message): string => {
  const p = m.place;
  if (p === undefined) return '';
  if (isFilePlace(p)) return `${p.file}:${p.start.line}:${p.start.column}: `;
  return `${p.sourceId}@${p.start}-${p.end}: `;
};

/**
 * `file:line:col: severity [code] message (claim id)`, then `  hint: …`.
 * A finding shows `[rule-id]`, every other message its code; a message without a file place starts
 * with its source offsets (`003@120-145: …`) or with the severity.
 *
 * @example
 * formatMessage(diagnostic) // 'claims/003.yaml:12:5: error [quote-not-found] the quote … (claim vault-003)'
 */
export const formatMessage = (m: Message): string => {
  const who = m.claimId !== undefined ? ` (claim ${m.claimId})` : m.sourceId !== undefined ? ` (source ${m.sourceId})` : '';
  const cause = m.cause !== undefined && !m.message.includes(m.cause) ? `: ${m.cause}` : '';
  const hint = m.hint !== undefined ? `\n  hint: ${m.hint}` : '';
  return `${whereOf(m)}${m.severity} [${m.code === 'finding' ? (m.ruleId ?? m.code) : m.code}] ${m.message}${cause}${who}${hint}`;
};

/** Whether any message is an error. */
export const hasErrors = (messages: readonly Message[]): boolean => messages.some((m) => m.severity === 'error');
