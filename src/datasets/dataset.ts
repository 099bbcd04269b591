/**
 * A benchmark loaded as the library sees it: sources with their texts,
 * predicates, claims with evidence spans, the resolution problem built from
 * the claims, and the gold values to score against.
 */
import type { Claim } from '../model/claim.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceDocument } from '../model/source.js';
import type { ResolutionProblem } from '../resolve/problem.js';
import { compareOrdinal } from '../model/ordinal.js';

/** A problem found while loading: which line, what is wrong. */
export interface LoadProblem {
  readonly file: 'claims' | 'gold';
  /** 1-based line. */
  readonly line: number;
  readonly message: string;
}

/** Counts of what a loader read and built. */
export interface LoadStats {
  /** Non-blank claim rows read. */
  readonly rows: number;
  readonly claims: number;
  /** Cells that state nothing ("Not Available", empty, "Contact Airline"). */
  readonly noClaim: number;
  /** Cells with text that yields no value (unparseable). */
  readonly unparsed: number;
  readonly groups: number;
  readonly sources: number;
  /** Gold items that have a group to score. */
  readonly goldItems: number;
}

/** A loaded benchmark (see the module comment). */
export interface BenchmarkDataset {
  /** e.g. `book`, `flight-2011-12-01`. */
  readonly name: string;
  readonly sources: readonly SourceDocument[];
  readonly predicates: readonly Predicate[];
  readonly claims: readonly Claim[];
  readonly problem: ResolutionProblem;
  /** Group key → gold value key, for the gold items that have a group. */
  readonly gold: ReadonlyMap<string, string>;
  /** Gold items no source says anything about (scored as misses). */
  readonly goldWithoutClaims: readonly string[];
  readonly stats: LoadStats;
  readonly problems: readonly LoadProblem[];
}

/** What a loader has built, before it is put together as a `BenchmarkDataset`. */
export interface DatasetParts {
  readonly name: string;
  readonly sources: readonly { readonly document: SourceDocument }[];
  readonly predicates: readonly Predicate[];
  readonly claims: readonly Claim[];
  readonly groups: ResolutionProblem['groups'];
  readonly gold: ReadonlyMap<string, string>;
  readonly goldWithoutClaims: readonly string[];
  /** Non-blank claim rows read. */
  readonly rows: number;
  readonly noClaim: number;
  readonly unparsed: number;
  readonly problems: readonly LoadProblem[];
}

/** Put a loader's parts together: the problem, the counts, and the problems in file and line order. */
export const assembleDataset = (parts: DatasetParts): BenchmarkDataset => ({
  name: parts.name,
  sources: parts.sources.map((s) => s.document),
  predicates: parts.predicates,
  claims: parts.claims,
  problem: { groups: parts.groups },
  gold: parts.gold,
  goldWithoutClaims: parts.goldWithoutClaims,
  stats: {
    rows: parts.rows,
    claims: parts.claims.length,
    noClaim: parts.noClaim,
    unparsed: parts.unparsed,
    groups: parts.groups.length,
    sources: parts.sources.length,
    goldItems: parts.gold.size + parts.goldWithoutClaims.length,
  },
  problems: [...parts.problems].sort((a, b) => compareOrdinal(a.file, b.file) || a.line - b.line),
});
