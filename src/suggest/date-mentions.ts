/**
 * Dates in a sentence, found by chrono-node ("Friday", "on November 1",
 * "Dec 12, 2025", "today", "last year") and read by the library's date
 * parser against the source's publication date: a weekday or a month-day is
 * placed on or before publication; on an undated page a weekday stays a
 * weekday constraint, a month-day a date without a year ("November 1"), and
 * words that need the date ("today") are left out rather than guessed. Times alone, casual words ("now", "a
 * second") and lower-case month names that are verbs ("may", "march") are
 * not dates.
 */
import { englishDates } from '../normalize/english-dates.js';
import type { PublishedAt } from '../model/source.js';
import { parseDate, publicationDay } from '../normalize/index.js';
import type { Mention } from './mention.js';
import type { Sentence } from './text-units.js';

const MONTHS = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const WEEKDAYS = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b/;
const RELATIVE = /\b(?:today|yesterday|tomorrow|tonight|(?:last|next|this) (?:week|month|year)|(?:a|one|two|three|four|\d{1,2}) (?:days?|weeks?|fortnights?) (?:ago|earlier)|in (?:a|one|two|three|four|\d{1,2}) (?:days?|weeks?|fortnights?))\b/i;
const TIME_ONLY = /^(?:at |by |around )?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|of)\s+/i;
/** A clock time at the end of a date ("Dec 12, 2025 07:45 PM"): not part of the value. */
const TRAILING_TIME = /\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$/;

/** Words before a date that put it after publication ("will start in June", "is expected to … next"). */
const FUTURE = /\b(?:will|shall|(?:is|are|was|were) (?:expected|set|scheduled|due|slated|poised) to|plans? to|planned for|upcoming|next)\b/i;

/** A day interval in words the loader reads the same way whatever the publication date. */
const absoluteWords = (v: { start: string; end: string; precision: string }): string | undefined => {
  const [y, m, d] = v.start.split('-');
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(m) - 1];
  if (month === undefined) return undefined;
  if (v.precision === 'day' && v.start === v.end) return `${month} ${Number(d)}, ${y}`;
  if (v.precision === 'month') return `${month} ${y}`;
  if (v.precision === 'year') return y;
  return undefined;
};

const referenceDate = (publishedAt: PublishedAt): Date => {
  const day = publicationDay(publishedAt);
  if (day.ok && day.value !== undefined) return new Date(Date.UTC(day.value.year, day.value.month - 1, day.value.day, 12));
  return new Date(Date.UTC(2000, 0, 1, 12));
};

/**
 * Words without which no date is kept (a looser test than the ones applied to each date found, so it never drops
 * one): a sentence without any of them is not given to the date parser, the costliest step of reading a sentence.
 */
const MAY_HOLD_DATE_NAME = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun/;
const MAY_HOLD_DATE_WORD = /\d{4}|today|yesterday|tomorrow|tonight|week|month|year|day|fortnight/i;

/** The date mentions of one sentence. */
export const dateMentions = (sentence: Sentence, publishedAt: PublishedAt): Mention[] => {
  const out: Mention[] = [];
  if (!MAY_HOLD_DATE_NAME.test(sentence.text) && !MAY_HOLD_DATE_WORD.test(sentence.text)) return out;
  const results = englishDates().parse(sentence.text, referenceDate(publishedAt), { forwardDate: false });
  for (const r of results) {
    let words = r.text;
    let offset = r.index;
    const lead = LEADING_PREPOSITION.exec(words);
    if (lead !== null) {
      words = words.slice(lead[0].length);
      offset += lead[0].length;
    }
    words = words.replace(TRAILING_TIME, '').replace(/[,.;:]+$/, '');
    if (words.length === 0 || TIME_ONLY.test(words)) continue;
    const hasDigit = /\d/.test(words);
    if (!(MONTHS.test(words) || WEEKDAYS.test(words) || RELATIVE.test(words) || (hasDigit && /\d{4}/.test(words)))) continue;
    // Lower-case "may", "march", "sat": verbs, not dates.
    if (!hasDigit && !RELATIVE.test(words) && !/^\p{Lu}/u.test(words.replace(/^(?:last|next|this)\s+/i, ''))) continue;
    const past = parseDate(words, { publishedAt });
    if (!past.ok) continue;
    // Future tense: the occurrence nearest publication, after it or (a stale relayed report) before it.
    const ahead = FUTURE.test(sentence.text.slice(0, r.index)) ? parseDate(words, { publishedAt, direction: 'future' }) : undefined;
    const pub = referenceDate(publishedAt).getTime();
    const distance = (d: { type: string; start?: string }): number => (d.type === 'date' && d.start !== undefined ? Math.abs(Date.parse(d.start) - pub) : Infinity);
    const future = ahead?.ok === true && distance(ahead.value) < distance(past.value);
    const v = future && ahead?.ok === true ? ahead.value : past.value;
    // The loader reads relative words as the past; a future date is written out in full.
    const valueWords = future && v.type === 'date' && !/\d{4}/.test(words) ? (absoluteWords(v) ?? words) : words;
    const precise = v.type === 'date' && v.precision === 'day';
    out.push({
      kind: 'date',
      start: sentence.start + offset,
      end: sentence.start + offset + words.length,
      fileValue: { date: valueWords },
      value: { ...v, raw: valueWords },
      strength: precise ? (hasDigit ? 0.8 : 0.7) : v.type === 'weekday' ? 0.6 : 0.45,
    });
  }
  return out;
};
