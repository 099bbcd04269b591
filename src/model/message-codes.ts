/**
 * Every message code claimtrace gives, in one table: the stage that gives it
 * and what it means. `MessageCode` is the union of the table's keys, and each
 * stage's codes are a union of their own (`LoadCode`, `AnchorCode`, …), so a
 * code that is not in the table does not compile. docs/messages.md is
 * generated from this table (a test keeps it current).
 */

/** The stage of the pipeline a message comes from (vfile-message's `source`). */
export type MessageSource = 'config' | 'load' | 'anchor' | 'normalize' | 'reconcile' | 'resolve' | 'capture' | 'export';

/** What the table holds about one code. */
export interface MessageCodeInfo {
  readonly source: MessageSource;
  /** What it means, one sentence. */
  readonly summary: string;
}

export const MESSAGE_CODES = {
  // ------------------------------------------------------------ config: claimtrace.config.{json,mjs}
  'config-missing': { source: 'config', summary: 'The configuration file named with `--config` does not exist.' },
  'config-syntax': { source: 'config', summary: 'A JSON configuration file that is not JSON: the first error, at its line and column.' },
  'config-unreadable': { source: 'config', summary: 'The configuration file cannot be read (it is a folder or a device, or the system refuses it), or its module throws when it is imported.' },
  'config-ambiguous': { source: 'config', summary: 'Both claimtrace.config.json and claimtrace.config.mjs in one folder; keep one.' },
  'config-unknown-key': { source: 'config', summary: 'A key the configuration format does not have; the message names the closest key.' },
  'config-invalid': { source: 'config', summary: 'A configuration value of the wrong type or out of range.' },
  'config-plugin': { source: 'config', summary: 'A plugin that cannot be imported, exports no rules, or exports something that is not a rule.' },
  // ------------------------------------------------------------ load: the claims folder
  'folder-missing': { source: 'load', summary: 'The claims folder does not exist.' },
  unreadable: { source: 'load', summary: 'A folder or file of the claims folder cannot be read.' },
  'unknown-file': { source: 'load', summary: 'A YAML file that is none of the folder’s file kinds; it is not read.' },
  'broken-link': { source: 'load', summary: 'A symbolic link whose target does not exist.' },
  'folder-link': { source: 'load', summary: 'A link to a folder inside the claims folder; it is read there, not through the link.' },
  'not-a-file': { source: 'load', summary: 'A pipe, socket or device named like a YAML file; it is not read.' },
  'file-too-large': { source: 'load', summary: 'A YAML file larger than the limit.' },
  'file-vanished': { source: 'load', summary: 'A file or folder removed or renamed while the claims folder was being read; run again.' },
  'path-too-long': { source: 'load', summary: 'A path longer than the operating system accepts (PATH_MAX); it is not read.' },
  'folder-too-large': { source: 'load', summary: 'A claims folder with more files and folders than the limit; the rest is not read.' },
  'invalid-utf8': { source: 'load', summary: 'A file that is not UTF-8; the message names the first invalid byte.' },
  'yaml-syntax': { source: 'load', summary: 'The YAML cannot be parsed.' },
  'yaml-duplicate-key': { source: 'load', summary: 'A key repeated in one YAML mapping.' },
  'yaml-too-deep': { source: 'load', summary: 'Lists or mappings nested too deeply to read safely.' },
  'yaml-alias-limit': { source: 'load', summary: 'YAML aliases that expand too often (an alias bomb), or a cyclic alias.' },
  schema: { source: 'load', summary: 'A value that does not fit the file format (docs/claim-files.md).' },
  'ndjson-syntax': { source: 'load', summary: 'A line of an NDJSON claims file that is not one JSON object; the other lines still load.' },
  'line-too-long': { source: 'load', summary: 'A line of an NDJSON claims file longer than the limit; it is skipped.' },
  'cache-ignored': { source: 'load', summary: 'A `--cache` file that is corrupt (ignored and rewritten), not claimtrace’s (ignored and left alone) or cannot be written; the run reads every file without it.' },
  'predicates-missing': { source: 'load', summary: 'The claims folder has no predicates.yaml.' },
  'duplicate-predicate-id': { source: 'load', summary: 'Two predicates with one id.' },
  'duplicate-entity-id': { source: 'load', summary: 'Two alias-table entries with one id.' },
  'duplicate-source-id': { source: 'load', summary: 'Two sources with one id.' },
  'duplicate-claim-id': { source: 'load', summary: 'Two claims with one id.' },
  'unknown-source': { source: 'load', summary: 'A source id that is not in the corpus.' },
  'unknown-predicate': { source: 'load', summary: 'A predicate that predicates.yaml does not declare.' },
  'invalid-sum': { source: 'load', summary: 'A `sumOf` that is not between quantity predicates (or names its own predicate).' },
  'unknown-entity': { source: 'load', summary: 'A `locatedIn` or `partOf` naming an entity id that no alias table (nor the built-in countries and organisations) has.' },
  'invalid-unit-synonym': { source: 'load', summary: 'An entry of the `units:` table in predicates.yaml that maps a unit to two units, goes round in a cycle, or renames a percentage.' },
  'source-missing': { source: 'load', summary: 'A quote with no source named for it.' },
  'evidence-missing': { source: 'load', summary: 'A claim with neither `quote` nor `evidence`.' },
  'evidence-twice': { source: 'load', summary: 'A claim with both `quote` and `evidence`.' },
  'invalid-value': { source: 'load', summary: 'A claim value that cannot be normalized; `cause` says why.' },
  'value-type-mismatch': { source: 'load', summary: 'A value of another kind than its predicate takes.' },
  'source-path': { source: 'load', summary: 'A source text path that leaves the claims folder.' },
  'source-text-missing': { source: 'load', summary: 'A source text file that does not exist.' },
  'source-too-large': { source: 'load', summary: 'A source text larger than the limit.' },
  'source-hash-missing': { source: 'load', summary: 'A source without `contentHash`.' },
  'source-hash-mismatch': { source: 'load', summary: 'A source text that changed since its hash was recorded.' },
  'range-end-not-found': { source: 'load', summary: 'The `to` words of a range do not occur after its `from` words.' },
  'baseline-unreadable': { source: 'load', summary: 'baseline.yaml cannot be read.' },
  'baseline-schema': { source: 'load', summary: 'A baseline entry that does not fit the baseline format.' },
  // ------------------------------------------------------------ anchor: quotes and spans
  'quote-inexact': { source: 'anchor', summary: 'A quote that does not occur exactly; anchored to the closest passage.' },
  'quote-figure-changed': { source: 'anchor', summary: 'A quote that anchors only approximately, to a passage that states other figures.' },
  'quote-ambiguous': { source: 'anchor', summary: 'A quote that occurs more than once with nothing to pick one.' },
  'quote-not-found': { source: 'anchor', summary: 'A quote that does not occur in its source (or only in non-content).' },
  // ------------------------------------------------------------ normalize: values from words
  empty: { source: 'normalize', summary: 'An empty value.' },
  'too-long': { source: 'normalize', summary: 'A value longer than the parser reads.' },
  'no-number': { source: 'normalize', summary: 'A quantity without a number.' },
  unrecognized: { source: 'normalize', summary: 'Words the parser does not read as a value of this kind.' },
  'invalid-range': { source: 'normalize', summary: 'A range that ends before it starts: a quantity whose low end is above its high end, or a date range written backwards.' },
  'no-date': { source: 'normalize', summary: 'Words without a date.' },
  'ambiguous-date': { source: 'normalize', summary: 'Words with more than one date.' },
  'needs-publication-date': { source: 'normalize', summary: 'A relative date ("Friday", "last year") in a source without a publication date.' },
  'invalid-publication-date': { source: 'normalize', summary: 'A publication date that is not a date.' },
  'no-members': { source: 'normalize', summary: 'A list without member names.' },
  'count-mismatch': { source: 'normalize', summary: 'A list whose stated count differs from the names it gives.' },
  'unknown-value-kind': { source: 'normalize', summary: 'A value form that no value kind reads.' },
  // ------------------------------------------------------------ reconcile: rules and findings
  finding: { source: 'reconcile', summary: 'A finding of a reconciliation rule; `ruleId` and `kind` say which.' },
  'invalid-rule-id': { source: 'reconcile', summary: 'A rule whose id is not a valid id; it is skipped.' },
  'duplicate-rule-id': { source: 'reconcile', summary: 'A second rule with the id of another; it is skipped.' },
  'unknown-rule': { source: 'reconcile', summary: 'A rule configuration for a rule id no rule has.' },
  'invalid-rule-options': { source: 'reconcile', summary: 'Rule options that do not fit the rule’s options schema; the rule is skipped.' },
  'rule-failed': { source: 'reconcile', summary: 'A rule that threw; the other rules still run.' },
  'invalid-finding': { source: 'reconcile', summary: 'A finding that does not fit the finding schema; it is dropped.' },
  'undeclared-kind': { source: 'reconcile', summary: 'A finding of a kind its rule does not declare; it is dropped.' },
  'duplicate-finding-id': { source: 'reconcile', summary: 'Two findings with one id; the second is dropped.' },
  'stale-baseline-entry': { source: 'reconcile', summary: 'A baseline entry whose finding no longer occurs: remove it (`claimtrace baseline prune`), or find out why the finding went.' },
  // ------------------------------------------------------------ resolve: truth discovery
  'duplicate-strategy-id': { source: 'resolve', summary: 'Two truth-discovery strategies with one id (ids key the resolutions); nothing is resolved.' },
  // ------------------------------------------------------------ capture: getting material in (add, update-source, rehash, suggest)
  'page-too-large': { source: 'capture', summary: 'A page larger than the capture limit; nothing is captured.' },
  'page-too-deep': { source: 'capture', summary: 'An HTML page whose elements nest deeper than the capture limit (`MAX_PAGE_DEPTH`); nothing is captured.' },
  'page-undecodable': { source: 'capture', summary: 'A page whose bytes cannot be decoded: an unknown `--encoding` label, or not text at all.' },
  'not-an-article': { source: 'capture', summary: 'An HTML page without article text (a cookie wall, a login prompt, a page a script fills); `--format text` keeps its text as it is.' },
  'page-empty': { source: 'capture', summary: 'A file without text.' },
  'bytes-replaced': { source: 'capture', summary: 'Byte sequences that cannot be decoded in the page’s encoding became U+FFFD.' },
  'encoding-guessed': { source: 'capture', summary: 'A file that is not UTF-8 and declares no encoding, read in the encoding its bytes suggest.' },
  'page-metadata-skipped': { source: 'capture', summary: 'Metadata the page states that cannot be used (invalid JSON-LD or front matter, a date that is not a calendar date); it is skipped.' },
  'non-content-unnamed': { source: 'capture', summary: 'Blocks extraction dropped whose words do not name them uniquely; they are not listed as non-content.' },
  'invalid-source-field': { source: 'capture', summary: 'A field given for a new source or a new capture (id, URL, publication or retrieval date) that is not valid.' },
  'source-exists': { source: 'capture', summary: 'A text that is already a source of the folder; `update-source` replaces a source’s text.' },
  'source-id-taken': { source: 'capture', summary: 'A source id, or a file of its name, that the folder already has.' },
  'write-refused': { source: 'capture', summary: 'A file that cannot be written (one in the way, a symbolic link, a folder leading outside the claims folder, an I/O error); nothing is left half-written.' },
  'source-round-trip': { source: 'capture', summary: 'A source file that the loader does not read back as written: a bug, please report it with the page.' },
  // ------------------------------------------------------------ export: the standards documents (docs/exports.md)
  'export-option-missing': { source: 'export', summary: 'An export needs an option that was not given (ClaimReview: the base URL, the author, the date).' },
  'export-option-invalid': { source: 'export', summary: 'An export option that is not valid: a base URL that is not an absolute http(s) URL, a date that is not a real ISO 8601 date, a severity that does not exist.' },
  'review-before-claim': { source: 'export', summary: 'A ClaimReview dated before a source published the claim it reviews.' },
  'source-without-url': { source: 'export', summary: 'A source with no `url`: its annotations and reviews point at a `urn:claimtrace:source:` name that no browser opens.' },
  'retrieval-date-invalid': { source: 'export', summary: 'A source whose `retrievedAt` is not an ISO 8601 date or date-time; the annotations say nothing about when it was retrieved.' },
  'agent-unknown': { source: 'export', summary: 'A speaker, outlet or publisher that entities.yaml does not list: the exports cannot say whether it is a person or an organisation.' },
  'claim-undated': { source: 'export', summary: 'A reviewed claim that no source dates (no `publishedAt`, no `retrievedAt`): its ClaimReview has no `itemReviewed.datePublished`.' },
} as const satisfies Readonly<Record<string, MessageCodeInfo>>;

/** Every message code. */
export type MessageCode = keyof typeof MESSAGE_CODES;

/** The codes one stage gives. */
export type CodeOf<S extends MessageSource> = {
  [K in MessageCode]: (typeof MESSAGE_CODES)[K]['source'] extends S ? K : never;
}[MessageCode];

export type ConfigCode = CodeOf<'config'>;
export type LoadCode = CodeOf<'load'>;
export type AnchorCode = CodeOf<'anchor'>;
export type NormalizeCode = CodeOf<'normalize'>;
export type ReconcileCode = CodeOf<'reconcile'>;
export type ResolveCode = CodeOf<'resolve'>;
export type CaptureCode = CodeOf<'capture'>;
export type ExportCode = CodeOf<'export'>;

/** Every code, in table order. */
export const MESSAGE_CODE_LIST = Object.keys(MESSAGE_CODES) as MessageCode[];
