/**
 * Reading a YAML file so that every later error can point at file:line:col.
 *
 * The `yaml` package keeps a source range on every node; a `LineCounter`
 * turns offsets into 1-based lines and columns. Parse errors are collected
 * (all of them), never thrown. A plain file (mappings, sequences, scalars) is
 * read by the quicker `readPlainYaml` instead, with the same value and the
 * same places (see yaml-plain-read.ts); every other file, and every file with
 * an error, is read by `yaml`.
 */
import type { Document } from 'yaml';
import { createLocator, type Locator } from '../ingest/create-locator.js';
import { createDiagnostic, type Diagnostic, type FilePoint } from '../model/message.js';
import { collected, ok, type Result } from '../model/result.js';
import { yamlPackage } from './yaml-package.js';
import { readPlainYaml, type PlacedNode } from './yaml-plain-read.js';

/** Aliases may be expanded at most this many times: stops "billion laughs" alias bombs. */
export const MAX_YAML_ALIAS_COUNT = 100;

export type YamlPath = readonly (string | number)[];


export interface YamlFile {
  /** The file's path as diagnostics show it. */
  readonly file: string;
  /** The plain JavaScript value of the document (`undefined` when it could not be read). */
  readonly value: unknown;
  /**
   * Where the node at `path` starts. For a missing key, the nearest existing
   * ancestor; for an empty document, 1:1.
   */
  readonly placeOf: (path: YamlPath) => FilePoint;
  /** Where the key (not the value) of the mapping entry at `path` starts. */
  readonly placeOfKey: (path: YamlPath) => FilePoint;
}

/** The file and every problem met reading it; on failure `partial` is the file with `value` undefined. */
export type YamlReadResult = Result<YamlFile, YamlFile>;

const startOf = (node: unknown): number | undefined => {
  if (yamlPackage().isNode(node) && node.range) return node.range[0];
  return undefined;
};

/** Find the node at `path`, walking down as far as the document goes. */
const deepestNode = (doc: Document, path: YamlPath): { node: unknown; complete: boolean } => {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node !== undefined && node !== null) return { node, complete: depth === path.length };
  }
  return { node: undefined, complete: false };
};

/** A path segment as `yaml` reads it as an index into a sequence (its `asItemIndex`). */
const itemIndex = (key: string | number): number | undefined => {
  const index = key && typeof key === 'string' ? Number(key) : key;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : undefined;
};

/** The placed node at `path`, as `yaml`'s `getIn(path, true)` finds it. */
const placedAt = (root: PlacedNode, path: YamlPath): PlacedNode | undefined => {
  let node: PlacedNode | undefined = root;
  for (const key of path) {
    if (node === undefined) return undefined;
    if (node.kind === 'map') {
      const at: number = typeof key === 'string' ? node.keys.indexOf(key) : -1;
      node = at < 0 ? undefined : node.values[at];
    } else if (node.kind === 'seq') {
      const index = itemIndex(key);
      node = index === undefined ? undefined : node.items[index];
    } else return undefined;
  }
  return node;
};

/**
 * 1-based line and column of an offset, as `yaml`'s `LineCounter` gives them (lines start after each `\n`):
 * the project's locator, made on the first place asked for.
 */
const placesIn = (text: string): ((offset: number) => FilePoint) => {
  let locator: Locator | undefined;
  return (offset) => {
    locator ??= createLocator(text);
    const point = locator.toPoint(Math.min(Math.max(offset, 0), text.length));
    return { line: point?.line ?? 1, column: point?.column ?? 1 };
  };
};

/** The YAML file of a plain document read by `readPlainYaml`: the same value and places `yaml` gives. */
const plainYamlFile = (file: string, text: string, value: unknown, root: PlacedNode): YamlFile => {
  const place = placesIn(text);
  const placeOf = (path: YamlPath): FilePoint => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = placedAt(root, depth === path.length ? path : path.slice(0, depth));
      if (node !== undefined) return place(node.start);
    }
    return place(root.start);
  };
  const placeOfKey = (path: YamlPath): FilePoint => {
    if (path.length === 0) return place(root.start);
    const parent = placedAt(root, path.slice(0, -1));
    if (parent?.kind === 'map') {
      const at = parent.keys.indexOf(path[path.length - 1] as string);
      if (at >= 0) return place(parent.keyStarts[at]!);
    }
    return placeOf(path);
  };
  return { file, value, placeOf, placeOfKey };
};

/**
 * Parse `text` as the YAML file `file`. Never throws: syntax errors, duplicate
 * keys and alias bombs come back as diagnostics with their place.
 *
 * @example
 * const read = readYamlFile('claims/predicates.yaml', 'predicates: []');
 * read.ok && read.value.value; // { predicates: [] }
 */
export const readYamlFile = (file: string, raw: string): YamlReadResult => {
  const text = withLineFeeds(raw);
  const plain = readPlainYaml(text);
  if (plain !== undefined) return ok(plainYamlFile(file, text, plain.value, plain.root));
  return readDocument(file, text);
};

/**
 * YAML 1.2 counts a lone CR as a line break (as CRLF and LF); the `yaml` package, and so the
 * places it gives, count only LF. A lone CR becomes an LF: the same length, so every offset,
 * line and column is the file's own.
 */
const withLineFeeds = (text: string): string => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/** `readYamlFile` through the `yaml` package: every file the quick reader leaves, and every diagnostic. */
export const readYamlDocument = (file: string, raw: string): YamlReadResult => readDocument(file, withLineFeeds(raw));

// `readYamlDocument` on a text whose line breaks `withLineFeeds` has already made LF.
const readDocument = (file: string, text: string): YamlReadResult => {
  const { isNode, LineCounter, parseDocument } = yamlPackage();
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const place = (offset: number | undefined): FilePoint => {
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) {
    const at = error.linePos?.[0];
    diagnostics.push(
      createDiagnostic(
        error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : error.code === 'RESOURCE_EXHAUSTION' ? 'yaml-too-deep' : 'yaml-syntax',
        `YAML: ${(error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '')}`,
        { file, start: { line: at?.line ?? 1, column: at?.col ?? 1 } },
        {
          hint:
            error.code === 'DUPLICATE_KEY'
              ? 'each key may appear once in a mapping: remove or rename the repeated key'
              : error.code === 'RESOURCE_EXHAUSTION'
                ? 'the lists or mappings nest too deeply to read safely (about 1000 levels): flatten them'
                : 'fix the YAML syntax at this place (indentation, quoting, a missing ":" or "-")',
        },
      ),
    );
  }
  let value: unknown = undefined;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
    } catch (error) {
      // toJS throws only on resource exhaustion (alias bombs) or cyclic aliases.
      diagnostics.push(
        createDiagnostic('yaml-alias-limit', `YAML: ${(error as Error).message}`, { file, start: { line: 1, column: 1 } }, {
          hint: `aliases (*name) may expand at most ${MAX_YAML_ALIAS_COUNT} times in one file; write the values out`,
        }),
      );
    }
  }
  const placeOf = (path: YamlPath): FilePoint => place(startOf(deepestNode(doc, path).node));
  const placeOfKey = (path: YamlPath): FilePoint => {
    if (path.length === 0) return place(startOf(doc.contents));
    const parent = doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (isNode(parent) && 'items' in parent && Array.isArray(parent.items)) {
      for (const item of parent.items as unknown[]) {
        if (item && typeof item === 'object' && 'key' in item) {
          const key = (item as { key: unknown }).key;
          const keyValue = isNode(key) && 'value' in key ? (key as { value: unknown }).value : key;
          if (keyValue === last) return place(startOf(key));
        }
      }
    }
    return placeOf(path);
  };
  return collected<YamlFile>({ file, value, placeOf, placeOfKey }, diagnostics);
};
