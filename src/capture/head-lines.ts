/**
 * The lines at the head of an article, between its headline and its first
 * paragraph, that article extraction gets wrong either way:
 *
 * - a byline or dateline ("By OLIVIA BRENNAN Associated Press · Dec. 3, 2026
 *   Updated 4:05 p.m. EST", "By Jane Doe, Reuters", "Jane Doe | Staff writer",
 *   "Published 3 December 2026, 10:05 GMT") says who wrote the article and
 *   when, not what happened: it is non-content of kind `byline`, though
 *   Readability keeps it (the author and date it gives are read from the
 *   page's metadata, not from this line). A sentence that only opens like one
 *   ("By Tuesday, the line had reopened.") stays article text.
 * - a standfirst (dek, summary, strapline: one or two sentences under the
 *   headline, in an element that calls itself one, or the page's own
 *   description repeated) is the paper's own words: article text, though
 *   Readability drops it.
 */
import { countWords, type PageBlock } from './page-blocks.js';
import { pointerKind } from './label-lines.js';

/** A byline is one short line. */
const MAX_BYLINE_WORDS = 30;
/** A standfirst is one or two sentences. */
const MAX_STANDFIRST_WORDS = 60;
const MAX_STANDFIRST_SENTENCES = 2;

/** One word of a name: capitalized or in capitals, or an initial ("J.", "McAllister", "O’Brien", "BRENNAN"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
/** A particle inside a name ("de", "van der", "bin", "al-"). */
const PARTICLE = String.raw`(?:(?:de|del|della|di|da|du|van|von|der|den|la|le|bin|ibn|al|el)[\s-])`;
/** A name: two to four name words. */
const NAME = String.raw`${NAME_WORD}(?:\s+${PARTICLE}*${NAME_WORD}){1,3}`;
/** Names joined by "and", "&" or commas. */
const NAMES = String.raw`${NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${NAME})*`;
/** A news agency or the staff, which sign without a person's name. */
const AGENCY = String.raw`(?:the\s+)?(?:associated press|ap|reuters|afp|agence france-presse|pa media|pa|press association|bloomberg(?: news)?|dpa|efe|ansa|xinhua|kyodo(?: news)?|upi|cnn wire|(?:our\s+)?(?:staff|news desk|newsdesk)(?:\s+(?:and agencies|reporters?|writers?|correspondents?))?|agencies|our\s+\p{L}+\s+(?:reporter|correspondent|staff|editor))`;
/** Someone's title on a byline ("Staff writer", "Transport Correspondent"). */
const ROLE = /\b(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|staff|bureau|desk)s?\b/iu;
/** Separators between a byline's parts. */
const SEPARATOR = String.raw`[,·|•–—/-]`;

const BY_NAME = new RegExp(String.raw`^[Bb][Yy]\s+(?:${NAMES})(?=$|\s|${SEPARATOR})`, 'u');
const BY_AGENCY = new RegExp(String.raw`^by\s+${AGENCY}(?=$|\s|${SEPARATOR})`, 'iu');
const NAME_THEN = new RegExp(String.raw`^(?:${NAMES})\s*${SEPARATOR}\s*(.+)$`, 'u');
const AGENCY_ONLY = new RegExp(String.raw`^${AGENCY}$`, 'iu');
const DATELINE = /^(?:published|updated|posted|first published|last updated|last modified|modified)\b(?:\s+(?:on|at))?\s*[:|]?\s*\S/iu;
/** A weekday or month is not a name ("By Tuesday Morning …", "By December …"). */
const NOT_A_NAME = /^by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|then|now|noon|midnight|tonight|today|tomorrow|yesterday|christmas|easter)\b/iu;
/** Abbreviations a byline may end with, whose full stop is not a sentence's. */
const ABBREVIATION_END = /(?:\b[ap]\.m\.|\b\p{Lu}\.|\b(?:jr|sr|inc|ltd|co|corp)\.)$/iu;

/** Words a clause is made of: three lowercase words in a row are a sentence, not a byline ("the line had reopened"). */
const hasClause = (text: string): boolean => {
  let run = 0;
  for (const word of text.split(/\s+/u)) {
    if (/^\p{Ll}/u.test(word) && !/^[ap]\.m\.?$/iu.test(word)) {
      run += 1;
      if (run >= 3) return true;
    } else run = 0;
  }
  return false;
};

/**
 * Whether a line is a byline or dateline: "By" and a name (capitalized or in
 * capitals) or an agency, then only its title, agency, date or "Updated …";
 * a name, a separator and a title or agency ("Jane Doe | Staff writer",
 * "Jane Doe, Reuters"); or "Published" / "Updated" and a date. One short
 * line, not a sentence: it does not end with a full stop (but "p.m." does),
 * and holds no run of three lowercase words.
 *
 * @example
 * bylineLine('By OLIVIA BRENNAN Associated Press · Dec. 3, 2026 Updated 4:05 p.m. EST'); // true
 * bylineLine('Jane Doe | Staff writer');                                              // true
 * bylineLine('By Tuesday, the line had reopened.');                                   // false
 */
export const bylineLine = (text: string): boolean => {
  const t = text.replace(/\s+/gu, ' ').trim();
  if (t.length === 0 || text.trim().includes('\n') || countWords(t) > MAX_BYLINE_WORDS) return false;
  if (/[.!?]$/u.test(t) && !ABBREVIATION_END.test(t)) return false;
  if (hasClause(t)) return false;
  if (DATELINE.test(t)) return /\p{N}/u.test(t);
  if (/^by\s/iu.test(t)) {
    // An agency may be written in any case ("By The Associated Press"); a name is capitalized or in capitals, and no weekday.
    return BY_AGENCY.test(t) || (!NOT_A_NAME.test(t) && BY_NAME.test(t));
  }
  const rest = NAME_THEN.exec(t)?.[1];
  return rest !== undefined && (ROLE.test(rest) || AGENCY_ONLY.test(rest.split(new RegExp(`\\s*${SEPARATOR}\\s*`, 'u'))[0]?.trim() ?? ''));
};

/** Class names and tags that say an element is a standfirst ("standfirst", "dek", "article__summary", "subhead"). */
const STANDFIRST_CONTEXT = /standfirst|strapline|sub-?head|subtitle|(?:^|[\s_-])(?:dek|deck|lede|intro|summary|excerpt|description|strap)(?:$|[\s_-])/iu;

const keyOf = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();
const sentences = (text: string): number => (text.match(/[.!?](?:\s|$)/gu) ?? []).length || 1;

/** Whether a block is a standfirst by its element (the block's own, or its parent's before the article's) or by repeating the page's description. */
const isStandfirst = (block: PageBlock, description: string): boolean => {
  const t = block.text.trim();
  if (t.length === 0 || t.includes('\n') || countWords(t) > MAX_STANDFIRST_WORDS || sentences(t) > MAX_STANDFIRST_SENTENCES) return false;
  if (bylineLine(t) || pointerKind(t) !== undefined) return false;
  if (description.length > 0 && keyOf(t) === description) return true;
  for (const ctx of block.context.slice(0, 2)) {
    if (/^(?:article|main|body)\b/u.test(ctx)) break;
    if (STANDFIRST_CONTEXT.test(ctx)) return true;
  }
  return false;
};

/**
 * The byline and standfirst blocks at the head of the article: those from
 * the top of the page (or the headline, for a standfirst) to the article's
 * first other block, `article` saying which blocks extraction kept and
 * `isHeadline` which is the headline. A byline is found among kept and
 * dropped blocks alike (so a dropped one is named `byline`, not
 * `boilerplate`); a byline above the headline only when it was kept.
 */
export const headLines = <B extends PageBlock>(
  blocks: readonly B[],
  article: (block: B) => boolean,
  isHeadline: (block: B) => boolean,
  description = '',
): Map<B, 'byline' | 'standfirst'> => {
  const found = new Map<B, 'byline' | 'standfirst'>();
  const desc = keyOf(description);
  const top = blocks.findIndex((b) => b.heading && isHeadline(b));
  // Without a headline, the head starts at the article's first block.
  const start = top !== -1 ? top + 1 : Math.max(0, blocks.findIndex(article));
  for (let i = 0; i < top; i += 1) {
    const b = blocks[i] as B;
    if (article(b) && bylineLine(b.text)) found.set(b, 'byline');
  }
  for (let i = start; i < blocks.length; i += 1) {
    const b = blocks[i] as B;
    if (bylineLine(b.text)) found.set(b, 'byline');
    else if (top !== -1 && isStandfirst(b, desc)) found.set(b, 'standfirst');
    else if (article(b) && pointerKind(b.text) === undefined) break;
  }
  return found;
};
