/**
 * Whether a person has reviewed a finding, as the HTML report shows it and
 * filters by it: `reviewed` (a baseline verdict matches the finding and its
 * evidence), `new-evidence` (reviewed; claims joined or left its sides since,
 * the disputed values are the same: the review carries over), `changed`
 * (reviewed, but the disputed values changed: review it again) or `new`
 * (nobody has looked at it yet). The filters and the cards' `data-review`
 * follow the union.
 */
import type { Finding } from '../../model/finding.js';
import type { FindingReview, ReportInput } from '../report-input.js';

export type ReviewState =
  | { readonly state: 'reviewed' | 'new-evidence' | 'changed'; readonly review: FindingReview }
  | { readonly state: 'new' };

/** The words for each state, as the filters offer them. */
export const REVIEW_STATE_LABEL: Readonly<Record<ReviewState['state'], string>> = {
  reviewed: 'Reviewed',
  'new-evidence': 'Reviewed, new evidence',
  changed: 'Reviewed, values changed since',
  new: 'New (not yet reviewed)',
};

export const reviewStateOf = (finding: Finding, input: ReportInput): ReviewState => {
  const review = input.reviews?.get(finding.id);
  return review !== undefined ? { state: review.status ?? 'reviewed', review } : { state: 'new' };
};
