/**
 * The format table: every output claimtrace writes, one line each. A format
 * is one module (`OutputFormat`, see `format.ts`) plus its line here; the
 * CLI's `--format` usage, help, validation and dispatch read this table.
 */
import { checkJsonFormat } from './check-json.js';
import { claimReviewFormat } from './claim-review.js';
import { findingsJsonFormat } from './findings-json.js';
import type { FormatCommand, OutputFormat } from './format.js';
import { htmlReportFormat } from './html-report.js';
import { jsonSchemaFormat } from './json-schema.js';
import { markdownReportFormat } from './markdown-report.js';
import { githubFormat } from './github.js';
import { junitFormat } from './junit.js';
import { provFormat } from './prov.js';
import { sarifFormat } from './sarif.js';
import { stylishFormat } from './stylish.js';
import { webAnnotationFormat } from './web-annotation.js';

/** Every output format, in the order help lists them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = Object.freeze([
  markdownReportFormat,
  findingsJsonFormat,
  htmlReportFormat,
  webAnnotationFormat,
  claimReviewFormat,
  provFormat,
  jsonSchemaFormat,
  stylishFormat,
  checkJsonFormat,
  githubFormat,
  sarifFormat,
  junitFormat,
]);

/** The formats a command offers. */
export const formatsFor = (command: FormatCommand, formats: readonly OutputFormat[] = OUTPUT_FORMATS): readonly OutputFormat[] =>
  formats.filter((f) => f.commands.includes(command));

/** The format with this id or alias (letter case aside), if there is one. */
export const formatById = (id: string, formats: readonly OutputFormat[] = OUTPUT_FORMATS): OutputFormat | undefined => {
  const name = id.trim().toLowerCase();
  return formats.find((f) => f.id.toLowerCase() === name || (f.aliases ?? []).some((a) => a.toLowerCase() === name));
};
