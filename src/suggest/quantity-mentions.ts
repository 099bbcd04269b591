/**
 * Quantities in a sentence: a number (digits, number words, vague plurals
 * such as "hundreds of") with the hedge before it ("nearly", "more than"),
 * its scale, currency or percent sign, and the words that say what it counts
 * ("50 countries and organizations"). The words come from the quantity
 * parser's own vocabulary, so what is found is what `parseQuantity` reads;
 * the value is that parser's result.
 */
import { parseQuantity } from '../normalize/index.js';
import { CURRENCY_WORDS, isCurrencyCode } from '../normalize/currency.js';
import { isMeasureUnit, LEADING_HEDGES, PERCENT_WORDS, PROPORTIONS, SCALE_WORDS, TENS, TRAILING_HEDGES, UNITS, VAGUE_PLURALS } from '../normalize/quantity-vocabulary.js';
import type { Mention } from './mention.js';
import { lazyTags, type SentenceTags } from './pos-tags.js';
import { isTitleCase, type Sentence, type Word } from './text-units.js';

const NUMERIC = /^(?:[A-Za-z]{0,3}\$|[€£¥₹₩₽₺₪₫₱~≈])?\d[\d,]*(?:\.\d+)?(?:[–-]\d[\d,]*(?:\.\d+)?)?(?:%|\+|k|m|mn|bn|b|tn|t)?$/i;
const NUMBER_WORD = (w: string): boolean => {
  const lower = w.toLowerCase();
  if (UNITS.has(lower) || TENS.has(lower) || lower === 'hundred' || lower === 'dozen') return true;
  const [a, b] = lower.split('-');
  return a !== undefined && b !== undefined && TENS.has(a) && UNITS.has(b);
};
/** "one-day", "12-month", "two-year": a number joined to its unit. */
const NUMBER_COMPOUND = /^(\d[\d,.]*|[a-z]+)-([a-z]+)$/i;

/** Words that never name what a number counts. */
const NOT_UNIT = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into', 'onto', 'under', 'over', 'about', 'after',
  'before', 'since', 'until', 'than', 'as', 'per', 'via', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
  'could', 'should', 'may', 'might', 'can', 'that', 'which', 'who', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our',
  'and', 'or', 'but', 'so', 'if', 'when', 'while', 'where', 'also', 'not', 'no', 'more', 'most', 'less', 'each', 'every', 'other', 'others',
  'such', 'up', 'down', 'out', 'said', 'says', 'say', 'year', 'years', 'ago', 'earlier', 'later', 'last', 'next', 'this',
]);
/** Units a number may still carry though they are time words ("a one-day summit", "three years"). */
const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'decade', 'decades']);

const lower = (w: Word | undefined): string => (w?.text ?? '').toLowerCase();

const matchesSeq = (words: readonly Word[], at: number, seq: readonly string[]): boolean => seq.every((s, k) => lower(words[at + k]) === s);

/** The longest leading hedge ending just before `i`: its first word's index. */
const hedgeStart = (words: readonly Word[], i: number): number => {
  let best = i;
  for (const [seq] of LEADING_HEDGES) {
    const from = i - seq.length;
    if (from >= 0 && from < best && matchesSeq(words, from, seq)) best = from;
  }
  if (best === i && (lower(words[i - 1]) === 'between' || lower(words[i - 1]) === 'from')) best = i - 1;
  return best;
};

/** An ISO currency code written onto its amount: "EUR20m", "USD1.5bn". */
const isCodedAmount = (t: string): boolean => /^[A-Z]{3}\d/.test(t) && isCurrencyCode(t.slice(0, 3)) && NUMERIC.test(t.slice(3));

/** An ISO currency code written as its own word before or after an amount: "EUR 20 million", "20 million EUR". */
const isCodeWord = (w: Word | undefined): boolean => w !== undefined && /^[A-Z]{3}$/.test(w.text) && isCurrencyCode(w.text);

/** Units written onto their figure that are not a scale's letter: speeds and temperatures beside the measures ("50mph", "40C", "-5°C"). */
const GLUED_SPEEDS_AND_TEMPERATURES = new Set(['mph', 'kph', 'kmh', 'km/h', 'm/s', 'c', 'f', '°c', '°f']);

/**
 * A measure written onto its figure — "50mph", "12km", "5kg", "40C", "300m" — as the figure and its unit. A lone "m"
 * is metres here: the caller reads it as million only after a currency ("£300m", "EUR 20m"). Ordinals ("3rd"), times
 * ("10am") and names ("5G", "3D") are not measures: only a unit of the parser's measures, a speed or a temperature is.
 */
const gluedMeasure = (t: string): { readonly figure: string; readonly unit: string } | undefined => {
  const m = /^(\d[\d,]*(?:\.\d+)?)(°?[CF]|[a-z]+(?:\/[hs])?)$/.exec(t);
  if (m === null) return undefined;
  const [, figure = '', unit = ''] = m;
  const u = unit.toLowerCase();
  return u === 'm' || isMeasureUnit(u) || GLUED_SPEEDS_AND_TEMPERATURES.has(u) ? { figure, unit } : undefined;
};

const isNumberStart = (w: Word, next: Word | undefined): boolean => {
  const t = w.text;
  if (NUMERIC.test(t) || isCodedAmount(t) || gluedMeasure(t) !== undefined) return true;
  if (NUMBER_WORD(t)) return true;
  if (VAGUE_PLURALS.has(t.toLowerCase()) && lower(next) === 'of') return true;
  const c = NUMBER_COMPOUND.exec(t);
  return c !== null && (NUMERIC.test(c[1] ?? '') || NUMBER_WORD(c[1] ?? '')) && !NUMBER_WORD(c[2] ?? '');
};

const isYear = (t: string): boolean => /^\d{4}$/.test(t) && Number(t) >= 1800 && Number(t) <= 2100;

const isUnitWord = (w: Word | undefined, tags: SentenceTags | undefined, sentenceStart: number, next: Word | undefined): boolean => {
  if (w === undefined || w.capitalised) return false;
  const t = w.text.toLowerCase();
  if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(t) || NOT_UNIT.has(t) && !TIME_UNITS.has(t)) return false;
  const tg = tags?.get(w.start - sentenceStart);
  if (tg === undefined) return true;
  if (tg.has('Noun') || tg.has('Adjective') || tg.has('Unit')) return !tg.has('Pronoun');
  // "allied countries": a participle before a noun.
  if (tg.has('PastTense') && next !== undefined && tags?.get(next.start - sentenceStart)?.has('Noun') === true) return true;
  return false;
};

/** A word the tagger calls a plural noun ("events", "miles", "tonnes"). */
const isPluralNoun = (w: Word, tags: SentenceTags | undefined, sentenceStart: number): boolean => {
  const tg = tags?.get(w.start - sentenceStart);
  return tg?.has('Plural') === true && tg.has('Noun');
};

/**
 * A plural noun the tagger read as a verb after a singular noun — "0.1
 * percentage points off", "25 basis points on Tuesday" — is the head of the
 * unit (a noun compound), not the sentence's verb: taken when what follows it
 * cannot be a verb's object (a preposition, a date, punctuation or the end).
 */
const isPluralHead = (text: string, words: readonly Word[], k: number, tags: SentenceTags | undefined, sentenceStart: number): boolean => {
  const w = words[k];
  const before = words[k - 1];
  if (w === undefined || before === undefined || w.capitalised || !/^\p{Ll}+s$/u.test(w.text) || NOT_UNIT.has(w.text.toLowerCase())) return false;
  const tagOf = (x: Word | undefined) => (x === undefined ? undefined : tags?.get(x.start - sentenceStart));
  const own = tagOf(w);
  const previous = tagOf(before);
  if (own?.has('PresentTense') !== true || previous?.has('Noun') !== true || previous.has('Plural')) return false;
  const next = words[k + 1];
  if (next === undefined || /^[,.;:!?)"”]/.test(text.slice(w.end, w.end + 1))) return true;
  const after = tagOf(next);
  return after?.has('Preposition') === true || after?.has('Date') === true;
};

/**
 * Proportions in words of two words or more ("nearly all", "a majority", "the vast majority"):
 * the parser reads them as percentage intervals. One-word ones ("most", "all") are too common to
 * suggest.
 */
const PROPORTION_PHRASES = PROPORTIONS.map(([seq]) => seq).filter((seq) => seq.length >= 2).sort((a, b) => b.length - a.length);

/** A proportion in words at `i` and what it is a share of ("nearly all of the world's capacity", "a majority stake"). */
const proportionMention = (text: string, sentence: Sentence, tags: SentenceTags | undefined, i: number): Mention | undefined => {
  const { words } = sentence;
  const seq = PROPORTION_PHRASES.find((p) => matchesSeq(words, i, p));
  if (seq === undefined) return undefined;
  let end = i + seq.length;
  // "of the world's …", "stake": a few words saying of what
  for (let k = end, n = 0; k < words.length && n < 5; k += 1, n += 1) {
    const w = words[k] as Word;
    if (!(lower(w) === 'of' || lower(w) === 'the' || isUnitWord(w, tags, sentence.start, words[k + 1]) || /^\p{Ll}+['’]s$/u.test(w.text))) break;
    end = k + 1;
    if (/^[,.;:!?)"”]/.test(text.slice(w.end, w.end + 1))) break;
  }
  while (end > i + seq.length && ['of', 'the'].includes(lower(words[end - 1]))) end -= 1;
  const first = words[i] as Word;
  const last = words[end - 1] as Word;
  const phrase = text.slice(first.start, last.end);
  const parsed = parseQuantity(phrase);
  if (!parsed.ok) return undefined;
  return { kind: 'quantity', start: first.start, end: last.end, fileValue: { quantity: phrase }, value: { ...parsed.value, raw: phrase }, strength: end > i + seq.length ? 0.55 : 0.4 };
};

const WEEKDAY_OR_MONTH = /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?$|^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/;

/**
 * A number written after a capitalised word, one space between, is part of a name — "Chopper 8 flies", "the KDFL 8
 * app", "Route 31 north", "Article 5", "Flight 370" — not an amount: unless the number has a group separator or a
 * decimal point ("Severn Trent 2,100 jobs"), or the word is a possessive ("Ukraine's 40 million people"), a day or
 * month ("Thursday 300 people"), a currency ("EUR 20 million"), a function word or hedge ("As 900 homes"). The
 * sentence's first word names something when it is a proper noun, an acronym or a singular common noun ("Article 5
 * commits …"), not an adverb, determiner or adjective ("Only 12 people", "Some 300", "Overall 12"). In a title-case
 * headline, where every word is capitalised, only a singular noun before the number names something ("Flight 370
 * Carried …", not "Fire Destroys 3 Warehouses"); `words` are then the sentence's own (capitalised) words and `tags`
 * those of its lower-case words.
 */
const isNumberInName = (text: string, words: readonly Word[], sentenceStart: number, i: number, tags: SentenceTags | undefined, titleCase: boolean): boolean => {
  const w = words[i] as Word;
  const prev = words[i - 1];
  // A name's number is plain digits ("Route 31", "Boeing 737"); one with a group separator or a decimal point is an amount ("Severn Trent 2,100 jobs").
  if (prev === undefined || !/^\d+$/.test(w.text) || !prev.capitalised || text.slice(prev.end, w.start) !== ' ') return false;
  if (/['’]s$/.test(prev.text) || WEEKDAY_OR_MONTH.test(prev.text) || NOT_UNIT.has(prev.text.toLowerCase()) || LEADING_HEDGES.some(([seq]) => seq.length === 1 && seq[0] === prev.text.toLowerCase())) return false;
  if (isCurrencyCode(prev.text)) return false;
  if (/^[\p{Lu}\d&]{2,}$/u.test(prev.text)) return true;
  const tg = tags?.get(prev.start - sentenceStart);
  const namesSomething = tg?.has('ProperNoun') === true || (tg?.has('Noun') === true && !tg.has('Plural') && !tg.has('Pronoun') && !tg.has('Date'));
  if (titleCase) return namesSomething;
  return i - 1 > 0 || namesSomething;
};

/**
 * A title-case sentence as running text: its words not capitalised (acronyms and currency codes stay so) and
 * tagged as lower-case words, so "3 Warehouses" counts warehouses as "3 warehouses" would.
 */
const asRunningText = (sentence: Sentence): { readonly sentence: Sentence; readonly tags: SentenceTags | undefined } => {
  const lowered = sentence.text.toLowerCase();
  return {
    sentence: { ...sentence, words: sentence.words.map((w) => (w.capitalised && !/^[\p{Lu}\d&]{2,}$/u.test(w.text) ? { ...w, capitalised: false } : w)) },
    // Lower-casing keeps offsets in all but a few scripts' letters; where it does not, the words go untagged.
    tags: lowered.length === sentence.text.length ? lazyTags(lowered) : undefined,
  };
};

const STREET = /^(?:Street|St|Avenue|Ave|Road|Rd|Way|Parkway|Pkwy|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|Highway|Hwy|Circle|Terrace|Plaza|Square|Crescent|Trail|Pike)\.?$/;

/** A street number: digits, then up to three capitalised words ending in a kind of street ("4100 Industrial Parkway", "10 Downing Street"). */
const isStreetNumber = (text: string, words: readonly Word[], i: number, j: number): boolean => {
  if (j !== i + 1 || !/^\d+$/.test((words[i] as Word).text)) return false;
  for (let k = i + 1; k <= i + 3 && k < words.length; k += 1) {
    const w = words[k] as Word;
    if (!w.capitalised || !/^\s+$/.test(text.slice((words[k - 1] as Word).end, w.start))) return false;
    if (k > i + 1 && STREET.test(w.text)) return true;
  }
  return false;
};

/**
 * A rank or a figure of speech, not an amount: "number one priority", "No. 1", and the word "one" before a noun that
 * is not a measure in a direct quotation ("You put one cell out", "contained to one building"): people speaking say
 * "one" for "a". A measure ("one mile", "one ton", "one hour") is still an amount.
 */
const isRankOrIdiom = (text: string, sentence: Sentence, i: number, end: number): boolean => {
  const { words } = sentence;
  const w = words[i] as Word;
  if (!/^(?:one|1)$/i.test(w.text)) return false;
  if (/^(?:number|no\.?)$/i.test(words[i - 1]?.text ?? '') || /\bno\.\s*$/i.test(text.slice(Math.max(0, w.start - 5), w.start))) return true;
  if (w.text === '1' || end === i + 1) return false;
  const phrase = text.slice(w.start, (words[end - 1] as Word).end);
  const parsed = parseQuantity(phrase);
  // A measure or an amount of money is an amount however it is said ("one mile" is exact since a lone digit has no rounding step).
  if (parsed.ok && (isMeasureUnit(parsed.value.unit) || parsed.value.unit === '%' || parsed.value.currency !== undefined)) return false;
  return insideQuotation(text, sentence.paragraph.start, w.start);
};

/** Whether `at` is inside a direct quotation opened earlier in its paragraph ("…" or an odd number of straight quotes). */
const insideQuotation = (text: string, paragraphStart: number, at: number): boolean => {
  const before = text.slice(paragraphStart, at);
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
};

/** The quantity mentions of one sentence; `taken` ranges (dates) are skipped. */
export const quantityMentions = (text: string, written: Sentence, writtenTags: SentenceTags | undefined, taken: readonly { start: number; end: number }[]): Mention[] => {
  const titleCase = isTitleCase(written);
  const { sentence, tags } = titleCase ? asRunningText(written) : { sentence: written, tags: writtenTags };
  const { words } = sentence;
  const out: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    const proportion = taken.some((r) => w.start < r.end && r.start < w.end) ? undefined : proportionMention(text, sentence, tags, i);
    if (proportion !== undefined) {
      out.push(proportion);
      i = Math.max(i + 1, sentence.words.findIndex((x) => x.end >= proportion.end) + 1);
      continue;
    }
    if (!isNumberStart(w, words[i + 1]) || taken.some((r) => w.start < r.end && r.start < w.end)) {
      i += 1;
      continue;
    }
    // A currency code as a word of its own before the amount ("EUR 20 million", "nearly USD 1.5bn") is the amount's currency.
    const first = isCodeWord(words[i - 1]) && /^ $|^\u00a0$/.test(text.slice((words[i - 1] as Word).end, w.start)) ? i - 1 : i;
    const start = hedgeStart(words, first);
    let j = i + 1;
    let currency = first < i || isCodedAmount(w.text) || /[$€£¥₹₩₽₺₪₫₱]/.test(w.text);
    let percent = w.text.endsWith('%');
    const compound = NUMBER_COMPOUND.exec(w.text);
    // "one-day" carries its unit; "Twenty-three" is one number, not a number and its unit.
    // A measure written onto its figure ("12km", "50mph") has its unit: what follows is what it measures, not its unit.
    // A lone "m" before a plural noun counts millions of them ("4m households", "1.2m passengers"); before a singular
    // noun, "of" or nothing it is a length ("a 300m section", "300m of track").
    const gluedOrMillion = currency ? undefined : gluedMeasure(w.text);
    const next = words[i + 1];
    const glued = gluedOrMillion?.unit === 'm' && next !== undefined && /^\s+$/.test(text.slice(w.end, next.start)) && isPluralNoun(next, tags, sentence.start) ? undefined : gluedOrMillion;
    let unitWords = (compound !== null && !NUMERIC.test(w.text) && !NUMBER_WORD(w.text)) || glued !== undefined ? 1 : 0;
    // Continue the amount: "of" after a vague plural, scales, number words, ranges, percent and currency words, trailing hedges.
    for (;;) {
      const n = lower(words[j]);
      if (n === 'of' && (VAGUE_PLURALS.has(lower(words[j - 1])) || SCALE_WORDS.has(lower(words[j - 1]))) && (SCALE_WORDS.has(lower(words[j + 1])) || VAGUE_PLURALS.has(lower(words[j + 1])))) j += 2;
      // A one-letter scale only after a currency: "CHF 12 m" ("12 m" alone is metres).
      else if (SCALE_WORDS.has(n) && (n.length > 1 || currency)) j += 1;
      else if (n === 'hundred' || NUMBER_WORD(words[j]?.text ?? '') && NUMBER_WORD(words[j - 1]?.text ?? '')) j += 1;
      else if ((n === 'to' || n === 'and' && lower(words[start]) === 'between' || n === '-' || n === '–') && words[j + 1] !== undefined && isNumberStart(words[j + 1] as Word, words[j + 2])) j += 2;
      else if (PERCENT_WORDS.some((p) => matchesSeq(words, j, p))) {
        j += PERCENT_WORDS.find((p) => matchesSeq(words, j, p))?.length ?? 1;
        percent = true;
      } else if (CURRENCY_WORDS.has(n) || (!currency && isCodeWord(words[j]))) {
        j += 1;
        currency = true;
      } else if (TRAILING_HEDGES.some(([seq]) => matchesSeq(words, j, seq))) j += TRAILING_HEDGES.find(([seq]) => matchesSeq(words, j, seq))?.[0].length ?? 1;
      else break;
    }
    // What it counts: a noun phrase, ending at its head — a plural noun ("3,214 spill events", not "… events amount";
    // "two miles", not "… miles below") — joined by "and"/"or" to another ("countries and organizations"). What a
    // measure measures is not its unit ("40,000 tonnes of lithium" is 40,000 tonnes): with it, the value would no
    // longer compare with the same amount written without it.
    let end = j;
    if (!currency && !percent && unitWords === 0) {
      let k = j;
      let taken = 0;
      while (taken < 4) {
        const w = words[k];
        const pluralHead = taken > 0 && isPluralHead(text, words, k, tags, sentence.start);
        if (w === undefined || !(isUnitWord(w, tags, sentence.start, words[k + 1]) || pluralHead)) break;
        // What a number counts follows it without punctuation: in "in 2023, employs 140 people" "employs" is not a unit.
        if (!/^\s+$/.test(text.slice((words[k - 1] as Word).end, w.start))) break;
        const stopsHere = /^[,.;:!?)"”]/.test(text.slice(w.end, w.end + 1));
        k += 1;
        taken += 1;
        end = k;
        if (stopsHere) break;
        if ((lower(words[k]) === 'and' || lower(words[k]) === 'or') && isUnitWord(words[k + 1], tags, sentence.start, words[k + 2])) k += 1;
        // A plural noun before another is a modifier, not the head: "400 police officers", "12 sales workers".
        else if (pluralHead || (isPluralNoun(w, tags, sentence.start) && !(words[k] !== undefined && isPluralNoun(words[k] as Word, tags, sentence.start) && isUnitWord(words[k], tags, sentence.start, words[k + 1])))) break;
      }
      unitWords = end - j;
    }
    const from = words[start] as Word;
    const last = words[end - 1] as Word;
    const amountOnly = end === j;
    // Skip what is not a quantity claim: a year, a bare number word ("one of"), a number in a name ("Article 5").
    const bare = amountOnly && !currency && !percent && glued === undefined && j === i + 1 && start === i;
    const prev = words[i - 1];
    if (
      (bare && (isYear(w.text) || NUMBER_WORD(w.text))) ||
      (bare && prev?.capitalised === true && i > 0) ||
      (amountOnly && isYear(w.text) && start === i) ||
      (start === i && !currency && !percent && (isNumberInName(text, titleCase ? written.words : words, sentence.start, i, tags, titleCase) || isStreetNumber(text, written.words, i, j) || isRankOrIdiom(text, sentence, i, end)))
    ) {
      i = j;
      continue;
    }
    // "300m" with no currency is metres: written apart, as the parser reads metres ("300 m"), not 300 million.
    const mentionText = glued?.unit === 'm' ? `${text.slice(from.start, w.start)}${glued.figure} m${text.slice(w.end, last.end)}` : text.slice(from.start, last.end);
    const words4value = mentionText.replace(/(\d|\b[a-z]+)-([a-z]+)/gi, (all, a: string, b: string) => (NUMBER_WORD(b) ? all : `${a} ${b}`));
    let parsed = parseQuantity(words4value);
    if (!parsed.ok && !amountOnly) parsed = parseQuantity(text.slice(from.start, (words[j - 1] as Word).end));
    if (parsed.ok && Number.isFinite(parsed.value.low ?? 0) && Number.isFinite(parsed.value.high ?? 0)) {
      const unit = parsed.value.unit;
      const strength = currency || percent ? 0.85 : unit !== undefined && unit.length > 0 ? 0.75 : 0.35;
      out.push({
        kind: 'quantity',
        start: from.start,
        end: last.end,
        fileValue: { quantity: words4value },
        value: { ...parsed.value, raw: words4value },
        strength: start < first ? Math.min(0.95, strength + 0.05) : strength,
      });
    }
    i = Math.max(end, i + 1);
  }
  return out;
};
