/**
 * Format `claimreview`: schema.org ClaimReviews, one per claim with findings
 * at or above a severity, with the verdict (docs/exports.md). Where the
 * reviews are published (`--base-url`) and who publishes them (`--author`)
 * must be given; the date is `--date`, else the latest `reviewedAt` of
 * baseline.yaml, so the same folder always exports the same reviews.
 */
import { isIsoDate } from '../model/iso-date.js';
import { latestReviewDate, toClaimReviewGraph } from '../export/claim-review.js';
import { webUrl } from '../export/linked-data-ids.js';
import type { Severity } from '../model/message.js';
import { checkOf, jsonLdText, type OutputFormat, reconciledOf } from './format.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const httpUrl = (option: string) => (value: string) =>
  webUrl(value.replaceAll('{claim}', 'x')) !== undefined ? undefined : `--${option} must be an absolute http(s) URL such as https://example.org/fact-checks (got "${value}")`;

export const claimReviewFormat: OutputFormat = {
  id: 'claimreview',
  summary: 'schema.org ClaimReviews: one per claim with findings at or above a severity, with the verdict',
  mediaType: 'application/ld+json',
  fileName: 'claim-reviews.jsonld',
  needs: 'findings',
  commands: ['export'],
  options: [
    { name: 'base-url', help: 'where the reviews are published (required): each review’s url is it with #<claim id>, or with {claim} replaced', check: httpUrl('base-url') },
    { name: 'author', help: 'the organisation publishing the reviews (required)' },
    { name: 'author-url', help: 'the web page of the author', check: httpUrl('author-url') },
    {
      name: 'date',
      help: 'the reviews’ datePublished, ISO 8601 (default: the latest reviewedAt of baseline.yaml)',
      check: (value) => (isIsoDate(value) ? undefined : `--date must be a real ISO 8601 date such as 2026-01-15 (got "${value}")`),
    },
    {
      name: 'min-severity',
      help: 'review claims with findings at or above this severity: error, warning (default) or info',
      check: (value) => (SEVERITIES.some((s) => s === value) ? undefined : `--min-severity must be one of ${SEVERITIES.join(', ')} (got "${value}")`),
    },
  ],
  render: (input) => {
    const reconciled = reconciledOf(input);
    // Each review with how its finding stands now: a review whose disputed values changed no longer answers for it.
    const reviewed = reconciled.baseline.findings.map((entry) => {
      const status = reconciled.comparison.statusOf.get(entry.id);
      return status === undefined || status === 'new' ? entry : { ...entry, status };
    });
    const { author, 'author-url': authorUrl, 'base-url': baseUrl, date, 'min-severity': minSeverity } = input.options;
    return jsonLdText(
      toClaimReviewGraph(checkOf(input).loaded.corpus, {
        findings: reconciled.result.findings,
        reviewed,
        baseUrl: baseUrl ?? '',
        author: { name: author ?? '', ...(authorUrl !== undefined ? { url: authorUrl } : {}) },
        datePublished: date ?? latestReviewDate(reviewed) ?? '',
        ...(minSeverity !== undefined ? { minSeverity: minSeverity as Severity } : {}),
      }),
    );
  },
};
