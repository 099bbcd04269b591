/**
 * Benchmark sources as the library's `SourceDocument`s: each store or web
 * site becomes one source whose text is its own TSV rows, one per line, so
 * every claim's evidence span points at the exact cell it comes from.
 */
import { createHash } from 'node:crypto';
import type { Source, SourceDocument } from '../model/source.js';
import type { SourceId } from '../model/ids.js';
import { SourceIdSchema } from '../model/ids.js';
import type { TsvRow } from './tsv-rows.js';
import { byOrdinal } from '../model/ordinal.js';

/** A source's rows, re-based into the source's own text. */
export interface SourceRows {
  readonly sourceId: SourceId;
  readonly name: string;
  readonly document: SourceDocument;
  /** For each row (input order): the row and the offset of its start in `document.text`. */
  readonly rows: readonly { readonly row: TsvRow; readonly offset: number }[];
}

const slug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'source';

const shortHash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 8);

/**
 * A valid, stable source id for every source name: `<prefix>:<slug>`, with a
 * hash of the name appended when two names give the same slug.
 *
 * @example
 * sourceIdsFor('book', ["Powell's  Books"]).get("Powell's  Books") // 'book:powell-s-books'
 */
export const sourceIdsFor = (prefix: string, names: Iterable<string>): ReadonlyMap<string, SourceId> => {
  const all = [...new Set(names)].sort();
  const bySlug = new Map<string, string[]>();
  for (const n of all) {
    const s = slug(n);
    bySlug.set(s, [...(bySlug.get(s) ?? []), n]);
  }
  const out = new Map<string, SourceId>();
  for (const [s, ns] of bySlug) {
    for (const n of ns) out.set(n, SourceIdSchema.parse(ns.length === 1 ? `${prefix}:${s}` : `${prefix}:${s}-${shortHash(n)}`));
  }
  return out;
};

/**
 * Group rows by source (cell 0) and build one `SourceDocument` per source.
 * `text` is the whole TSV text the rows were parsed from.
 */
export const buildSourceRows = (
  text: string,
  rows: readonly TsvRow[],
  options: { readonly prefix: string; readonly publisher: string; readonly url?: string; readonly retrievedAt?: string },
): readonly SourceRows[] => {
  const byName = new Map<string, TsvRow[]>();
  for (const r of rows) {
    const name = r.cells[0]?.text.trim() ?? '';
    if (name === '') continue;
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [r]);
    else list.push(r);
  }
  const ids = sourceIdsFor(options.prefix, byName.keys());
  return [...byName.entries()]
    .map(([name, list]) => {
      let offset = 0;
      const placed = list.map((row) => {
        const at = offset;
        offset += row.end - row.start + 1;
        return { row, offset: at };
      });
      const sourceText = list.map((r) => text.slice(r.start, r.end)).join('\n') + '\n';
      const source: Source = {
        id: ids.get(name)!,
        title: name,
        publisher: options.publisher,
        ...(options.url !== undefined ? { url: options.url } : {}),
        ...(options.retrievedAt !== undefined ? { retrievedAt: options.retrievedAt } : {}),
        publishedAt: { precision: 'unknown' },
        contentHash: `sha256:${createHash('sha256').update(sourceText).digest('hex')}`,
        aiGenerated: { whole: false, ranges: [] },
        derivedFrom: [],
        cites: [],
        nonContent: [],
      };
      return { sourceId: source.id, name, document: { source, text: sourceText }, rows: placed };
    })
    .sort(byOrdinal((d) => d.sourceId));
};

/** The evidence span of `[start, end)` in a source text: the reconcile stage's helper. */
export { spanAt } from '../anchor/describe-span.js';
