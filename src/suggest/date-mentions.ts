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
import type { Value } from '../model/value.js';
import { quotedDate } from '../values/kinds/date.js';
import type { SentenceTags } from './pos-tags.js';
import type { Sentence } from './text-units.js';
import { appendAll } from '../model/append-all.js';

const MONTHS = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const WEEKDAYS = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b/;
const RELATIVE = /\b(?:today|yesterday|tomorrow|tonight|(?:last|next|this) (?:week|month|year)|(?:a|one|two|three|four|\d{1,2}) (?:days?|weeks?|fortnights?) (?:ago|earlier)|in (?:a|one|two|three|four|\d{1,2}) (?:days?|weeks?|fortnights?))\b/i;
const TIME_ONLY = /^(?:at |by |around )?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|of)\s+/i;
/** A clock time at the end of a date ("Dec 12, 2025 07:45 PM"): not part of the value. */
const TRAILING_TIME = /\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$/;

/** Words before a date that put it after publication ("will start in June", "is expected to … next", "should be finished by"). */
const FUTURE = /\b(?:will|shall|should|must|(?:is|are|was|were) (?:expected|set|scheduled|due|slated|poised) to|plans? to|planned for|aims? to|hopes? to|intends? to|upcoming|next)\b/i;

/** A lower-case month or weekday name opening the words: a verb or a word ("may", "march", "sat"), not a date. */
const LOWER_CASE_NAME = /^(?:jan|feb|mar|march|apr|may|june?|july?|aug|sept?|oct|nov|dec|mon|tues?|wed|thu|thurs|fri|sat|sun)\b/;

/** "mid-", "early", "late" right before a month name: part of the date's words ("by mid-March"). */
const MONTH_PART_BEFORE = /(?:\bmid-|\b(?:early|late|mid)\s+)$/i;
const MONTH_NAME_START = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

/**
 * What a draft says of a date whose words have two readings a week apart ("last Tuesday" said on a Wednesday), as
 * messages quote it: '"last Tuesday" (2025-12-16 or 2025-12-23)'. The value keeps the words, which the loader
 * reads as the same two days (no words of one date say "one of two days"), so the person sees both and keeps the
 * one the source means.
 */
export const bothReadings = (v: Value): string | undefined =>
  v.type === 'date' && v.precision === 'either' && v.start !== v.end ? `${quotedDate(v)}: two readings a week apart; write the day the source means` : undefined;

/** A day interval in words the loader reads the same way whatever the publication date (an `either` date has none: its words stay). */
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

/** "in 2023": a year alone after "in", not a modifier of what follows ("in 2023 dollars", "in 2023-24"). */
const IN_YEAR = /\b[Ii]n (\d{4})(?![\d\p{L}]|[-–/.,]\d)(?=$|[\s,.;:!?)"”’]*(?:$|[,.;:!?)"”’]|\s+(?:and|or|but|when|after|before|as|while|until|to|for|with|from|at|in|on|by|the|a|an|its|their|his|her|after|amid|despite)\b))/gu;
/** Verbs that state no event: being, having, seeming. */
const STATE_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|seemed|seems|remained|remains)$/i;

/**
 * "opened the plant in 2023", "was founded in 1989", "In 2023, the company moved": a year after "in" is the date of
 * an event when a verb in the past tense (or a participle) that is not a state ("was", "had") stands in the same
 * clause. Without one ("the record in 2023 stands", "in 2023 terms") a year is a time frame, left out as too vague to
 * check alone.
 */
const yearMentions = (sentence: Sentence, publishedAt: PublishedAt, tags: SentenceTags, taken: readonly Mention[]): Mention[] => {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(IN_YEAR)) {
    const year = Number(m[1]);
    const start = sentence.start + (m.index ?? 0) + 3;
    const end = start + 4;
    if (year < 1800 || year > 2100 || taken.some((t) => t.start < end && start < t.end)) continue;
    // The clause around the year: from the last clause mark before it to the next after it; for an opening "In 2023,", the clause after the comma.
    const before = sentence.text.slice(0, start - sentence.start);
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(':')) + 1;
    const rest = sentence.text.slice(end - sentence.start);
    const opening = before.slice(clauseStart).trim().toLowerCase() === 'in';
    const afterMark = /^\s*,/.test(rest) && opening ? rest.indexOf(',') + 1 : 0;
    const next = rest.slice(afterMark).search(/[,;:—]/);
    const clauseEnd = end - sentence.start + afterMark + (next < 0 ? rest.length - afterMark : next);
    const event = sentence.words.some((w) => {
      const at = w.start - sentence.start;
      if (at < clauseStart || at >= clauseEnd || w.start === start - 3) return false;
      const tg = tags.get(at);
      return tg?.has('Verb') === true && (tg.has('PastTense') || tg.has('Participle')) && !tg.has('Copula') && !tg.has('Auxiliary') && !STATE_VERB.test(w.text);
    });
    if (!event) continue;
    const words = m[1] as string;
    // Read as the loader reads the claim file's words.
    const read = parseDate(words, { publishedAt });
    if (read.ok) out.push({ kind: 'date', start, end, fileValue: { date: words }, value: read.value, strength: 0.45 });
  }
  return out;
};

/** The date mentions of one sentence; `tags` (the sentence's, when known) tell an event's year ("opened … in 2023"). */
export const dateMentions = (sentence: Sentence, publishedAt: PublishedAt, tags?: SentenceTags): Mention[] => {
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
    // Lower-case "may", "march", "sat": verbs, not dates (a time of day before a day's name is part of it: "noon Saturday").
    if (!hasDigit && !RELATIVE.test(words) && LOWER_CASE_NAME.test(words.replace(/^(?:last|next|this)\s+/i, ''))) continue;
    // "by mid-March", "in early June": the part of the month is the date's words too (the month is the value).
    const part = MONTH_NAME_START.test(words) ? MONTH_PART_BEFORE.exec(sentence.text.slice(Math.max(0, offset - 6), offset)) : null;
    if (part !== null) {
      words = part[0] + words;
      offset -= part[0].length;
    }
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
  if (tags !== undefined && /\b[Ii]n \d{4}\b/.test(sentence.text)) appendAll(out, yearMentions(sentence, publishedAt, tags, out));
  return out;
};
