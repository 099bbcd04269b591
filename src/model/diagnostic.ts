/**
 * Diagnostics: problems found while loading, as data. Every diagnostic a
 * user can cause names the file, line and column (1-based) and, when known,
 * the claim or source, and says what to do.
 */
import { z } from 'zod';

export const DiagnosticSeveritySchema = z.enum(['error', 'warning']);
export type DiagnosticSeverity = z.infer<typeof DiagnosticSeveritySchema>;

export const DiagnosticSchema = z.object({
  /** Stable machine-readable code, e.g. `yaml-syntax`, `quote-not-found`. */
  code: z.string(),
  severity: DiagnosticSeveritySchema,
  message: z.string(),
  /** Path of the file, relative to the claims folder when inside it. */
  file: z.string(),
  /** 1-based line. */
  line: z.number().int().positive(),
  /** 1-based column, in UTF-16 code units. */
  column: z.number().int().positive(),
  claimId: z.string().optional(),
  sourceId: z.string().optional(),
  /** What to do about it. */
  hint: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** `file:line:col: severity [code] message (claim id)` */
export const formatDiagnostic = (d: Diagnostic): string => {
  const who = d.claimId !== undefined ? ` (claim ${d.claimId})` : d.sourceId !== undefined ? ` (source ${d.sourceId})` : '';
  const hint = d.hint !== undefined ? `\n  hint: ${d.hint}` : '';
  return `${d.file}:${d.line}:${d.column}: ${d.severity} [${d.code}] ${d.message}${who}${hint}`;
};
