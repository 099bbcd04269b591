/**
 * Read claims from NDJSON as a stream, for a claim store. The format and
 * the reading of a line are the claims folder's (`claims/ndjson-claims.ts`:
 * `loadClaimLine` validates, anchors — by the recorded offsets when the
 * quote stands there, else by searching — and normalizes a line exactly as
 * `claimtrace check` loads `claims/*.ndjson`), and the file is read by the
 * folder's line reader (`files/file-lines.ts`: a chunk at a time, a bad
 * line reported by number). This module only adapts the context: a store
 * has its corpus's sources as documents, not as a loaded folder. A bad line
 * gives messages naming the file, line, column and claim and is skipped;
 * the other lines still load.
 */
import { describeReadFailure } from '../files/read-regular-file.js';
import { readFileLines } from '../files/file-lines.js';
import type { ClaimFileContext } from '../claims/load-claim-file.js';
import type { LoadedSource } from '../claims/load-source.js';
import { loadClaimLine } from '../claims/ndjson-claims.js';
import { lazilyPrepared } from '../claims/build-corpus.js';
import type { Claim } from '../model/claim.js';
import { createDiagnostic, type Diagnostic } from '../model/message.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceDocument } from '../model/source.js';
import type { EntityResolver } from '../normalize/entity-resolver.js';
import { settled } from '../model/result.js';
import { createUnitTable, type UnitSynonym } from '../values/unit-table.js';

/** A line of the file, read: its claim, or the problems that kept it out. */
export type ClaimLineRead = { readonly line: number; readonly claim: Claim; readonly messages: readonly Diagnostic[] } | { readonly line: number; readonly claim?: undefined; readonly messages: readonly Diagnostic[] };

/** What a line is read against. */
export interface ClaimLineContext {
  readonly sources: readonly SourceDocument[];
  readonly predicates: readonly Predicate[];
  readonly resolver: EntityResolver;
  /** The corpus's unit synonyms (`Corpus.units`, from `units:` in predicates.yaml), folded into each quantity as the folder folds them; none when absent. */
  readonly units?: readonly UnitSynonym[] | undefined;
}

/** A source whose anchoring index is built when a quote first needs a search (a quote at its recorded offsets needs none). */
const loadedSource = (document: SourceDocument): LoadedSource =>
  lazilyPrepared(document, `sources/${document.source.id}.yaml`, `sources/${document.source.id}.txt`);

/** The claims folder's context for these documents, predicates and aliases. */
const folderContext = (context: ClaimLineContext): ClaimFileContext => ({
  sources: new Map(context.sources.map((d) => [d.source.id as string, loadedSource(d)])),
  predicates: new Map(context.predicates.map((p) => [p.id as string, p])),
  resolver: context.resolver,
  ...(context.units !== undefined ? { units: settled(createUnitTable(context.units)) } : {}),
});

/**
 * A reader of single lines (for one file): `read(text, lineNumber)`.
 *
 * @example
 * const read = claimLineReader('claims.ndjson', { sources, predicates, resolver });
 * read('{"id":"a-1","source":"s1",…}', 1).claim
 */
export const claimLineReader = (file: string, context: ClaimLineContext): ((text: string, line: number) => ClaimLineRead) => {
  const folder = folderContext(context);
  return (text, line) => {
    const loaded = loadClaimLine(file, { number: line, text }, folder);
    return loaded.claim !== undefined ? { line, claim: loaded.claim.claim, messages: loaded.diagnostics } : { line, messages: loaded.diagnostics };
  };
};

/**
 * The claims of an NDJSON file, line by line (blank lines skipped), read
 * synchronously a chunk at a time: no promise per line. A file that cannot
 * be opened gives one read with the reason, at line 1.
 *
 * @example
 * for (const read of claimsNdjsonLines('claims.ndjson', context)) if (read.claim) use(read.claim);
 */
export function* claimsNdjsonLines(path: string, context: ClaimLineContext): Generator<ClaimLineRead> {
  const opened = readFileLines(path);
  if (opened.status !== 'open') {
    const { message, hint } = describeReadFailure(opened, path);
    yield { line: 1, messages: [createDiagnostic('unreadable', message, { file: path, start: { line: 1, column: 1 } }, { hint })] };
    return;
  }
  const folder = folderContext(context);
  for (const line of opened.lines) {
    if ('text' in line && line.text.trim() === '') continue;
    const loaded = loadClaimLine(path, line, folder);
    yield loaded.claim !== undefined ? { line: line.number, claim: loaded.claim.claim, messages: loaded.diagnostics } : { line: line.number, messages: loaded.diagnostics };
  }
}

/**
 * Stream the claims of an NDJSON file, line by line (blank lines skipped).
 * A file that cannot be opened gives one read with the reason, at line 1.
 *
 * @example
 * for await (const read of readClaimsNdjson('claims.ndjson', context)) if (read.claim) use(read.claim);
 */
export async function* readClaimsNdjson(path: string, context: ClaimLineContext): AsyncGenerator<ClaimLineRead> {
  yield* claimsNdjsonLines(path, context);
}
