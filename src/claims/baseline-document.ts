/**
 * Editing a baseline file's text: add or replace reviewed entries and remove
 * stale ones. The entries that change are spliced into the text in place
 * (`./baseline-splice.ts`), so every other byte — comments, spacing, flow
 * lists, line ends — stays as the reviewers left it; a file of another shape
 * (no `findings:` key yet, a flow list of entries) is edited through the
 * `yaml` package's Document API, which keeps comments and order but writes
 * the document again. Pure: text in, text out (the CLI writes the file
 * atomically).
 */
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { type BaselineEntry, BaselineEntrySchema, ReviewVerdictSchema } from '../model/baseline.js';
import { createDiagnostic } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';
import { spliceBaselineText } from './baseline-splice.js';

/** A new baseline file: what it is for, and no entries. */
export const NEW_BASELINE_TEXT = [
  '# Findings a person has reviewed. `claimtrace check` fails on findings that are not listed here.',
  '# Record reviews with `claimtrace baseline accept <id> --verdict … --reason … --by …`; every entry',
  `# keeps its verdict (${ReviewVerdictSchema.options.join(' | ')}) and the reason for it.`,
  'findings: []',
  '',
].join('\n');

export interface BaselineEdit {
  /** Entries to write: an entry with the id of an existing one replaces its fields, others are appended. */
  readonly upsert?: readonly BaselineEntry[];
  /** Ids of entries to remove. */
  readonly remove?: readonly string[];
}

const ENTRY_KEYS = Object.keys(BaselineEntrySchema.shape);

/**
 * The baseline text with the edit applied (`text` undefined: a new file).
 *
 * @example
 * editBaselineText(undefined, { upsert: [entry] }) // the header comment, then `findings:` with the entry
 * editBaselineText(text, { remove: ['value-conflict:0123456789ab'] })
 */
export const editBaselineText = (text: string | undefined, edit: BaselineEdit, file = 'baseline.yaml'): Result<string> => {
  const source = text ?? NEW_BASELINE_TEXT;
  const doc = parseDocument(source, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    return failed([
      createDiagnostic('yaml-syntax', `YAML: ${first?.message.split('\n')[0] ?? 'cannot be parsed'}`, { file, start: { line: first?.linePos?.[0].line ?? 1, column: first?.linePos?.[0].col ?? 1 } }),
    ]);
  }
  const spliced = spliceBaselineText(source, doc, edit);
  if (spliced !== undefined) return ok(spliced);
  if (doc.contents === null) doc.contents = doc.createNode({ findings: [] }) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) return failed([createDiagnostic('baseline-schema', 'the baseline is not a mapping with `findings:`', { file, start: { line: 1, column: 1 } })]);
  let findings = doc.get('findings', true);
  if (findings === undefined || findings === null) {
    doc.set('findings', doc.createNode([]));
    findings = doc.get('findings', true);
  }
  if (!isSeq(findings)) return failed([createDiagnostic('baseline-schema', '`findings:` is not a list', { file, start: { line: 1, column: 1 } })]);
  const seq = findings as YAMLSeq;
  const idOf = (item: unknown): unknown => (isMap(item) ? item.get('id') : undefined);

  const removed = new Set(edit.remove ?? []);
  if (removed.size > 0) seq.items = seq.items.filter((item) => !removed.has(String(idOf(item))));

  // What was disputed is a list of lists of value keys: one line, `[[country:AE], [country:GB]]`, as a person writes it.
  const valueNode = (key: string, value: unknown): unknown => {
    const node = doc.createNode(value);
    if (key === 'disputed' && isSeq(node)) {
      node.flow = true;
      for (const item of node.items) if (isSeq(item)) item.flow = true;
    }
    return node;
  };
  for (const entry of edit.upsert ?? []) {
    const existing = seq.items.find((item) => idOf(item) === entry.id);
    const fields = entry as Readonly<Record<string, unknown>>;
    if (isMap(existing)) {
      const map = existing as YAMLMap;
      for (const key of ENTRY_KEYS) {
        const value = fields[key];
        if (value === undefined) map.delete(key);
        else map.set(key, valueNode(key, value));
      }
    } else {
      seq.flow = false;
      const map = doc.createNode({}) as YAMLMap;
      for (const key of ENTRY_KEYS) if (fields[key] !== undefined) map.set(key, valueNode(key, fields[key]));
      seq.items.push(map);
    }
  }
  return ok(doc.toString({ lineWidth: 0 }));
};
