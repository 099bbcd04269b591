/**
 * Printing load diagnostics for people: `path:line:col: severity [code]
 * message (claim id)` with the path as the user can open it (the claims
 * folder joined to the file), and a hint line.
 */
import { join } from 'node:path';
import { type Diagnostic, formatDiagnostic } from '../model/diagnostic.js';
import type { Style } from './style.js';

/** The diagnostic with its file made relative to the working directory (through the folder as shown). */
export const diagnosticFromCwd = (d: Diagnostic, shownFolder: string): Diagnostic => ({
  ...d,
  file: shownFolder === '.' || d.file.startsWith('/') ? d.file : join(shownFolder, d.file),
});

/**
 * Diagnostics as text, errors before warnings keep the loader's order
 * (file, line, column); the severity word coloured when `style` colours.
 *
 * @example
 * io.stderr.write(diagnosticsText(result.diagnostics, 'claims', style));
 */
export const diagnosticsText = (diagnostics: readonly Diagnostic[], shownFolder: string, style: Style): string =>
  diagnostics
    .map((d) => {
      const line = formatDiagnostic(diagnosticFromCwd(d, shownFolder));
      const word = `: ${d.severity} [`;
      const coloured = d.severity === 'error' ? style.red(d.severity) : style.yellow(d.severity);
      return `${line.replace(word, `: ${coloured} [`)}\n`;
    })
    .join('');

/** "2 errors, 1 warning" */
export const countText = (diagnostics: readonly Diagnostic[]): string => {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
};
