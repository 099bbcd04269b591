/**
 * What an output format is: one module per format (`src/formats/*.ts`), one
 * line in the table (`registry.ts`), one signature — `render(input)` from a
 * checked claims folder to the text of the output. The CLI's usage, help,
 * option validation and dispatch come from the table, so a format cannot be
 * half added.
 */
import type { FolderCheck, Reconciled } from '../check/check-claims-folder.js';
import type { CheckReport } from '../check/check-report.js';
import type { ReportLabels } from '../check/report-input-from-check.js';
import type { PathOptions } from '../model/display-path.js';
import { jsonText } from '../ingest/control-characters.js';
import { ok, type Result } from '../model/result.js';

/** The commands that offer formats. */
export type FormatCommand = 'report' | 'export' | 'check';

/**
 * What a format needs from the pipeline:
 * - `nothing`: it does not read the claims folder (the JSON Schema);
 * - `corpus`: a valid corpus (PROV-O);
 * - `findings`: a valid corpus, reconciled (reports, annotations, reviews);
 * - `check`: the check's report (`createCheckReport`), which it renders for
 *   an invalid folder too — the formats of `claimtrace check`.
 */
export type FormatNeeds = 'nothing' | 'corpus' | 'findings' | 'check';

/** Colours for text people read; each function returns its text unchanged when colour is off. */
export interface TextStyle {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly underline: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
}

const same = (s: string): string => s;

/** No colour. */
export const PLAIN_STYLE: TextStyle = { bold: same, dim: same, underline: same, red: same, yellow: same, green: same, cyan: same };

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
  /** For `check` formats: what the check comes to — every message and finding, with places, and what fails. */
  readonly report?: CheckReport;
  /** How paths are shown: places' files are relative to `root` (the claims folder), shown relative to `cwd`. */
  readonly paths?: PathOptions;
  /** Colours, for formats people read (default: none). */
  readonly style?: TextStyle;
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

/** The check's report and how to show paths (from the claims folder when the input does not say); `check` formats are only rendered with a report. */
export const checkInputOf = (input: FormatInput): { readonly report: CheckReport; readonly paths: PathOptions } => {
  if (input.report === undefined) throw new TypeError('this format needs the check report (needs: check)');
  return { report: input.report, paths: input.paths ?? { root: input.report.root } };
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
