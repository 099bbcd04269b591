/**
 * Format `claimreview`: schema.org ClaimReviews, one per claim with findings,
 * with the verdict (docs/exports.md).
 */
import { isIsoDate, toClaimReviewGraph } from '../export/claim-review.js';
import { checkOf, type OutputFormat, reconciledOf, scriptSafeJson } from './format.js';

/** Today as YYYY-MM-DD (UTC): the default `datePublished` of ClaimReviews. */
const today = (): string => new Date().toISOString().slice(0, 10);

export const claimReviewFormat: OutputFormat = {
  id: 'claimreview',
  summary: 'schema.org ClaimReviews: one per claim with findings, with the verdict',
  mediaType: 'application/ld+json',
  fileName: 'claim-reviews.jsonld',
  needs: 'findings',
  commands: ['export'],
  options: [
    {
      name: 'date',
      help: 'ClaimReview datePublished, ISO 8601 (default: today, UTC)',
      check: (value) => (isIsoDate(value) ? undefined : `--date must be an ISO 8601 date such as 2026-01-15 (got "${value}")`),
    },
    { name: 'author', help: 'ClaimReview author: the organisation publishing the reviews' },
  ],
  render: (input) => {
    const reconciled = reconciledOf(input);
    const author = input.options['author'];
    return scriptSafeJson(
      toClaimReviewGraph(checkOf(input).loaded.corpus, {
        findings: reconciled.result.findings,
        reviewed: reconciled.baseline.findings,
        datePublished: input.options['date'] ?? today(),
        ...(author !== undefined ? { author: { '@type': 'Organization' as const, name: author } } : {}),
      }),
    );
  },
};
