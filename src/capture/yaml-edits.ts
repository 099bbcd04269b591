/**
 * Changing values in a YAML file a person wrote without touching anything
 * else: the yaml package's Document API finds the nodes and their source
 * ranges, and each change is a splice of the original text at those
 * ranges, so comments, quoting, flow style, folding and key order stay as
 * they were. (Re-serialising the document would re-fold long strings and
 * re-space flow lists.)
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** One splice of a text: `[start, end)` replaced by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type YamlValue = string | number;

/**
 * A scalar as YAML on one line: numbers as they are; strings in `style`
 * (the style of the value they replace, plain for new keys) when that
 * style can hold them, else double-quoted (line breaks and long texts are
 * always double-quoted, so the value never becomes a block that would need
 * re-indenting).
 */
export const renderScalar = (value: YamlValue, style: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' = 'PLAIN'): string => {
  if (typeof value === 'number') return String(value);
  const type = /[\n\r]/.test(value) || value.length > 200 ? 'QUOTE_DOUBLE' : style;
  const out = stringify(value, { defaultStringType: type, defaultKeyType: 'PLAIN', lineWidth: 0 }).trimEnd();
  return out.includes('\n') ? stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd() : out;
};

const styleOf = (node: Node): 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' => {
  const t = isScalar(node) ? node.type : undefined;
  return t === 'QUOTE_DOUBLE' || t === 'QUOTE_SINGLE' ? t : 'PLAIN';
};

/** A parsed YAML file that edits are planned against. */
export interface EditableYaml {
  readonly text: string;
  readonly doc: Document.Parsed;
}

/** Parse a YAML text for editing; `undefined` when it has errors. */
export const editableYaml = (text: string): EditableYaml | undefined => {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true });
  return doc.errors.length > 0 ? undefined : { text, doc };
};

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number): number => {
  const k = text.indexOf('\n', at);
  return k < 0 ? text.length : k;
};

const pairOf = (map: YAMLMap, key: string): Pair | undefined => map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key) as Pair | undefined;

/** The mapping at `path` (e.g. `['claims', 3]`), or `undefined`. */
export const mapAt = (file: EditableYaml, path: readonly (string | number)[]): YAMLMap | undefined => {
  const node = path.length === 0 ? file.doc.contents : file.doc.getIn(path, true);
  return isMap(node) ? (node as YAMLMap) : undefined;
};

/**
 * The edit that sets `key` of the mapping `map` to `value`: the value's text
 * replaced when the key exists (a scalar), else a new `key: value` entry
 * after `after` (or the last entry), indented like its neighbours.
 */
export const setKey = (file: EditableYaml, map: YAMLMap, key: string, value: YamlValue, after?: string): TextEdit | undefined => {
  const { text } = file;
  const existing = pairOf(map, key);
  if (existing !== undefined) {
    const node = existing.value as Node | null;
    if (node === null || !isScalar(node) || node.range === undefined || node.range === null) return undefined;
    return { start: node.range[0], end: node.range[1], text: renderScalar(value, styleOf(node)) };
  }
  const rendered = renderScalar(value);
  const anchor = (after !== undefined ? pairOf(map, after) : undefined) ?? (map.items[map.items.length - 1] as Pair | undefined);
  const anchorValue = anchor?.value as Node | null | undefined;
  const anchorKey = anchor?.key as Node | null | undefined;
  const valueEnd = anchorValue?.range?.[1] ?? anchorKey?.range?.[1];
  if (anchor === undefined || valueEnd === undefined || anchorKey?.range === undefined || anchorKey.range === null) return undefined;
  if (map.flow === true) return { start: valueEnd, end: valueEnd, text: `, ${key}: ${rendered}` };
  const keyStart = anchorKey.range[0];
  const indent = keyStart - lineStart(text, keyStart);
  // After the anchor's value, at the end of its (last) line: past a trailing comment.
  const at = lineEnd(text, Math.max(valueEnd - 1, keyStart));
  return { start: at, end: at, text: `\n${' '.repeat(indent)}${key}: ${rendered}` };
};

/**
 * The edit that appends `items` (each a mapping of scalars) to the sequence
 * under `key` of the top-level mapping, creating the key when missing.
 */
export const appendToSeq = (file: EditableYaml, key: string, items: readonly Readonly<Record<string, YamlValue>>[]): TextEdit | undefined => {
  if (items.length === 0) return undefined;
  const { text } = file;
  const root = mapAt(file, []);
  if (root === undefined) return undefined;
  const renderItem = (item: Readonly<Record<string, YamlValue>>, indent: string): string =>
    Object.entries(item)
      .map(([k, v], i) => `${i === 0 ? `${indent}- ` : `${indent}  `}${k}: ${renderScalar(v)}`)
      .join('\n');
  const pair = pairOf(root, key);
  if (pair === undefined) {
    const end = text.endsWith('\n') ? text.length : text.length;
    const prefix = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    return { start: end, end, text: `${prefix}${key}:\n${items.map((i) => renderItem(i, '  ')).join('\n')}\n` };
  }
  const seq = pair.value as Node | null;
  if (!isSeq(seq) || seq.range === undefined || seq.range === null) return undefined;
  if (seq.flow === true || seq.items.length === 0) {
    // `key: []` or a flow list: rewrite it as a block list holding the old items and the new ones.
    const old = (seq.toJSON() as unknown[]).filter((v): v is Record<string, YamlValue> => typeof v === 'object' && v !== null);
    const keyNode = pair.key as Node;
    const keyStart = keyNode.range?.[0] ?? 0;
    const indent = ' '.repeat(keyStart - lineStart(text, keyStart) + 2);
    return { start: seq.range[0], end: seq.range[1], text: `\n${[...old, ...items].map((i) => renderItem(i, indent)).join('\n')}` };
  }
  const first = seq.items[0] as Node;
  const firstStart = first.range?.[0] ?? seq.range[0];
  // "- " precedes the first item's node: the dash's column is the item indentation.
  const dash = text.lastIndexOf('-', firstStart);
  const indent = ' '.repeat(dash - lineStart(text, dash));
  const last = seq.items[seq.items.length - 1] as Node;
  const at = lineEnd(text, Math.max((last.range?.[1] ?? seq.range[1]) - 1, 0));
  return { start: at, end: at, text: `\n${items.map((i) => renderItem(i, indent)).join('\n')}` };
};

/**
 * The edit that puts `entry` — a whole top-level `key: …` entry as YAML
 * text, ending in a line break (or `''` to remove the key) — in place of the
 * top-level `key` and its value, whatever their style; appended at the end
 * of the file when the key is missing. Comments inside the old value go with
 * it.
 */
export const replaceTopLevelEntry = (file: EditableYaml, key: string, entry: string): TextEdit | undefined => {
  const { text } = file;
  const root = mapAt(file, []);
  if (root === undefined || root.flow === true) return undefined;
  const pair = pairOf(root, key);
  if (pair === undefined) {
    if (entry.length === 0) return undefined;
    return { start: text.length, end: text.length, text: `${text.length > 0 && !text.endsWith('\n') ? '\n' : ''}${entry}` };
  }
  const keyNode = pair.key as Node | null;
  const valueNode = pair.value as Node | null;
  const keyRange = keyNode?.range;
  if (keyRange === undefined || keyRange === null) return undefined;
  const start = lineStart(text, keyRange[0]);
  const indent = ' '.repeat(keyRange[0] - start);
  const valueEnd = valueNode?.range?.[1] ?? keyRange[1];
  // Through the end of the value's last line (a block value's range may already end past its line break).
  const end = valueEnd > 0 && text[valueEnd - 1] === '\n' ? valueEnd : Math.min(text.length, lineEnd(text, valueEnd) + 1);
  const indented = indent.length === 0 ? entry : entry.replace(/^(?=.)/gmu, indent);
  return { start, end, text: indented };
};

/** Apply non-overlapping edits to `text`. */
export const applyEdits = (text: string, edits: readonly TextEdit[]): string => {
  // Later first, so offsets stay valid; of two insertions at one place, the first given ends up first.
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i).map((x) => x.e);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
};
