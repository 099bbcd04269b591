/**
 * The claims folder, given as files, → a `Corpus` and every diagnostic.
 * Pure: the file system stays at the edge (`loadCorpus`). Nothing valid is
 * dropped because something else is invalid: each source, predicate, entity
 * and claim stands or falls on its own, and all problems are collected.
 */
import type { AliasEntry } from '../model/entity.js';
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Predicate } from '../model/predicate.js';
import { createEntityResolver } from '../normalize/index.js';
import { EntitiesFileSchema, PredicatesFileSchema } from './file-schemas.js';
import { loadClaimFile, type LocatedClaim } from './load-claim-file.js';
import { loadSource, type LoadedSource } from './load-source.js';
import type { ReadTextFile } from './read-text-file.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';
import { zodIssuesToDiagnostics } from './zod-issues.js';
import { byOrdinal, compareOrdinal } from '../model/ordinal.js';

export interface FolderFile {
  /** POSIX path relative to the claims folder, e.g. `claims/003.yaml`. */
  readonly path: string;
  readonly text: string;
}

export interface ClaimLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface BuildCorpusInput {
  /** Every YAML file of the folder. */
  readonly yamlFiles: readonly FolderFile[];
  /** Reads a source text file (path relative to the folder). */
  readonly readTextFile: ReadTextFile;
  /** Files the edge could not read, reported as they are. */
  readonly unreadable?: readonly Diagnostic[];
}

export interface BuildCorpusResult {
  /** Everything that loaded, even when other parts did not. */
  readonly corpus: Corpus;
  /** Every problem found, sorted by file, line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when no diagnostic is an error. */
  readonly ok: boolean;
  /** Where each claim is written. */
  readonly claimLocations: ReadonlyMap<string, ClaimLocation>;
  /** Where each source's metadata is written. */
  readonly sourceFiles: ReadonlyMap<string, string>;
}

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
  compareOrdinal(a.file, b.file) || a.line - b.line || a.column - b.column || compareOrdinal(a.code, b.code) || compareOrdinal(a.message, b.message);

const duplicate = (kind: string, id: string, file: string, at: { line: number; column: number }, first: ClaimLocation, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  code: `duplicate-${kind}-id`,
  severity: 'error',
  message: `${kind} id "${id}" is already used at ${first.file}:${first.line}:${first.column}`,
  file,
  line: at.line,
  column: at.column,
  ...extra,
  hint: `give every ${kind} a unique id`,
});

/**
 * Build a corpus from the folder's files.
 *
 * @example
 * const { corpus, diagnostics, ok } = buildCorpus({ yamlFiles, readTextFile });
 */
export const buildCorpus = (input: BuildCorpusInput): BuildCorpusResult => {
  const diagnostics: Diagnostic[] = [...(input.unreadable ?? [])];
  const files = [...input.yamlFiles].sort(byOrdinal((f) => f.path));
  const parsed = new Map<string, YamlFile>();
  for (const file of files) {
    const { yaml, diagnostics: yamlProblems } = readYamlFile(file.path, file.text);
    diagnostics.push(...yamlProblems);
    if (yamlProblems.length === 0) parsed.set(file.path, yaml);
  }
  const ofKind = (kind: FileKind) => files.filter((f) => classifyFile(f.path) === kind && parsed.has(f.path)).map((f) => parsed.get(f.path) as YamlFile);

  for (const file of files) {
    if (classifyFile(file.path) === 'unknown') {
      diagnostics.push({
        code: 'unknown-file',
        severity: 'warning',
        message: `${file.path} is not a claimtrace file and was not read`,
        file: file.path,
        line: 1,
        column: 1,
        hint: 'claim files go under claims/, source metadata under sources/; the vocabulary is predicates.yaml, aliases entities.yaml',
      });
    }
  }

  // Predicates.
  const predicates = new Map<string, Predicate>();
  const predicatePlaces = new Map<string, ClaimLocation>();
  if (!files.some((f) => classifyFile(f.path) === 'predicates')) {
    diagnostics.push({
      code: 'predicates-missing',
      severity: 'error',
      message: 'the claims folder has no predicates.yaml',
      file: 'predicates.yaml',
      line: 1,
      column: 1,
      hint: 'create predicates.yaml with the predicate vocabulary (docs/claim-files.md)',
    });
  }
  for (const yaml of ofKind('predicates')) {
    const result = PredicatesFileSchema.safeParse(yaml.value);
    if (!result.success) {
      diagnostics.push(...zodIssuesToDiagnostics(yaml, result.error.issues));
      continue;
    }
    result.data.predicates.forEach((p, i) => {
      const at = yaml.placeOf(['predicates', i, 'id']);
      const first = predicatePlaces.get(p.id);
      if (first !== undefined) diagnostics.push(duplicate('predicate', p.id, yaml.file, at, first));
      else {
        predicates.set(p.id, p);
        predicatePlaces.set(p.id, { file: yaml.file, ...at });
      }
    });
  }

  // Entities (alias tables).
  const entities: AliasEntry[] = [];
  const entityPlaces = new Map<string, ClaimLocation>();
  for (const yaml of ofKind('entities')) {
    const result = EntitiesFileSchema.safeParse(yaml.value);
    if (!result.success) {
      diagnostics.push(...zodIssuesToDiagnostics(yaml, result.error.issues));
      continue;
    }
    result.data.entities.forEach((e, i) => {
      const at = yaml.placeOf(['entities', i, 'id']);
      const first = entityPlaces.get(e.id);
      if (first !== undefined) diagnostics.push(duplicate('entity', e.id, yaml.file, at, first));
      else {
        entities.push(e);
        entityPlaces.set(e.id, { file: yaml.file, ...at });
      }
    });
  }
  const resolver = createEntityResolver({ entities });

  // Sources.
  const sources = new Map<string, LoadedSource>();
  const sourceFiles = new Map<string, string>();
  for (const yaml of ofKind('source')) {
    const result = loadSource(yaml, input.readTextFile);
    diagnostics.push(...result.diagnostics);
    if (result.source === undefined) continue;
    const id = result.source.document.source.id;
    const firstFile = sourceFiles.get(id);
    if (firstFile !== undefined) {
      diagnostics.push(duplicate('source', id, yaml.file, yaml.placeOf(['id']), { file: firstFile, line: 1, column: 1 }, { sourceId: id }));
      continue;
    }
    sources.set(id, result.source);
    sourceFiles.set(id, yaml.file);
  }
  // Declared relations must name corpus sources that exist.
  for (const [id, loaded] of sources) {
    const relations = [...loaded.document.source.cites, ...loaded.document.source.derivedFrom];
    for (const relation of relations) {
      if (relation.source !== undefined && !sources.has(relation.source)) {
        diagnostics.push({
          code: 'unknown-source',
          severity: 'error',
          message: `source ${id} declares a relation to "${relation.source}", which is not in the corpus`,
          file: loaded.file,
          line: 1,
          column: 1,
          sourceId: id,
          hint: 'name an existing source id, or use `outside:` for a report outside the corpus',
        });
      }
    }
  }

  // Claims.
  const claims: Claim[] = [];
  const claimLocations = new Map<string, ClaimLocation>();
  const context = { sources, predicates, resolver };
  for (const yaml of ofKind('claims')) {
    const result = loadClaimFile(yaml, context);
    diagnostics.push(...result.diagnostics);
    for (const located of result.claims as LocatedClaim[]) {
      const first = claimLocations.get(located.claim.id);
      if (first !== undefined) {
        diagnostics.push(duplicate('claim', located.claim.id, located.file, located, first, { claimId: located.claim.id }));
        continue;
      }
      claims.push(located.claim);
      claimLocations.set(located.claim.id, { file: located.file, line: located.line, column: located.column });
    }
  }

  const corpus: Corpus = {
    sources: [...sources.values()].map((s) => s.document).sort(byOrdinal((d) => d.source.id)),
    predicates: [...predicates.values()].sort(byOrdinal((p) => p.id)),
    claims: claims.sort(byOrdinal((c) => c.id)),
    entities: entities.sort(byOrdinal((e) => e.id)),
  };
  diagnostics.sort(byPlace);
  return {
    corpus,
    diagnostics,
    ok: !diagnostics.some((d) => d.severity === 'error'),
    claimLocations,
    sourceFiles,
  };
};
