/**
 * What an output format is: one module per format (`src/formats/*.ts`), one
 * line in the table (`registry.ts`), one signature — `render(input)` from a
 * checked claims folder to the text of the output. The CLI's usage, help,
 * option validation and dispatch come from the table, so a format cannot be
 * half added.
 */
import type { FolderCheck, Reconciled } from '../check/check-claims-folder.js';
import type { ReportLabels } from '../check/report-input-from-check.js';
import { jsonText } from '../ingest/control-characters.js';
import { ok, type Result } from '../model/result.js';

/** The commands that offer formats. */
export type FormatCommand = 'report' | 'export' | 'check';

/**
 * What a format needs from the pipeline:
 * - `nothing`: it does not read the claims folder (the JSON Schema);
 * - `corpus`: a valid corpus (PROV-O);
 * - `findings`: a valid corpus, reconciled (reports, annotations, reviews).
 */
export type FormatNeeds = 'nothing' | 'corpus' | 'findings';

/** An option a format takes (`--date`), as the CLI offers it. */
export interface FormatOption {
  readonly name: string;
  /** One line for `--help`. */
  readonly help: string;
  /** What is wrong with a value, or `undefined` when it is fine. */
  readonly check?: (value: string) => string | undefined;
}

/** The `--title` option of the report formats. */
export const TITLE_OPTION: FormatOption = { name: 'title', help: 'the heading of the report' };

/** What a format renders. */
export interface FormatInput {
  /** The checked folder: what loaded and, for `findings` formats, what the rules found (absent for `nothing` formats). */
  readonly check?: FolderCheck;
  /** The report's title, the folder as shown, the command that regenerates it. */
  readonly labels: ReportLabels;
  /** The values of the options the format declares (absent when not given). */
  readonly options: Readonly<Record<string, string | undefined>>;
}

/** One output format. */
export interface OutputFormat {
  /** `--format <id>`. */
  readonly id: string;
  /** Other names `--format` accepts (`md` for `markdown`). */
  readonly aliases?: readonly string[];
  /** One line for help and docs. */
  readonly summary: string;
  /** IANA media type of the output. */
  readonly mediaType: string;
  /** The file name it is written to in a folder (`report --out docs`). */
  readonly fileName: string;
  readonly needs: FormatNeeds;
  /** The commands that offer it: `report` writes its report formats; `export` offers every export and report format. */
  readonly commands: readonly FormatCommand[];
  readonly options: readonly FormatOption[];
  /** The output, as text — or as a `Result` with the messages met (warnings; errors when there is no output). */
  readonly render: (input: FormatInput) => Rendered;
}

/** What `render` returns: the text, or the text with its messages (`ok: false`, with errors, when it cannot render). */
export type Rendered = string | Result<string>;

/**
 * Render a format as a `Result` whatever its `render` returns.
 *
 * @example
 * const out = renderFormat(format, input);
 * if (out.ok) write(out.value); // out.messages: warnings to show
 */
export const renderFormat = (format: OutputFormat, input: FormatInput): Result<string> => {
  const rendered = format.render(input);
  return typeof rendered === 'string' ? ok(rendered) : rendered;
};

/** JSON that can be pasted into `<script type="application/ld+json">`: `<`, `>`, `&` and the JavaScript line separators as `\u` escapes (the same data when parsed). */
export const scriptSafeJson = (document: unknown): string =>
  jsonText(document).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A JSON-LD export's result as script-safe text, with its messages. */
export const jsonLdText = <T>(result: Result<T>): Result<string> => (result.ok ? ok(scriptSafeJson(result.value), result.messages) : result);

/** The checked folder of the input; formats that need one are only rendered with one. */
export const checkOf = (input: FormatInput): FolderCheck => {
  if (input.check === undefined) throw new TypeError('this format needs a claims folder (needs: corpus or findings)');
  return input.check;
};

/** The reconciled part of the input; formats that need findings are only rendered when there is one. */
export const reconciledOf = (input: FormatInput): Reconciled => {
  const { reconciled } = checkOf(input);
  if (reconciled === undefined) throw new TypeError('this format needs a reconciled claims folder (needs: findings)');
  return reconciled;
};

/** The labels with the `title` option applied, for the report formats. */
export const titledLabels = (input: FormatInput): ReportLabels => {
  const title = input.options['title'];
  return title !== undefined ? { ...input.labels, title } : input.labels;
};
