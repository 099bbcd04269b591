/**
 * Format `json` (`claimtrace check --json`): the check as one JSON document
 * for machines — the verdict and exit code, the counts and the coverage,
 * every message with its place, every finding with its status, whether it
 * fails, what it disputes, its value clusters (sides, most support first)
 * and evidence fingerprint, the review it has (for `new-evidence` and
 * `changed`: the old verdict), and for each claim its claim-file place and
 * its quote's place in the source (offsets, line and column, the text
 * file), and the stale baseline entries with theirs. Paths are as they open
 * from the working directory.
 */
import type { ClaimLocation } from '../check/claim-locations.js';
import { VERDICT_EXIT_CODES } from '../check/check-report.js';
import { displayPath, type PathOptions } from '../model/display-path.js';
import { type FilePlace, isFilePlace, type Message } from '../model/message.js';
import { folderText } from './check-text.js';
import { jsonText } from '../ingest/control-characters.js';
import { type OutputFormat, checkInputOf } from './format.js';

const filePlace = (place: FilePlace, paths: PathOptions) => ({ file: displayPath(place.file, paths), line: place.start.line, column: place.start.column });

const messageJson = (m: Message, paths: PathOptions) => ({ ...m, ...(isFilePlace(m.place) ? { place: { ...m.place, file: displayPath(m.place.file, paths) } } : {}) });

/** A claim's places as JSON, paths as they open from `paths.cwd`. */
export const locationJson = (l: ClaimLocation, paths: PathOptions) => ({
  claimId: l.claimId,
  sourceId: l.sourceId,
  ...(l.claim !== undefined ? { claim: filePlace(l.claim, paths) } : {}),
  quote: { ...l.quote, ...(l.quote.file !== undefined ? { file: displayPath(l.quote.file, paths) } : {}) },
});

export const checkJsonFormat: OutputFormat = {
  id: 'json',
  summary: 'the check as one JSON document: verdict, counts, messages and findings with their places',
  mediaType: 'application/json',
  fileName: 'claimtrace-check.json',
  needs: 'check',
  commands: ['check'],
  options: [],
  render: (input) => {
    const { report, paths } = checkInputOf(input);
    const document = {
      folder: folderText(report, paths),
      verdict: report.verdict,
      ok: report.verdict === 'pass',
      exitCode: VERDICT_EXIT_CODES[report.verdict],
      failOn: report.failOn,
      recheckOn: report.recheckOn,
      maxWarnings: report.maxWarnings ?? null,
      reconciled: report.reconciled,
      counts: report.counts,
      coverage: report.coverage ?? null,
      messages: report.items.flatMap((i) => (i.kind === 'message' ? [{ ...messageJson(i.message, paths), fails: i.fails }] : [])),
      findings: report.items.flatMap((i) =>
        i.kind === 'finding'
          ? [
              {
                id: i.finding.id,
                ruleId: i.finding.ruleId,
                kind: i.finding.kind,
                severity: i.finding.severity,
                status: i.status,
                fails: i.fails,
                message: i.finding.message,
                url: i.finding.url ?? null,
                disagreement: i.finding.disagreement,
                discrepancy: i.finding.discrepancy ?? null,
                disputed: i.finding.disputed,
                fingerprint: i.finding.fingerprint,
                sides: i.finding.sides.map((side) => ({ label: side.label, support: side.support, sources: side.sources, claims: side.claims.map((c) => c.claimId) })),
                claims: i.locations.map((l) => l.claimId),
                locations: i.locations.map((l) => locationJson(l, paths)),
                review: i.review ?? null,
              },
            ]
          : [],
      ),
      stale: report.items.flatMap((i) =>
        i.kind === 'stale' ? [{ ...i.entry, place: isFilePlace(i.message.place) ? filePlace(i.message.place, paths) : null }] : [],
      ),
    };
    return jsonText(document);
  },
};
