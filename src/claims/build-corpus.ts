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
import { collected, type Result } from '../model/result.js';
import type { Predicate } from '../model/predicate.js';
import { createEntityResolver } from '../normalize/index.js';
import { EntitiesFileSchema, PredicatesFileSchema } from './file-schemas.js';
import { loadClaimFile, type LocatedClaim } from './load-claim-file.js';
import { loadSource, type LoadedSource } from './load-source.js';
import type { ReadTextFile } from './read-text-file.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';
import { validateYaml } from './zod-issues.js';
import { byOrdinal, compareOrdinal } from '../model/ordinal.js';

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
}

/** A claims folder as far as it loaded. */
export interface BuiltFolder {
  /** Everything that loaded, even when other parts did not. */
  readonly corpus: Corpus;
  /** Where each claim is written. */
  readonly claimLocations: ReadonlyMap<string, FilePlace>;
  /** Where each source's metadata is written. */
  readonly sourceFiles: ReadonlyMap<string, string>;
}

/**
 * The folder and every message (sorted by file, line and column); `ok` when
 * no message is an error. On failure, `partial` holds everything that loaded.
 */
export type BuildCorpusResult = Result<BuiltFolder, BuiltFolder>;

/** The folder's layout: which YAML file is which kind. */
export type FileKind = 'predicates' | 'entities' | 'source' | 'claims' | 'baseline' | 'unknown';

export const classifyFile = (path: string): FileKind => {
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
 * Build a corpus from the folder's files.
 *
 * @example
 * const built = buildCorpus({ yamlFiles, readTextFile });
 * const { corpus } = settled(built); // built.messages: every problem, placed
 */
export const buildCorpus = (input: BuildCorpusInput): BuildCorpusResult => {
  const diagnostics: Diagnostic[] = [...(input.unreadable ?? [])];
  const files = [...input.yamlFiles].sort(byOrdinal((f) => f.path));
  const parsed = new Map<string, YamlFile>();
  for (const file of files) {
    const read = readYamlFile(file.path, file.text);
    diagnostics.push(...(read.messages as Diagnostic[]));
    if (read.ok && read.messages.length === 0) parsed.set(file.path, read.value);
  }
  const ofKind = (kind: FileKind) => files.filter((f) => classifyFile(f.path) === kind && parsed.has(f.path)).map((f) => parsed.get(f.path) as YamlFile);

  for (const file of files) {
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
  const predicateFiles: { readonly yaml: YamlFile; readonly predicates: readonly Predicate[] }[] = [];
  for (const yaml of ofKind('predicates')) {
    const result = validateYaml(PredicatesFileSchema, yaml.value, yaml);
    if (!result.success) {
      diagnostics.push(...result.diagnostics);
      continue;
    }
    predicateFiles.push({ yaml, predicates: result.data.predicates });
    result.data.predicates.forEach((p, i) => {
      const at = yaml.placeOf(['predicates', i, 'id']);
      const first = predicatePlaces.get(p.id);
      if (first !== undefined) diagnostics.push(duplicate('predicate', p.id, yaml.file, at, first));
      else {
        predicates.set(p.id, p);
        predicatePlaces.set(p.id, { file: yaml.file, start: at });
      }
    });
  }

  // Sums: a total and its components are quantity predicates, and a total is not its own component.
  for (const { yaml, predicates: declared } of predicateFiles) {
    declared.forEach((p, i) => {
      if (p.sumOf === undefined || predicates.get(p.id) !== p) return;
      const sumAt = (j?: number) => ({ file: yaml.file, start: yaml.placeOf(j === undefined ? ['predicates', i, 'sumOf'] : ['predicates', i, 'sumOf', j]) });
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

  // Entities (alias tables).
  const entities: AliasEntry[] = [];
  const entityPlaces = new Map<string, FilePlace>();
  const entityFiles: { readonly yaml: YamlFile; readonly entities: readonly AliasEntry[] }[] = [];
  for (const yaml of ofKind('entities')) {
    const result = validateYaml(EntitiesFileSchema, yaml.value, yaml);
    if (!result.success) {
      diagnostics.push(...result.diagnostics);
      continue;
    }
    entityFiles.push({ yaml, entities: result.data.entities });
    result.data.entities.forEach((e, i) => {
      const at = yaml.placeOf(['entities', i, 'id']);
      const first = entityPlaces.get(e.id);
      if (first !== undefined) diagnostics.push(duplicate('entity', e.id, yaml.file, at, first));
      else {
        entities.push(e);
        entityPlaces.set(e.id, { file: yaml.file, start: at });
      }
    });
  }
  const resolver = createEntityResolver({ entities });
  // locatedIn / partOf name entities the resolver knows (the corpus's, the built-in countries and organisations).
  for (const { yaml, entities: declared } of entityFiles) {
    declared.forEach((e, i) => {
      for (const relation of ['locatedIn', 'partOf'] as const) {
        (e[relation] ?? []).forEach((target, j) => {
          if (resolver.entity(target) !== undefined) return;
          diagnostics.push(
            createDiagnostic('unknown-entity', `entity "${e.id}" is ${relation === 'locatedIn' ? 'located in' : 'part of'} "${target}", which no alias table has`, { file: yaml.file, start: yaml.placeOf(['entities', i, relation, j]) }, {
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
  for (const yaml of ofKind('source')) {
    const result = loadSource(yaml, input.readTextFile);
    diagnostics.push(...(result.messages as Diagnostic[]));
    const loaded = result.ok ? result.value : result.partial;
    if (loaded === undefined) continue;
    const id = loaded.document.source.id;
    const firstFile = sourceFiles.get(id);
    if (firstFile !== undefined) {
      diagnostics.push(duplicate('source', id, yaml.file, yaml.placeOf(['id']), atStart(firstFile), { sourceId: id }));
      continue;
    }
    sources.set(id, loaded);
    sourceFiles.set(id, yaml.file);
  }
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
  const context = { sources, predicates, resolver };
  for (const yaml of ofKind('claims')) {
    const result = loadClaimFile(yaml, context);
    diagnostics.push(...(result.messages as Diagnostic[]));
    for (const located of (result.ok ? result.value : result.partial) as LocatedClaim[]) {
      const first = claimLocations.get(located.claim.id);
      if (first !== undefined) {
        diagnostics.push(duplicate('claim', located.claim.id, located.place.file, located.place.start, first, { claimId: located.claim.id }));
        continue;
      }
      claims.push(located.claim);
      claimLocations.set(located.claim.id, located.place);
    }
  }

  const corpus: Corpus = {
    sources: [...sources.values()].map((s) => s.document).sort(byOrdinal((d) => d.source.id)),
    predicates: [...predicates.values()].sort(byOrdinal((p) => p.id)),
    claims: claims.sort(byOrdinal((c) => c.id)),
    entities: entities.sort(byOrdinal((e) => e.id)),
  };
  diagnostics.sort(byPlace);
  return collected<BuiltFolder>({ corpus, claimLocations, sourceFiles }, diagnostics);
};
