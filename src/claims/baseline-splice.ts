/**
 * Editing a baseline file in place: the entries an edit adds, changes or
 * removes are spliced into the text at the node ranges the `yaml` package
 * reports (`node.range`), and every other byte — comments, blank lines,
 * spacing, flow or block style, CRLF line ends — stays as it was. Reviewing
 * one finding then changes only that finding's lines.
 *
 * Handles the shapes `claimtrace baseline` writes and people keep: a block
 * list of entries (each a block or flow mapping) under `findings:`, or an
 * empty `findings: []`. Anything else (no `findings:` key, a non-empty flow
 * list of entries, a document that is a flow mapping) returns `undefined`,
 * and the caller edits the document as a whole.
 */
import { Document, isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { type BaselineEntry, BaselineEntrySchema } from '../model/baseline.js';
import type { BaselineEdit } from './baseline-document.js';

const ENTRY_KEYS = Object.keys(BaselineEntrySchema.shape);

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `key: value` on one line, as `claimtrace baseline` writes a field (what was disputed as a flow list of flow lists). */
const fieldLine = (key: string, value: unknown): string => {
  const doc = new Document({ [key]: value });
  const node = doc.get(key, true);
  if (isSeq(node)) {
    node.flow = true;
    for (const item of node.items) if (isSeq(item)) item.flow = true;
  }
  const written = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  // A string with a line break would become a block scalar over several lines: write it double-quoted instead (JSON is YAML).
  return written.includes('\n') ? `${key}: ${JSON.stringify(value)}` : written;
};

const valueText = (key: string, value: unknown): string => fieldLine(key, value).slice(key.length + 2);

const entryFields = (entry: BaselineEntry): readonly (readonly [string, unknown])[] => {
  const fields = entry as Readonly<Record<string, unknown>>;
  return ENTRY_KEYS.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]] as const);
};

/** Deep equality of plain YAML data (strings, numbers, lists, maps). */
const sameData = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The baseline text with the edit spliced in, or `undefined` when the file's
 * shape is not one this edits in place. `doc` is `text` parsed, without
 * errors, its contents a mapping.
 */
export const spliceBaselineText = (text: string, doc: Document.Parsed, edit: BaselineEdit): string | undefined => {
  const root = doc.contents;
  if (!isMap(root) || root.flow === true) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'findings') as Pair<Node, Node | null> | undefined;
  if (pair === undefined || !isScalar(pair.key) || pair.key.range == null) return undefined;
  const seq = pair.value;
  if (!isSeq(seq) || seq.range == null) return undefined;
  if (seq.flow === true && seq.items.length > 0) return undefined;

  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = (pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;
  /** Just past the line break that ends the line holding the character before `pos` (or the end of the text). */
  const pastLineEnd = (pos: number): number => {
    if (pos > 0 && text[pos - 1] === '\n') return pos;
    const at = text.indexOf('\n', pos);
    return at < 0 ? text.length : at + 1;
  };
  /** The end of a node's own text, before any line break its range takes in. */
  const trimmed = (pos: number): number => {
    let end = pos;
    while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end -= 1;
    return end;
  };
  const contentEnd = (node: Node): number => trimmed(node.range?.[1] ?? 0);
  const column = (pos: number): number => pos - lineStart(pos);
  const indented = (lines: readonly string[], first: string, rest: string): string => lines.map((line, i) => (i === 0 ? first : rest) + line).join(eol);
  const ending = (pos: number): string => (pos >= text.length && !text.endsWith('\n') ? eol : '');

  const splices: Splice[] = [];
  const seqItems = seq.items as unknown[];
  const idOf = (item: unknown): unknown => (isMap(item) ? item.get('id') : undefined);
  const removed = new Set(edit.remove ?? []);
  const kept = seqItems.filter((item) => !removed.has(String(idOf(item))));
  /** Where an item's dash is: the last non-blank character before it. */
  const dashOf = (item: Node): number | undefined => {
    let at = (item.range?.[0] ?? 0) - 1;
    while (at >= 0 && /\s/.test(text[at] ?? '')) at -= 1;
    return text[at] === '-' ? at : undefined;
  };

  for (const item of seqItems) {
    if (kept.includes(item)) continue;
    const node = item as Node;
    const dash = dashOf(node);
    if (dash === undefined || node.range == null) return undefined;
    splices.push({ start: lineStart(dash), end: pastLineEnd(contentEnd(node)), text: '' });
  }

  const appended: BaselineEntry[] = [];
  for (const entry of edit.upsert ?? []) {
    const existing = kept.find((item) => idOf(item) === entry.id);
    if (existing === undefined) {
      appended.push(entry);
      continue;
    }
    if (!isMap(existing) || existing.range == null) return undefined;
    const edits = entryEdits(existing, entry);
    if (edits === undefined) {
      // A flow entry, or one whose first line would go: write the entry again where it stands.
      const start = existing.range[0];
      const fields = entryFields(entry);
      const written =
        existing.flow === true
          ? `{ ${fields.map(([key, value]) => fieldLine(key, value)).join(', ')} }`
          : indented(fields.map(([key, value]) => fieldLine(key, value)), '', ' '.repeat(column(start)));
      splices.push({ start, end: contentEnd(existing), text: written });
      continue;
    }
    const keyColumn = ' '.repeat(column(existing.range[0]));
    const added: string[] = [];
    for (const change of edits) {
      if (change.kind === 'remove') splices.push({ start: lineStart(change.keyStart), end: pastLineEnd(change.end), text: '' });
      else if (change.kind === 'replace') splices.push({ start: change.start, end: trimmed(change.end), text: valueText(change.key, change.value) });
      else added.push(`${keyColumn}${fieldLine(change.key, change.value)}${eol}`);
    }
    if (added.length > 0) {
      const at = pastLineEnd(contentEnd(existing));
      splices.push({ start: at, end: at, text: `${ending(at)}${added.join('')}` });
    }
  }

  if (appended.length > 0) {
    const entryLines = (entry: BaselineEntry): readonly string[] => entryFields(entry).map(([key, value]) => fieldLine(key, value));
    if (seq.flow === true) {
      // `findings: []` becomes a block list under the key.
      const block = appended.map((entry) => indented(entryLines(entry), '  - ', '    ')).join(eol);
      splices.push({ start: pair.key.range[1], end: contentEnd(seq), text: `:${eol}${block}` });
    } else {
      const first = seqItems[0] as Node;
      const dash = dashOf(first);
      if (dash === undefined) return undefined;
      const pad = ' '.repeat(column(dash));
      const last = seqItems[seqItems.length - 1] as Node;
      const at = pastLineEnd(contentEnd(last));
      const block = appended.map((entry) => indented(entryLines(entry), `${pad}- `, `${pad}  `)).join(eol);
      splices.push({ start: at, end: at, text: `${ending(at)}${block}${eol}` });
    }
  }

  splices.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const splice of splices) out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
  return out;
};

type FieldEdit =
  | { readonly kind: 'remove'; readonly keyStart: number; readonly end: number }
  | { readonly kind: 'replace'; readonly key: string; readonly value: unknown; readonly start: number; readonly end: number }
  | { readonly kind: 'add'; readonly key: string; readonly value: unknown };

/**
 * The field-by-field edits that turn a block entry into `entry` (unchanged
 * fields untouched), or `undefined` when the entry is a flow mapping or its
 * first field (on the dash's line) would be removed.
 */
const entryEdits = (map: YAMLMap, entry: BaselineEntry): readonly FieldEdit[] | undefined => {
  if (map.flow === true) return undefined;
  const fields = entry as Readonly<Record<string, unknown>>;
  const edits: FieldEdit[] = [];
  const pairs = map.items as Pair<Node, Node | null>[];
  for (const key of ENTRY_KEYS) {
    const value = fields[key];
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair === undefined) {
      if (value !== undefined) edits.push({ kind: 'add', key, value });
      continue;
    }
    const keyRange = pair.key.range;
    if (keyRange == null) return undefined;
    const valueNode = pair.value;
    if (value === undefined) {
      if (pair === pairs[0]) return undefined;
      const valueRange = valueNode?.range ?? keyRange;
      edits.push({ kind: 'remove', keyStart: keyRange[0], end: valueRange[1] });
      continue;
    }
    // An alias (`*reviewer`) is read through its anchor: write the entry again rather than guess.
    if (isAlias(valueNode)) return undefined;
    if (valueNode !== null && valueNode.range != null && sameData(valueNode.toJSON(), value)) continue;
    if (valueNode === null || valueNode.range == null || (isScalar(valueNode) && valueNode.range[0] === valueNode.range[1])) return undefined;
    edits.push({ kind: 'replace', key, value, start: valueNode.range[0], end: valueNode.range[1] });
  }
  return edits;
};
