/**
 * What every part of the HTML report looks things up in: short source
 * labels, fragment ids, subject names, the highlighted ranges, the
 * per-source claim lists, which findings cite a claim or a range, and where
 * each claim is written (file:line).
 */
import type { Finding } from '../../model/finding.js';
import { sourceLabels } from '../../model/source-labels.js';
import type { ReportInput } from '../report-input.js';
import { findingAnchor } from '../report-words.js';
import { subjectNames } from '../subject-names.js';
import { buildClaimEntries, type ClaimEntries } from './claim-entries.js';
import { buildEvidenceIndex, type EvidenceIndex } from './evidence-index.js';
import { orderFindings } from './finding-order.js';
import { createFragmentIds } from './fragment-ids.js';

export interface HtmlReportContext {
  readonly input: ReportInput;
  /** Findings in report order. */
  readonly findings: readonly Finding[];
  /** Source id → short label ("001"). */
  readonly label: (sourceId: string) => string;
  /** Source id → fragment id of its section. */
  readonly sourceAnchor: (sourceId: string) => string | undefined;
  /** Finding id → fragment id of its card or row. */
  readonly findingAnchor: (findingId: string) => string | undefined;
  /** Subject key → display name. */
  readonly names: ReadonlyMap<string, string>;
  readonly index: EvidenceIndex;
  readonly entries: ClaimEntries;
  /** Findings that cite a claim (as a side's claim or a related note), in report order. */
  readonly findingsOfClaim: (claimId: string) => readonly Finding[];
  /** Findings that quote a highlighted range, in report order. */
  readonly findingsOfHighlight: (highlightId: string) => readonly Finding[];
  /** Where a claim is written: `claims/claims/002.yaml:40`, when known. */
  readonly claimPlace: (claimId: string) => string | undefined;
  /** Where a source's metadata is written, when known. */
  readonly sourceFile: (sourceId: string) => string | undefined;
}

/** A folder-relative path as a reader finds it: under the corpus label when that names a folder (`claims/`). */
const folderPath = (corpusLabel: string, file: string): string => (corpusLabel.endsWith('/') && corpusLabel !== './' ? `${corpusLabel}${file}` : file);

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

export const createHtmlReportContext = (input: ReportInput): HtmlReportContext => {
  const ids = createFragmentIds();
  const labels = sourceLabels(input.corpus.sources);
  const label = (sourceId: string): string => labels.get(sourceId) ?? sourceId;
  const findings = orderFindings(input.findings);
  // Ids are taken in a fixed order: findings, sources, highlights, claim entries.
  const findingAnchors = new Map(findings.map((f) => [f.id as string, ids.take(findingAnchor(f))]));
  const sourceAnchors = new Map(input.corpus.sources.map((d) => [d.source.id as string, ids.take('source', label(d.source.id))]));
  const index = buildEvidenceIndex(input, labels, ids);
  const entries = buildClaimEntries(input.corpus, index, labels, ids);
  const ofClaim = new Map<string, Finding[]>();
  const ofHighlight = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const side of f.sides) {
      for (const c of side.claims) {
        push(ofClaim, c.claimId, f);
        const h = index.highlightOf(c.span);
        if (h !== undefined) push(ofHighlight, h.id, f);
      }
    }
    for (const note of f.related) {
      if (note.claimId !== undefined) push(ofClaim, note.claimId, f);
      const h = note.span !== undefined ? index.highlightOf(note.span) : undefined;
      if (h !== undefined) push(ofHighlight, h.id, f);
    }
  }
  return {
    input,
    findings,
    label,
    sourceAnchor: (sourceId) => sourceAnchors.get(sourceId),
    findingAnchor: (findingId) => findingAnchors.get(findingId),
    names: subjectNames(input.corpus),
    index,
    entries,
    findingsOfClaim: (claimId) => ofClaim.get(claimId) ?? [],
    findingsOfHighlight: (highlightId) => ofHighlight.get(highlightId) ?? [],
    claimPlace: (claimId) => {
      const at = input.claimLocations?.get(claimId);
      return at === undefined ? undefined : `${folderPath(input.corpusLabel, at.file)}:${at.start.line}`;
    },
    sourceFile: (sourceId) => {
      const file = input.sourceFiles?.get(sourceId);
      return file === undefined ? undefined : folderPath(input.corpusLabel, file);
    },
  };
};
