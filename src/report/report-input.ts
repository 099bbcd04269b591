/**
 * What a report is made from: the corpus, the findings, and what the later
 * stages add (source dependence, reviewed verdicts and whether they still
 * hold, preferred values, coverage).
 */
import type { Corpus } from '../model/corpus.js';
import type { Finding } from '../model/finding.js';
import type { Coverage } from '../reconcile/coverage.js';
import type { ReviewVerdict } from '../model/baseline.js';
import type { FilePlace } from '../model/message.js';
import type { SourceDependence } from '../reconcile/dependence/detect-source-dependence.js';

/**
 * A person's verdict on a finding (from the baseline), and how it stands:
 * `reviewed` (the evidence is as reviewed), `new-evidence` (claims joined or
 * left, the disputed values are the same: the review carries over),
 * `changed` (the disputed values changed: the verdict may not hold).
 */
export interface FindingReview {
  readonly verdict: ReviewVerdict;
  readonly reason: string;
  readonly reviewedBy?: string;
  readonly reviewedAt?: string;
  /** Default `reviewed`. */
  readonly status?: 'reviewed' | 'new-evidence' | 'changed';
}

/** Which value a truth-discovery strategy prefers for a finding's claim group. */
export interface PreferredValue {
  readonly strategy: string;
  /** The value in words. */
  readonly value: string;
  readonly confidence: number;
  /** Why: which sources, how trusted, which discounted as copies. */
  readonly explanation: string;
}

export interface ReportInput {
  /** Heading of the report. */
  readonly title: string;
  /** Where the corpus was read from, as shown in the report (e.g. `claims/`). */
  readonly corpusLabel: string;
  readonly corpus: Corpus;
  /** Findings in their deterministic order. */
  readonly findings: readonly Finding[];
  /** Rule id → what the rule checks. */
  readonly ruleDescriptions: Readonly<Record<string, string>>;
  readonly dependence?: SourceDependence;
  /** Finding id → review. */
  readonly reviews?: ReadonlyMap<string, FindingReview>;
  /** Finding id → preferred value. */
  readonly preferred?: ReadonlyMap<string, PreferredValue>;
  /** The command that regenerates the report. */
  readonly command: string;
  /** Values only one independent source gives: the report's coverage table. */
  readonly coverage?: Coverage;
  /** Claim id → where the claim is written, so a report can name its file:line. */
  readonly claimLocations?: ReadonlyMap<string, FilePlace>;
  /** Source id → the metadata file that declares it. */
  readonly sourceFiles?: ReadonlyMap<string, string>;
}
