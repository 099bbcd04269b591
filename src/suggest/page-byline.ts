/**
 * The page's own byline and time stamp are not claims of the article:
 * "By Park Ji-woo in Busan · 12 March 2026, 8:30 am KST" says who wrote the
 * page and when, which the source's metadata already records (`author`,
 * `publishedAt`). A line shaped as a byline naming one of the source's
 * authors is the byline; a date with a clock time on the day the page was
 * published, or a line of nothing but dates and clock times, is its time
 * stamp.
 */
import { bylineNames } from '../model/byline-names.js';
import type { Source } from '../model/source.js';
import type { Mention } from './mention.js';

/** Letters and digits only, lower case, accents kept: how a name is compared with a line. */
const squeezed = (text: string): string => text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Words that join the names of a byline ("Chiara Lodi and Tom Ashby", "Reuters staff", "Staff and agencies"). */
const BYLINE_JOINERS: ReadonlySet<string> = new Set(['and', 'by', 'with', 'from', 'staff', 'agencies', 'reporters', 'correspondents']);

/** What may follow the name in a byline that does not start with "By": the end, a separator, "in <place>" or another name. */
const AFTER_NAME = /^(?:$|\s*[,·|•—–\-/(:;]|\s+(?:in|and|&)\s)/u;

/** A byline is a short line; a sentence that names the reporter ("Our reporter Chiara Lodi is in Lugo") is article text. */
const MAX_BYLINE_WORDS = 16;

/** A byline does not end as a sentence does ("Reuters, citing two sources, said talks had failed."). */
const SENTENCE_END = /[.!?]["'”’)]*\s*$/u;

/**
 * Whether `line` is the page's byline, naming one of the source's authors
 * (the `author` field's names, `bylineNames`), in one of three shapes:
 *
 * - "By <name> …": "By AFP", "By Park Ji-woo in Busan · 12 March 2026";
 * - "<name>" followed by nothing, a separator, "in <place>" or another name:
 *   "Elena Marković, Asia correspondent — 13 March 2026", "Reuters · 9:40 AM";
 * - only the names and joining words: "Staff", "Staff and agencies";
 * - a time stamp, then "by <name>": "Published 20 November 2026 by the RiverWatch data team".
 *
 * A byline is short (at most `MAX_BYLINE_WORDS` words) and does not end
 * with a sentence's full stop. So a name of one word ("AFP", "Staff",
 * "Drewry") is told from the same word in the article: "Drewry expects the
 * backlog to clear by 30 March.", the dateline "BOLOGNA, Italy (AFP) — …"
 * and "Our reporter Chiara Lodi is in Lugo." stay article text.
 *
 * @example
 * namesAnAuthor('By Park Ji-woo (박지우) in Busan · 12 March 2026', { author: 'Park Ji-woo' }) // true
 * namesAnAuthor('By AFP | Published May 17, 2026 9:40 AM CEST', { author: 'AFP' })          // true
 * namesAnAuthor('Drewry expects the backlog to clear by 30 March.', { author: 'Drewry' })   // false
 */
export const namesAnAuthor = (line: string, source: Pick<Source, 'author'>): boolean => {
  if (source.author === undefined) return false;
  const names = bylineNames(source.author).map(squeezed).filter((name) => name !== '');
  if (names.length === 0) return false;
  const words = squeezed(line);
  if (words === '' || words.split(' ').length > MAX_BYLINE_WORDS || SENTENCE_END.test(line)) return false;
  const lead = line.normalize('NFC').replace(/^[\s\p{P}]+/u, '');
  const afterBy = /^by\s+/i.exec(lead);
  // A byline that starts with "By": the first name may be any of the authors.
  if (afterBy !== null && names.some((name) => `${squeezed(lead.slice(afterBy[0].length))} `.startsWith(`${name} `))) return true;
  // A time stamp, then the author: "Published 20 November 2026 by the RiverWatch data team".
  const stampThenBy = /^(.+?)\s+by\s+(?:the\s+)?(.+)$/i.exec(lead);
  if (stampThenBy !== null && isTimestampLine(stampThenBy[1] ?? '') && names.some((name) => `${squeezed(stampThenBy[2] ?? '')} `.startsWith(`${name} `))) return true;
  // Only names and joining words: "Staff", "Chiara Lodi and Tom Ashby".
  let rest = ` ${words} `;
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(` ${name} `).join(' ');
  if (rest.trim().split(' ').every((w) => w === '' || BYLINE_JOINERS.has(w)) && rest.trim() !== words) return true;
  // A name, then a separator or the end: "Elena Marković, Asia correspondent — 13 March 2026".
  return names.some((name) => {
    const start = startOfName(lead, name);
    return start !== undefined && AFTER_NAME.test(lead.slice(start));
  });
};

/** Where the words after `name` begin when `text` starts with it (compared as squeezed words), else undefined. */
const startOfName = (text: string, name: string): number | undefined => {
  const wanted = name.split(' ');
  const re = /[\p{L}\p{N}]+/gu;
  let matched = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].toLowerCase() !== wanted[matched]) return undefined;
    matched += 1;
    if (matched === wanted.length) return m.index + m[0].length;
  }
  return undefined;
};

/** A clock time in a date's words: "8:30 am", "14:05", "9 pm", "09.15 GMT". */
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b/i;

/**
 * Whether a date mention is the page's time stamp: its words give a clock
 * time and it falls on `publicationDay` (YYYY-MM-DD).
 *
 * @example
 * isPageTimestamp({ kind: 'date', value: { type: 'date', start: '2026-03-13', end: '2026-03-13', precision: 'day' }, fileValue: { date: '13 March 2026, 14:05 GMT' }, … }, '2026-03-13') // true
 */
export const isPageTimestamp = (mention: Mention, publicationDay: string | undefined): boolean => {
  if (mention.kind !== 'date' || mention.value.type !== 'date' || publicationDay === undefined) return false;
  const words = String(mention.fileValue['date'] ?? '');
  return CLOCK.test(words) && mention.value.start <= publicationDay && publicationDay <= mention.value.end;
};

/** The words a time stamp line is made of, besides numbers and clock times. */
const STAMP_WORDS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|published|updated|first|last|modified|posted|on|at|\d+(?:st|nd|rd|th)?)$/i;

/** A time zone's abbreviation: "BST", "CEST", "GMT". */
const TIME_ZONE = /^\p{Lu}{2,5}$/u;

/** What says a line is a stamp rather than a date heading: a clock time or a word such as "Published". */
const STAMP_SIGN = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b|\b(?:published|updated|modified|posted)\b/i;

/**
 * Whether a whole line is a time stamp: nothing but dates, weekdays, clock
 * times, time zones and words such as "Published" or "Updated", with a clock
 * time or one of those words in it — "18 May 2026 · 10:15", "Sat 16 May 2026
 * 15.45 BST · First published on Sat 16 May 2026 06.05 BST". A date heading
 * alone ("March 2026") or a sentence with a date is not one.
 *
 * @example
 * isTimestampLine('18 May 2026 · 10:15') // true
 * isTimestampLine('Talks resume on 17 March 2026, 10:00 KST, in Seoul.') // false
 */
export const isTimestampLine = (line: string): boolean => {
  if (!STAMP_SIGN.test(line)) return false;
  const words = line.match(/[\p{L}\p{N}]+(?:[:.][\p{L}\p{N}]+)*/gu) ?? [];
  return words.length > 0 && words.every((w) => STAMP_WORDS.test(w) || TIME_ZONE.test(w) || /^\d{1,2}[:.]\d{2}$/.test(w));
};

/** A byline's names, then its time stamp after a separator: "By OLIVIA BRENNAN Associated Press · Dec. 3, 2026 Updated 4:05 p.m. EST". */
const BY_THEN_STAMP = /^\s*By\s+(\S[^·|•]*?)\s*[·|•]\s*([^·|•]+)$/u;

/**
 * Whether a line is a byline with its time stamp — "By <names> · <time stamp>" — whoever it names: a syndicated
 * story's byline names its reporter ("By OLIVIA BRENNAN Associated Press") where the source's `author` is the agency.
 * The names must be capitalised words, the part after the separator a whole time stamp (`isTimestampLine`, which
 * may end in "p.m.") and the line short, so "By Thursday the line had reopened · officials said" stays article text.
 *
 * @example
 * isStampedByline('By OLIVIA BRENNAN Associated Press · Dec. 3, 2026 Updated 4:05 p.m. EST') // true
 * isStampedByline('By Thursday, 23 people were in hospital.') // false
 */
export const isStampedByline = (line: string): boolean => {
  const m = BY_THEN_STAMP.exec(line);
  if (m === null || squeezed(line).split(' ').length > MAX_BYLINE_WORDS) return false;
  const names = (m[1] ?? '').split(/\s+/);
  // The names are capitalised words ("OLIVIA BRENNAN Associated Press", "Park Ji-woo in Busan"), not a clause.
  return names.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || /^(?:in|and|&|of|the|de|van|von|da|di|el|al)$/.test(w)) && isTimestampLine(m[2] ?? '');
};
