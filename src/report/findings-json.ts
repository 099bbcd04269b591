/**
 * The findings as data (`docs/conflicts.json`): an object whose `findings`
 * is the array of findings, with the source-dependence groups, reviews and
 * preferred values beside them, and the coverage (values one independent
 * source gives). Deterministic, like the Markdown report.
 */
import type { Finding } from '../model/finding.js';
import type { FindingReview, PreferredValue, ReportInput } from './report-input.js';
import { compareOrdinal } from '../model/ordinal.js';
import { describeValue } from '../values/index.js';

export interface FindingsJson {
  readonly generatedBy: string;
  readonly corpus: { readonly label: string; readonly sources: number; readonly claims: number };
  readonly findings: readonly Finding[];
  readonly reviews: Readonly<Record<string, FindingReview>>;
  readonly preferred: Readonly<Record<string, PreferredValue>>;
  readonly coverage?: {
    readonly groups: number;
    readonly values: number;
    readonly corroborated: number;
    /** Values one independent source gives: the group, the value in words, the sources, the claims. */
    readonly singleSource: readonly {
      readonly subject: string;
      readonly predicate: string;
      readonly value: string;
      readonly sources: readonly string[];
      readonly witness: string;
      readonly claims: readonly string[];
    }[];
  };
  readonly dependence?: {
    readonly groups: readonly { readonly id: string; readonly sources: readonly string[] }[];
    readonly passages: readonly unknown[];
    readonly declared: readonly unknown[];
  };
}

const sortedRecord = <T>(map: ReadonlyMap<string, T> | undefined): Record<string, T> =>
  Object.fromEntries([...(map ?? new Map<string, T>()).entries()].sort(([a], [b]) => compareOrdinal(a, b)));

/**
 * The findings and their context as plain JSON-ready data.
 *
 * @example
 * writeFileSync('docs/conflicts.json', JSON.stringify(findingsToJson(input), null, 2));
 */
export const findingsToJson = (input: ReportInput): FindingsJson => ({
  generatedBy: `claimtrace (${input.command})`,
  corpus: { label: input.corpusLabel, sources: input.corpus.sources.length, claims: input.corpus.claims.length },
  findings: input.findings,
  reviews: sortedRecord(input.reviews),
  preferred: sortedRecord(input.preferred),
  ...(input.coverage !== undefined
    ? {
        coverage: {
          groups: input.coverage.groups,
          values: input.coverage.values,
          corroborated: input.coverage.corroborated,
          singleSource: input.coverage.singleSource.map((v) => ({
            subject: v.key.subject,
            predicate: v.key.predicate,
            value: describeValue(v.value, 'normalized'),
            sources: v.sources,
            witness: v.witness,
            claims: v.claims.map((c) => c.claimId),
          })),
        },
      }
    : {}),
  ...(input.dependence !== undefined
    ? {
        dependence: {
          groups: input.dependence.groups.map((g) => ({ id: g.id, sources: g.sources })),
          passages: input.dependence.passages,
          declared: input.dependence.declared,
        },
      }
    : {}),
});
