/**
 * A correction note reports what the page said before it was corrected:
 * "Correction: an earlier version of this article said 12,000 people had
 * been evacuated." The figure in it is the one the page withdraws, not a
 * claim of the page, so suggest does not propose it (the corrected figure,
 * in the article or in the note's next sentence, is proposed as usual).
 * Only the page's own earlier text counts: "the original report said the
 * dam was safe" is about some report, and stays a candidate.
 */

/** "an earlier version of this article", "a previous post in this blog", "the original version of this story". */
const EARLIER_TEXT = /\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+(?:version|post|update|edition|entry)\s+(?:of|in|on)\s+(?:this|our)\b/i;

/** "This article originally said", "our story previously stated", "we incorrectly reported". */
const OWN_ERROR = /\b(?:(?:this|our)\s+(?:article|story|post|report|blog|page)|we)\s+(?:(?:originally|previously|earlier|incorrectly|wrongly|erroneously|mistakenly)\s+)+(?:said|stated|gave|reported|put|described|named|referred)\b/i;

/** A note headed "Correction:", "Clarification:", "Editor's note:". */
const NOTE_LEAD = /^\s*(?:correction|clarification|editor['’]s note)\s*[:—–-]/i;

/** The note reports what was said, or says it was wrong. */
const REPORTED = /\b(?:said|stated|gave|reported|put|misstated|misreported|included|named|referred)\b/i;

/**
 * Whether a sentence reports what an earlier version of the page said (a
 * correction note), so its values are withdrawn ones.
 *
 * @example
 * isWithdrawnStatement('Correction: an earlier post in this blog, at 08.15, said 12,000 people had been evacuated.') // true
 * isWithdrawnStatement('The original report said the dam could hold 40 million cubic metres.')                      // false
 */
export const isWithdrawnStatement = (sentence: string): boolean =>
  OWN_ERROR.test(sentence) || (EARLIER_TEXT.test(sentence) && REPORTED.test(sentence)) || (NOTE_LEAD.test(sentence) && /\b(?:earlier|previous|prior|originally|incorrectly|wrongly|misstated|misreported)\b/i.test(sentence));
