/**
 * One source metadata file → a `SourceDocument` (metadata + normalized text),
 * with every range the author named by its words anchored to offsets.
 */
import { prepareText, type PreparedText } from '../anchor/index.js';
import { contentHash, normalizeText } from '../ingest/index.js';
import type { SourceId } from '../model/ids.js';
import { collected, failed, type Result } from '../model/result.js';
import type {
  AiRange,
  NonContentRange,
  PublishedAt,
  Source,
  SourceDocument,
  SourceRelation,
  SourceTable,
} from '../model/source.js';
import type { TextRange } from '../model/span.js';
import type { Diagnostic } from '../model/message.js';
import { anchorEvidence } from './anchor-evidence.js';
import {
  SourceFileSchema,
  type PublishedAtFile,
  type SourceFile,
  type SourceRelationFileEntry,
  type TableFileEntry,
} from './file-schemas.js';
import { resolveInFolder } from '../files/path-policy.js';
import type { ReadTextFile } from './read-text-file.js';
import type { YamlFile, YamlPath } from './yaml-file.js';
import { validateYaml } from './zod-issues.js';
import { yamlErrorCollector } from './yaml-diagnostic.js';
import { appendAll } from '../model/append-all.js';

export interface LoadedSource {
  readonly document: SourceDocument;
  /** The text prepared for anchoring many quotes. */
  readonly prepared: PreparedText;
  /** The metadata file it came from (for diagnostics about claims that cite it). */
  readonly file: string;
  /** The text file, relative to the claims folder (where a quote's line is). */
  readonly textFile: string;
}

/** The source, or what is wrong with it; a source with errors that still loaded (a hash mismatch) is the partial result. */
export type LoadSourceResult = Result<LoadedSource, LoadedSource | undefined>;

const toPublishedAt = (p: PublishedAtFile): PublishedAt => {
  if (p === 'unknown') return { precision: 'unknown' };
  if ('date' in p) return { precision: 'day', value: p.date };
  return { precision: 'minute', value: p.datetime };
};

interface RangeWords {
  readonly quote?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/**
 * Load one source. `yaml` is the parsed metadata file; `readTextFile` gives
 * the text it points at.
 */
export const loadSource = (yaml: YamlFile, readTextFile: ReadTextFile): LoadSourceResult => {
  const parsed = validateYaml(SourceFileSchema, yaml.value, yaml);
  if (!parsed.success) return failed(parsed.diagnostics);
  const meta: SourceFile = parsed.data;
  const sourceId = meta.id as SourceId;
  const { diagnostics, report: problem } = yamlErrorCollector(yaml, { sourceId });
  const at = (path: YamlPath) => yaml.placeOf(path);

  const where = resolveInFolder(yaml.file, meta.text);
  if (!where.ok) {
    for (const m of where.messages) problem(['text'], 'source-path', m.message, m.hint);
    return failed(diagnostics);
  }
  const read = readTextFile(where.value);
  if (!read.ok) {
    for (const m of read.messages) problem(['text'], m.code as Parameters<typeof problem>[1], m.message, m.hint);
    return failed(diagnostics);
  }
  const text = normalizeText(read.value);
  const hash = contentHash(text);
  const prepared = prepareText(text);
  if (meta.contentHash === undefined) {
    problem([], 'source-hash-missing', `source ${sourceId} has no contentHash`, `add \`contentHash: ${hash}\``);
  } else if (meta.contentHash !== hash) {
    problem(
      ['contentHash'],
      'source-hash-mismatch',
      `the text of ${sourceId} (${where.value}) has changed since its hash was recorded: recorded ${meta.contentHash}, now ${hash}`,
      `check the claims that quote it (they are re-anchored against the new text), then record \`contentHash: ${hash}\``,
    );
  }

  const anchorRange = (path: YamlPath, words: RangeWords): TextRange | undefined => {
    const whereRange = { file: yaml.file, sourceId, at: at(path) };
    const first = words.quote ?? words.from;
    if (first === undefined) return undefined;
    const start = anchorEvidence(prepared, sourceId, { exact: first, prefix: words.prefix, suffix: words.suffix }, whereRange);
    appendAll(diagnostics, start.messages as Diagnostic[]);
    if (!start.ok) return undefined;
    if (words.quote !== undefined || words.to === undefined) {
      return { start: start.value.position.start, end: start.value.position.end };
    }
    const toAt = text.indexOf(words.to, start.value.position.start);
    if (toAt < 0) {
      problem([...path, 'to'], 'range-end-not-found', `"${words.to}" does not occur after "${first}" in ${sourceId}`, 'copy the `to` words exactly from the text after `from`');
      return undefined;
    }
    return { start: start.value.position.start, end: Math.max(toAt + words.to.length, start.value.position.end) };
  };

  const nonContent: NonContentRange[] = [];
  meta.nonContent?.forEach((entry, i) => {
    const range = anchorRange(['nonContent', i], entry);
    if (range === undefined) return;
    nonContent.push({
      range,
      kind: entry.kind,
      ...(entry.language !== undefined ? { language: entry.language } : {}),
      ...(entry.note !== undefined ? { note: entry.note } : {}),
    });
  });

  const aiRanges: AiRange[] = [];
  meta.aiGenerated?.sections?.forEach((entry, i) => {
    const range = anchorRange(['aiGenerated', 'sections', i], entry);
    if (range === undefined) return;
    aiRanges.push({
      range,
      ...(entry.label !== undefined ? { label: entry.label } : {}),
      ...(entry.language !== undefined ? { language: entry.language } : {}),
      ...(entry.note !== undefined ? { note: entry.note } : {}),
    });
  });

  const relations = (key: 'cites' | 'derivedFrom', entries: readonly SourceRelationFileEntry[] | undefined): SourceRelation[] =>
    (entries ?? []).flatMap((entry, i): SourceRelation[] => {
      const base = {
        ...(entry.source !== undefined ? { source: entry.source } : {}),
        ...(entry.outside !== undefined ? { outside: entry.outside } : {}),
        ...(entry.url !== undefined ? { url: entry.url } : {}),
      };
      if (entry.quote === undefined) return [base];
      // Evidence of a citation, like a claim's, never stands in the page's declared non-content.
      const anchored = anchorEvidence(
        prepared,
        sourceId,
        { exact: entry.quote, prefix: entry.prefix, suffix: entry.suffix },
        { file: yaml.file, sourceId, at: at([key, i, 'quote']) },
        nonContent.map((n) => n.range),
      );
      appendAll(diagnostics, anchored.messages as Diagnostic[]);
      return anchored.ok ? [{ ...base, evidence: anchored.value }] : [base];
    });

  const tables = meta.tables === undefined ? undefined : sourceTables(meta.tables, text, (path, message) => problem(path, 'schema', message, 'run claimtrace add on the page again, or delete the table'));

  const source: Source = {
    id: sourceId,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.publisher !== undefined ? { publisher: meta.publisher } : {}),
    ...(meta.author !== undefined ? { author: meta.author } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.language !== undefined ? { language: meta.language } : {}),
    ...(meta.chromeLanguage !== undefined ? { chromeLanguage: meta.chromeLanguage } : {}),
    publishedAt: toPublishedAt(meta.publishedAt),
    ...(meta.retrievedAt !== undefined ? { retrievedAt: meta.retrievedAt } : {}),
    contentHash: hash,
    aiGenerated: { whole: meta.aiGenerated?.whole ?? false, ranges: aiRanges },
    derivedFrom: relations('derivedFrom', meta.derivedFrom),
    cites: relations('cites', meta.cites),
    nonContent,
    ...(tables !== undefined ? { tables } : {}),
  };
  return collected<LoadedSource | undefined>({ document: { source, text }, prepared, file: yaml.file, textFile: where.value }, diagnostics) as LoadSourceResult;
};

/**
 * The recorded tables whose words are still the text's (their hash matches; a text changed since capture leaves its
 * tables out, since their offsets no longer point at their cells), with cells outside their table or columns reported.
 */
const sourceTables = (entries: readonly TableFileEntry[], text: string, report: (path: YamlPath, message: string) => void): SourceTable[] => {
  const tables: SourceTable[] = [];
  entries.forEach((entry, i) => {
    const [start, end] = entry.at;
    if (!(start <= end && end <= text.length) || contentHash(text.slice(start, end)) !== entry.hash) return;
    let sound = true;
    const rows = entry.rows.map((row, j) => ({
      header: row.header ?? [],
      cells: row.cells.map(([column, s, e], k) => {
        if (!(start <= s && s < e && e <= end && column < entry.columns.length)) {
          report(['tables', i, 'rows', j, 'cells', k], `table ${i + 1}, row ${j + 1}, cell ${k + 1}: [${column}, ${s}, ${e}] is not a column of the table or not within its words [${start}, ${end}]`);
          sound = false;
        }
        return { column, range: { start: s, end: e } };
      }),
    }));
    if (sound) tables.push({ range: { start, end }, ...(entry.caption !== undefined ? { caption: entry.caption } : {}), columns: entry.columns, rows, cellsLeftOut: entry.cellsLeftOut ?? 0 });
  });
  return tables;
};
