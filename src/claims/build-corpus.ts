/**
 * The claims folder, given as files, → a `Corpus` and every diagnostic.
 * Pure: the file system stays at the edge (`loadCorpus`). Nothing valid is
 * dropped because something else is invalid: each source, predicate, entity
 * and claim stands or falls on its own, and all problems are collected.
 */
import type { AliasEntry } from '../model/entity.js';
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import { createDiagnostic, type Diagnostic, type FilePlace, type FilePoint } from '../model/message.js';
import { collected, settled, type Result } from '../model/result.js';
import type { Predicate } from '../model/predicate.js';
import { createEntityResolver } from '../normalize/index.js';
import { EntitiesFileSchema, PredicatesFileSchema } from './file-schemas.js';
import { type ClaimFileContext, loadClaimFile, type LocatedClaim } from './load-claim-file.js';
import { loadSource, type LoadedSource } from './load-source.js';
import type { ReadTextFile } from './read-text-file.js';
import type { FileLine } from '../files/file-lines.js';
import { loadClaimLine } from './ndjson-claims.js';
import type { LoadCache } from './load-cache.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';
import type { z } from 'zod';
import type { SourceDocument } from '../model/source.js';
import { prepareText, type PreparedText } from '../anchor/prepared-text.js';
import { validateYaml } from './zod-issues.js';
import { byOrdinal, compareOrdinal } from '../model/ordinal.js';
import { createUnitTable, type UnitSynonym } from '../values/unit-table.js';
import { appendAll } from '../model/append-all.js';

export interface FolderFile {
  /** POSIX path relative to the claims folder, e.g. `claims/003.yaml`. */
  readonly path: string;
  readonly text: string;
}

export interface BuildCorpusInput {
  /** Every YAML file of the folder. */
  readonly yamlFiles: readonly FolderFile[];
  /** Reads a source text file (path relative to the folder). */
  readonly readTextFile: ReadTextFile;
  /** Files the edge could not read, reported as they are. */
  readonly unreadable?: readonly Diagnostic[];
  /** NDJSON claim files (`.ndjson` files under `claims/`, paths relative to the folder), read line by line after the YAML claim files. */
  readonly ndjsonFiles?: readonly string[];
  /** Opens an NDJSON file's lines (read as they are iterated), or says why it cannot be read. */
  readonly readLines?: (path: string) => Iterable<FileLine> | Diagnostic;
  /** Claim files loaded in an earlier run, by content hash (`--cache`); NDJSON files are always read. */
  readonly cache?: LoadCache;
}

/** What the cache keeps of one claim file: its claims and every message about it. */
interface CachedClaimFile {
  readonly claims: readonly LocatedClaim[];
  readonly diagnostics: readonly Diagnostic[];
}

const isCachedClaimFile = (value: unknown): value is CachedClaimFile =>
  typeof value === 'object' && value !== null && Array.isArray((value as CachedClaimFile).claims) && Array.isArray((value as CachedClaimFile).diagnostics);

/** A claims folder as far as it loaded. */
export interface BuiltFolder {
  /** Everything that loaded, even when other parts did not. */
  readonly corpus: Corpus;
  /** Where each claim is written. */
  readonly claimLocations: ReadonlyMap<string, FilePlace>;
  /** Where each source's metadata is written. */
  readonly sourceFiles: ReadonlyMap<string, string>;
  /** Each source's text file (path relative to the folder): where its quotes' lines are. */
  readonly sourceTextFiles: ReadonlyMap<string, string>;
}

/**
 * The folder and every message (sorted by file, line and column); `ok` when
 * no message is an error. On failure, `partial` holds everything that loaded.
 */
export type BuildCorpusResult = Result<BuiltFolder, BuiltFolder>;

/** The folder's layout: which YAML file is which kind. */
export type FileKind = 'predicates' | 'entities' | 'source' | 'claims' | 'baseline' | 'unknown';

export const classifyFile = (path: string): FileKind => {
  if (/\.ndjson$/i.test(path)) return path.startsWith('claims/') ? 'claims' : 'unknown';
  const name = path.replace(/\.ya?ml$/i, '');
  if (name === 'predicates') return 'predicates';
  if (name === 'entities') return 'entities';
  if (name === 'baseline') return 'baseline';
  if (name.startsWith('sources/')) return 'source';
  if (name.startsWith('claims/')) return 'claims';
  return 'unknown';
};

const byPlace = (a: Diagnostic, b: Diagnostic): number =>
  compareOrdinal(a.place.file, b.place.file) ||
  a.place.start.line - b.place.start.line ||
  a.place.start.column - b.place.start.column ||
  compareOrdinal(a.code, b.code) ||
  compareOrdinal(a.message, b.message);

const duplicate = (
  kind: 'predicate' | 'entity' | 'source' | 'claim',
  id: string,
  file: string,
  at: FilePoint,
  first: FilePlace,
  about: { readonly claimId?: string; readonly sourceId?: string } = {},
): Diagnostic =>
  createDiagnostic(`duplicate-${kind}-id`, `${kind} id "${id}" is already used at ${first.file}:${first.start.line}:${first.start.column}`, { file, start: at }, {
    ...about,
    hint: `give every ${kind} a unique id`,
  });

const atStart = (file: string): FilePlace => ({ file, start: { line: 1, column: 1 } });

/**
 * A vocabulary file's entries, each with the place of its id and of the
 * fields checked against the whole folder later (`places`: `"sumOf"` for the
 * field, `"sumOf.0"` for its first item), and its problems. Places are kept
 * as data, not as the parsed YAML, so that the cache can keep them.
 */
interface PlacedEntries<T> {
  readonly entries: readonly { readonly value: T; readonly at: FilePoint; readonly places: Readonly<Record<string, FilePoint>> }[];
  readonly diagnostics: readonly Diagnostic[];
}

const isPlacedEntries = <T>(value: unknown): value is PlacedEntries<T> =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as PlacedEntries<T>).entries) &&
  Array.isArray((value as PlacedEntries<T>).diagnostics) &&
  (value as PlacedEntries<T>).entries.every((e) => typeof e === 'object' && e !== null && typeof e.places === 'object' && e.places !== null);

/** Parse and validate a vocabulary file (predicates.yaml, entities.yaml): its data and places, or its problems. */
const readVocabulary = <D>(file: FolderFile, schema: z.ZodType<D>): { readonly data: D; readonly yaml: YamlFile } | { readonly diagnostics: readonly Diagnostic[] } => {
  const read = readYamlFile(file.path, file.text);
  if (!read.ok || read.messages.length > 0) return { diagnostics: read.messages as Diagnostic[] };
  const result = validateYaml(schema, read.value.value, read.value);
  return result.success ? { data: result.data, yaml: read.value } : { diagnostics: result.diagnostics };
};

/** The entries of a vocabulary list, each with the place of its id and of `fields` (each a list) and their items. */
const placedEntries = <T extends { readonly id: string }>(items: readonly T[], yaml: YamlFile, list: string, fields: readonly (keyof T & string)[]): PlacedEntries<T>['entries'] =>
  items.map((value, i) => {
    const places: Record<string, FilePoint> = {};
    for (const field of fields) {
      const entries = value[field];
      if (!Array.isArray(entries)) continue;
      places[field] = yaml.placeOf([list, i, field]);
      entries.forEach((_, j) => {
        places[`${field}.${j}`] = yaml.placeOf([list, i, field, j]);
      });
    }
    return { value, at: yaml.placeOf([list, i, 'id']), places };
  });

/** Parse and validate entities.yaml. */
const readEntities = (file: FolderFile): PlacedEntries<AliasEntry> => {
  const read = readVocabulary(file, EntitiesFileSchema);
  if ('diagnostics' in read) return { entries: [], diagnostics: read.diagnostics };
  return { entries: placedEntries(read.data.entities, read.yaml, 'entities', ['locatedIn', 'partOf']), diagnostics: [] };
};

/** predicates.yaml: its predicates, and its `units:` table with the place of each entry's key. */
interface PlacedPredicates extends PlacedEntries<Predicate> {
  readonly units: readonly { readonly synonym: UnitSynonym; readonly at: FilePoint }[];
}

const isPlacedPredicates = (value: unknown): value is PlacedPredicates => isPlacedEntries<Predicate>(value) && Array.isArray((value as PlacedPredicates).units);

/** Parse and validate predicates.yaml. */
const readPredicates = (file: FolderFile): PlacedPredicates => {
  const read = readVocabulary(file, PredicatesFileSchema);
  if ('diagnostics' in read) return { entries: [], diagnostics: read.diagnostics, units: [] };
  const units = Object.entries(read.data.units ?? {}).map(([unit, means]) => ({ synonym: { unit, means }, at: read.yaml.placeOfKey(['units', unit]) }));
  return { entries: placedEntries(read.data.predicates, read.yaml, 'predicates', ['sumOf']), diagnostics: [], units };
};

/** A source as the cache keeps it: the document (the text prepared for anchoring is made again when needed) and the texts it read, by hash. */
interface CachedSource {
  readonly loaded: { readonly document: SourceDocument; readonly file: string; readonly textFile: string } | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly idAt: FilePoint;
  readonly texts: readonly (readonly [string, string])[];
}

const isCachedSource = (value: unknown): value is CachedSource =>
  typeof value === 'object' && value !== null && Array.isArray((value as CachedSource).texts) && Array.isArray((value as CachedSource).diagnostics);

/** A loaded source whose anchoring index is built on first use (a cached source may never anchor a quote). */
export const lazilyPrepared = (document: SourceDocument, file: string, textFile: string): LoadedSource => {
  let prepared: PreparedText | undefined;
  return {
    document,
    file,
    textFile,
    get prepared() {
      prepared ??= prepareText(document.text);
      return prepared;
    },
  };
};

/** Load one source metadata file (and its text): from the cache when the file and every text it read are unchanged. */
const loadSourceFile = (file: FolderFile, readTextFile: ReadTextFile, cache: LoadCache | undefined): { loaded?: LoadedSource; diagnostics: readonly Diagnostic[]; idAt: FilePoint } => {
  const key = cache?.key(['source', file.path, file.text]);
  const hit = key !== undefined ? cache?.get(key) : undefined;
  if (cache !== undefined && isCachedSource(hit)) {
    const unchanged = hit.texts.every(([path, hash]) => {
      const read = readTextFile(path);
      return read.ok && cache.key(['text', read.value]) === hash;
    });
    if (unchanged) return { ...(hit.loaded !== null ? { loaded: lazilyPrepared(hit.loaded.document, hit.loaded.file, hit.loaded.textFile) } : {}), diagnostics: hit.diagnostics, idAt: hit.idAt };
  }
  const read = readYamlFile(file.path, file.text);
  if (!read.ok || read.messages.length > 0) return { diagnostics: read.messages as Diagnostic[], idAt: { line: 1, column: 1 } };
  const texts: [string, string][] = [];
  const recording: ReadTextFile = (path) => {
    const text = readTextFile(path);
    if (cache !== undefined) texts.push([path, text.ok ? cache.key(['text', text.value]) : '']);
    return text;
  };
  const result = loadSource(read.value, recording);
  const loaded = result.ok ? result.value : result.partial;
  const idAt = read.value.placeOf(['id']);
  const diagnostics = result.messages as Diagnostic[];
  if (cache !== undefined && key !== undefined) {
    const entry: CachedSource = { loaded: loaded !== undefined ? { document: loaded.document, file: loaded.file, textFile: loaded.textFile } : null, diagnostics, idAt, texts };
    cache.set(key, entry);
  }
  return { ...(loaded !== undefined ? { loaded } : {}), diagnostics, idAt };
};

/** Parse, validate, anchor and read the claims of one claim file. */
const loadClaimFileText = (file: FolderFile, context: ClaimFileContext): CachedClaimFile => {
  const read = readYamlFile(file.path, file.text);
  if (!read.ok || read.messages.length > 0) return { claims: [], diagnostics: read.messages as Diagnostic[] };
  const result = loadClaimFile(read.value, context);
  return { claims: (result.ok ? result.value : result.partial) ?? [], diagnostics: result.messages as Diagnostic[] };
};

/**
 * Build a corpus from the folder's files.
 *
 * @example
 * const built = buildCorpus({ yamlFiles, readTextFile });
 * const { corpus } = settled(built); // built.messages: every problem, placed
 */
export const buildCorpus = (input: BuildCorpusInput): BuildCorpusResult => {
  const diagnostics: Diagnostic[] = [...(input.unreadable ?? [])];
  const files = [...input.yamlFiles].sort(byOrdinal((f) => f.path));
  const ofKind = (kind: FileKind): FolderFile[] => files.filter((f) => classifyFile(f.path) === kind);
  const cache = input.cache;
  /** What `compute` gives for `file`, from the cache when the file's text is unchanged. */
  const cached = <T>(kind: string, file: FolderFile, isValid: (value: unknown) => value is T, compute: () => T): T => {
    if (cache === undefined) return compute();
    const key = cache.key([kind, file.path, file.text]);
    const hit = cache.get(key);
    if (isValid(hit)) return hit;
    const value = compute();
    cache.set(key, value);
    return value;
  };
  // Each file kind is parsed where it is read (below). The baseline is read, and its problems reported,
  // by readBaseline: parsing it here too doubled the largest file's cost and said each problem twice.
  for (const file of ofKind('unknown')) appendAll(diagnostics, readYamlFile(file.path, file.text).messages as Diagnostic[]);

  for (const file of [...files, ...(input.ndjsonFiles ?? []).map((path) => ({ path }))]) {
    if (classifyFile(file.path) === 'unknown') {
      diagnostics.push(
        createDiagnostic('unknown-file', `${file.path} is not a claimtrace file and was not read`, atStart(file.path), {
          severity: 'warning',
          hint: 'claim files go under claims/, source metadata under sources/; the vocabulary is predicates.yaml, aliases entities.yaml',
        }),
      );
    }
  }

  // Predicates.
  const predicates = new Map<string, Predicate>();
  const predicatePlaces = new Map<string, FilePlace>();
  if (!files.some((f) => classifyFile(f.path) === 'predicates')) {
    diagnostics.push(
      createDiagnostic('predicates-missing', 'the claims folder has no predicates.yaml', atStart('predicates.yaml'), {
        hint: 'create predicates.yaml with the predicate vocabulary (docs/claim-files.md)',
      }),
    );
  }
  const predicateFiles: { readonly file: string; readonly entries: PlacedEntries<Predicate>['entries'] }[] = [];
  const unitSynonyms: { readonly synonym: UnitSynonym; readonly at: FilePoint; readonly file: string }[] = [];
  for (const file of ofKind('predicates')) {
    const read = cached('predicates', file, isPlacedPredicates, () => readPredicates(file));
    appendAll(diagnostics, read.diagnostics);
    predicateFiles.push({ file: file.path, entries: read.entries });
    appendAll(unitSynonyms, read.units.map((u) => ({ ...u, file: file.path })));
    for (const { value: p, at } of read.entries) {
      const first = predicatePlaces.get(p.id);
      if (first !== undefined) diagnostics.push(duplicate('predicate', p.id, file.path, at, first));
      else {
        predicates.set(p.id, p);
        predicatePlaces.set(p.id, { file: file.path, start: at });
      }
    }
  }

  // Sums: a total and its components are quantity predicates, and a total is not its own component.
  for (const { file, entries: declared } of predicateFiles) {
    declared.forEach(({ value: p, at, places }) => {
      if (p.sumOf === undefined || predicates.get(p.id) !== p) return;
      const sumAt = (j?: number): FilePlace => ({ file, start: places[j === undefined ? 'sumOf' : `sumOf.${j}`] ?? at });
      if (p.valueType !== 'quantity') {
        diagnostics.push(createDiagnostic('invalid-sum', `predicate "${p.id}" declares sumOf, but takes ${p.valueType} values; only a quantity is a sum`, sumAt()));
        return;
      }
      p.sumOf.forEach((component, j) => {
        const target = predicates.get(component);
        if (target === undefined) {
          diagnostics.push(
            createDiagnostic('unknown-predicate', `predicate "${p.id}" is the sum of "${component}", which predicates.yaml does not declare`, sumAt(j), {
              hint: 'declare the component predicate, or remove it from sumOf',
            }),
          );
        } else if (component === p.id || target.valueType !== 'quantity') {
          diagnostics.push(
            createDiagnostic(
              'invalid-sum',
              component === p.id ? `predicate "${p.id}" names itself in sumOf` : `predicate "${p.id}" is the sum of "${component}", which takes ${target.valueType} values, not quantities`,
              sumAt(j),
            ),
          );
        }
      });
    });
  }

  // Unit synonyms (`units:`), checked as one table; a problem is placed at its entry's key.
  const unitTable = createUnitTable(unitSynonyms.map((u) => u.synonym));
  for (const m of unitTable.messages) {
    const entry = unitSynonyms[typeof m.path?.[0] === 'number' ? m.path[0] : 0];
    const place = entry !== undefined ? { file: entry.file, start: entry.at } : atStart('predicates.yaml');
    diagnostics.push(createDiagnostic(m.code, m.message, place, m.hint !== undefined ? { hint: m.hint } : {}));
  }
  const units = settled(unitTable);
  // What the table keeps: not a cycle's other entries, which its message does not name.
  const acceptedUnits = units.accepted.map((i) => (unitSynonyms[i] as (typeof unitSynonyms)[number]).synonym);

  // Entities (alias tables).
  const entities: AliasEntry[] = [];
  const entityPlaces = new Map<string, FilePlace>();
  const entityFiles: { readonly file: string; readonly entries: PlacedEntries<AliasEntry>['entries'] }[] = [];
  for (const file of ofKind('entities')) {
    const read = cached('entities', file, isPlacedEntries<AliasEntry>, () => readEntities(file));
    appendAll(diagnostics, read.diagnostics);
    entityFiles.push({ file: file.path, entries: read.entries });
    for (const { value: e, at } of read.entries) {
      const first = entityPlaces.get(e.id);
      if (first !== undefined) diagnostics.push(duplicate('entity', e.id, file.path, at, first));
      else {
        entities.push(e);
        entityPlaces.set(e.id, { file: file.path, start: at });
      }
    }
  }
  const resolver = createEntityResolver({ entities });
  // locatedIn / partOf name entities the resolver knows (the corpus's, the built-in countries and organisations).
  for (const { file, entries: declared } of entityFiles) {
    declared.forEach(({ value: e, at, places }) => {
      for (const relation of ['locatedIn', 'partOf'] as const) {
        (e[relation] ?? []).forEach((target, j) => {
          if (resolver.entity(target) !== undefined) return;
          diagnostics.push(
            createDiagnostic('unknown-entity', `entity "${e.id}" is ${relation === 'locatedIn' ? 'located in' : 'part of'} "${target}", which no alias table has`, { file, start: places[`${relation}.${j}`] ?? at }, {
              hint: 'use the id of an entity in entities.yaml, a country (country:US) or a built-in organisation (org:EU)',
            }),
          );
        });
      }
    });
  }

  // Sources.
  const sources = new Map<string, LoadedSource>();
  const sourceFiles = new Map<string, string>();
  const sourceTextFiles = new Map<string, string>();
  // What the claims depend on besides their own file, for the cache's keys: the vocabulary, and every source's metadata and text.
  const vocabulary = files.filter((f) => ['predicates', 'entities', 'source'].includes(classifyFile(f.path))).flatMap((f) => [f.path, f.text]);
  const texts = new Map<string, string>();
  const readTextFile: ReadTextFile =
    cache === undefined
      ? input.readTextFile
      : (path) => {
          const read = input.readTextFile(path);
          texts.set(path, read.ok ? read.value : '\u0000unreadable');
          return read;
        };
  for (const file of ofKind('source')) {
    const { loaded, diagnostics: problems, idAt } = loadSourceFile(file, readTextFile, cache);
    appendAll(diagnostics, problems);
    if (loaded === undefined) continue;
    const id = loaded.document.source.id;
    const firstFile = sourceFiles.get(id);
    if (firstFile !== undefined) {
      diagnostics.push(duplicate('source', id, file.path, idAt, atStart(firstFile), { sourceId: id }));
      continue;
    }
    sources.set(id, loaded);
    sourceFiles.set(id, file.path);
    sourceTextFiles.set(id, loaded.textFile);
  }
  const dependencies = [...vocabulary, ...[...texts].flat()];
  // Declared relations must name corpus sources that exist.
  for (const [id, loaded] of sources) {
    const relations = [...loaded.document.source.cites, ...loaded.document.source.derivedFrom];
    for (const relation of relations) {
      if (relation.source !== undefined && !sources.has(relation.source)) {
        diagnostics.push(
          createDiagnostic('unknown-source', `source ${id} declares a relation to "${relation.source}", which is not in the corpus`, atStart(loaded.file), {
            sourceId: id,
            hint: 'name an existing source id, or use `outside:` for a report outside the corpus',
          }),
        );
      }
    }
  }

  // Claims.
  const claims: Claim[] = [];
  const claimLocations = new Map<string, FilePlace>();
  const context = { sources, predicates, resolver, units };
  const addClaim = (located: LocatedClaim): void => {
    const first = claimLocations.get(located.claim.id);
    if (first !== undefined) {
      diagnostics.push(duplicate('claim', located.claim.id, located.place.file, located.place.start, first, { claimId: located.claim.id }));
      return;
    }
    claims.push(located.claim);
    claimLocations.set(located.claim.id, located.place);
  };
  const contextKey = cache?.key(['claim-context', ...dependencies]);
  for (const file of files.filter((f) => classifyFile(f.path) === 'claims')) {
    const key = cache !== undefined && contextKey !== undefined ? cache.key(['claim-file', contextKey, file.path, file.text]) : undefined;
    const cached = key !== undefined ? cache?.get(key) : undefined;
    const loaded: CachedClaimFile = isCachedClaimFile(cached) ? cached : loadClaimFileText(file, context);
    if (key !== undefined && loaded !== cached) cache?.set(key, loaded);
    appendAll(diagnostics, loaded.diagnostics);
    for (const located of loaded.claims) addClaim(located);
  }
  // NDJSON claim files, a line at a time: memory holds the claims, never the file.
  const ndjsonFiles = [...(input.ndjsonFiles ?? [])].filter((path) => classifyFile(path) === 'claims').sort(compareOrdinal);
  for (const path of ndjsonFiles) {
    const lines = input.readLines?.(path);
    if (lines === undefined) continue;
    if (!(Symbol.iterator in lines)) {
      diagnostics.push(lines);
      continue;
    }
    for (const line of lines) {
      const loaded = loadClaimLine(path, line, context);
      appendAll(diagnostics, loaded.diagnostics);
      if (loaded.claim !== undefined) addClaim(loaded.claim);
    }
  }

  const corpus: Corpus = {
    sources: [...sources.values()].map((s) => s.document).sort(byOrdinal((d) => d.source.id)),
    predicates: [...predicates.values()].sort(byOrdinal((p) => p.id)),
    claims: claims.sort(byOrdinal((c) => c.id)),
    entities: entities.sort(byOrdinal((e) => e.id)),
    ...(acceptedUnits.length > 0 ? { units: acceptedUnits } : {}),
  };
  diagnostics.sort(byPlace);
  return collected<BuiltFolder>({ corpus, claimLocations, sourceFiles, sourceTextFiles }, diagnostics);
};
