/**
 * Whether a person has reviewed a finding, as the HTML report shows it and
 * filters by it: `reviewed` (a baseline verdict matches the finding) or
 * `new` (nobody has looked at it yet). A new state (such as "reviewed, new
 * evidence") is one more union member and one more label: the filters and
 * the cards' `data-review` follow.
 */
import type { Finding } from '../../model/finding.js';
import type { FindingReview, ReportInput } from '../report-input.js';

export type ReviewState = { readonly state: 'reviewed'; readonly review: FindingReview } | { readonly state: 'new' };

/** The words for each state, as the filters offer them. */
export const REVIEW_STATE_LABEL: Readonly<Record<ReviewState['state'], string>> = { reviewed: 'Reviewed', new: 'New (not yet reviewed)' };

export const reviewStateOf = (finding: Finding, input: ReportInput): ReviewState => {
  const review = input.reviews?.get(finding.id);
  return review !== undefined ? { state: 'reviewed', review } : { state: 'new' };
};
