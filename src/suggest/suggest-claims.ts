/**
 * Suggesting claims for a source: every quantity, date, list of entities
 * and attributed statement in its article text (not the page's byline or
 * time stamp) becomes a candidate claim quoting the value's own words (with
 * a prefix where they occur elsewhere), its value as the loader
 * reads it, a subject and predicate guessed from the folder's vocabulary
 * where the words match, and a confidence. Claims the folder already has
 * are not proposed again. Pure: a corpus in, candidates out.
 */
import { prepareText } from '../anchor/index.js';
import type { UniqueQuote } from '../anchor/unique-quote.js';
import { claimsByPlace } from './claims-by-place.js';
import { createPageQuotes } from './page-quotes.js';
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Value } from '../model/value.js';
import { formatDay } from '../normalize/calendar-day.js';
import { createEntityResolver, type EntityResolver, publicationDay } from '../normalize/index.js';
import { type Attribution, attributionOf, hasAttributionVerb } from './attribution.js';
import { matchesClaim } from './claim-match.js';
import { compareValues } from '../values/index.js';
import { isWithdrawnStatement } from './correction-note.js';
import { bothReadings, dateMentions } from './date-mentions.js';
import { nameSpans } from './entity-names.js';
import { isPageTimestamp, isStampedByline, isTimestampLine, namesAnAuthor } from './page-byline.js';
import { listMentions } from './list-mentions.js';
import type { Mention, MentionKind } from './mention.js';
import { lazyTags } from './pos-tags.js';
import { quantityMentions } from './quantity-mentions.js';
import { isTitleCase, type Sentence, sentencesOf } from './text-units.js';
import { tableCellDrafts, withTableDrafts, type TableCellPlace } from './table-cells.js';
import { guessSubject, predicateIndex } from './vocabulary-guess.js';
import { createUnitTable, foldUnit } from '../values/unit-table.js';
import { createMessage } from '../model/message.js';
import { failed, ok, settled, type Result } from '../model/result.js';

export type SuggestionKind = MentionKind | 'text';

export interface Suggestion {
  /** A claim id not used in the folder. */
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly sourceId: string;
  /** Guessed from the names in the sentence; absent when none fits. */
  readonly subject?: string;
  /** Guessed from the predicate vocabulary; absent when no predicate's words match. */
  readonly predicate?: string;
  readonly value: Value;
  /** The value as a claim file writes it. */
  readonly fileValue: Readonly<Record<string, unknown>>;
  /** The value's own words (for a text claim, the statement's); a prefix tells them apart where they occur elsewhere. */
  readonly quote: UniqueQuote;
  readonly attribution?: { readonly speaker?: string; readonly outlet?: string };
  /** How likely a person keeps this claim, in [0, 1]. */
  readonly confidence: number;
  /** The sentence it comes from (for showing the quote in context). */
  readonly sentence: { readonly start: number; readonly end: number };
  /** Why the subject and predicate were guessed. */
  readonly notes: readonly string[];
  /** For a table cell: its caption, column and row headers, and the label they make (table-cells.ts). */
  readonly table?: TableCellPlace;
}

export interface SuggestOptions {
  /** Leave out candidates below this confidence (default 0.25). */
  readonly minConfidence?: number;
  /** Propose attributed statements without a value as text claims (default true). */
  readonly attributions?: boolean;
}

export interface SuggestResult {
  readonly suggestions: readonly Suggestion[];
  /** Candidates left out because the folder already has the claim. */
  readonly alreadyClaimed: number;
  /** Candidates left out below `minConfidence`. */
  readonly belowConfidence: number;
  /** Values left out unquoted because their words occur more than `MAX_QUOTED_OCCURRENCES` (16) times on the page: no quote could tell the copies apart. */
  readonly tooRepeated: number;
  /** Table cells the source's capture did not record (past its row and column limits): read, if at all, from their lines as any text, without their headers. */
  readonly tableCellsLeftOut: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.25;

const KIND_LETTER: Readonly<Record<SuggestionKind, string>> = { quantity: 'q', date: 'd', 'entity-set': 'l', text: 't' };

/**
 * The words of an attributed statement without the attribution: "…, Zhou said." → the part before;
 * "Zhou said that …" → the part after; "according to X" in the middle → the part before it.
 */
const statementRange = (text: string, sentence: { start: number; end: number }, said: { start: number; end: number }): { start: number; end: number } => {
  let start = sentence.start;
  let end = sentence.end;
  if (said.start - sentence.start > 10) end = said.start;
  else if (said.start <= sentence.start + 1) start = said.end;
  const inner = text.slice(start, end);
  const lead = /^(?:\s|,|that\b|:|["“”'])+/i.exec(inner)?.[0].length ?? 0;
  const trail = /(?:\s|,|;|["“”'])+$/.exec(inner.slice(lead))?.[0].length ?? 0;
  const s = start + lead;
  const e = end - trail;
  return e - s >= 20 ? { start: s, end: e } : { start: sentence.start, end: sentence.end };
};

/**
 * The sentences that are the page's headline: a whole line without a full stop that the source's title starts with
 * (titles often end with the site's name: "Water companies to pay £1.18 billion - GOV.UK").
 */
const headlineSentences = (text: string, title: string | undefined): ReadonlySet<number> => {
  const starts = new Set<number>();
  const folded = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const heading = title === undefined ? '' : folded(title);
  if (heading.length === 0) return starts;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const words = folded(line[0]);
    if (words.length > 0 && !/[.!?]["”’]?$/.test(words) && heading.startsWith(words)) starts.add((line.index ?? 0) + (line[0].length - line[0].trimStart().length));
  }
  return starts;
};

/** A line standing alone as its paragraph, without a sentence's closing punctuation: a heading ("Train carried 148 passengers", "12:40"). */
const HEADING_LINE = /(?<=^|\n[ \t]*\n)[ \t]*([^\n]*[^\s.!?:;,"”’'][ \t]*)(?=\n[ \t]*\n|\n?$)/g;

/**
 * A page's section headings — a live blog's post headings, an article's subheadings — with the drafts of the section
 * each heads (up to the next heading line): a heading's value that its section's sentences state ("Line to stay shut
 * until 14 December" over "… will stay closed until 14 December") is offered once, as the sentence's, as a page's
 * headline is. Keyed by the heading sentence's start; drafts in the page's order.
 */
/** A heading is short: a longer line without a full stop is a paragraph left unpunctuated. */
const MAX_HEADING_WORDS = 20;

const sectionHeadings = (text: string, drafts: readonly Draft[]): ReadonlyMap<number, readonly Draft[]> => {
  const lines: { readonly start: number; readonly end: number; readonly heads: boolean }[] = [];
  for (const m of text.matchAll(HEADING_LINE)) {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    const words = (m[1] ?? '').trim();
    // Every such line ends the section above it; only a short one heads its own (so each draft below is compared with
    // the few values of one heading: the cost stays linear in the page).
    lines.push({ start, end: start + words.length, heads: words.split(/\s+/).length <= MAX_HEADING_WORDS });
  }
  const out = new Map<number, Draft[]>();
  if (lines.length === 0) return out;
  const inOrder = [...drafts].sort((a, b) => a.range.start - b.range.start);
  const lineAt = new Map(lines.map((l, k) => [l.start, k]));
  let k = 0;
  for (const d of inOrder) {
    while (k < lines.length && (lines[k] as { end: number }).end <= d.range.start) k += 1;
    // A draft on a heading-shaped line belongs to no section: it heads its own when the line is one short sentence.
    const line = lines[k];
    if (line !== undefined && line.start <= d.range.start) {
      if (line.heads && lineAt.get(d.sentence.start) === k && !out.has(d.sentence.start)) out.set(d.sentence.start, []);
      continue;
    }
    const heading = lines[k - 1];
    if (heading !== undefined) out.get(heading.start)?.push(d);
  }
  return out;
};

/**
 * A speaker carried across paragraphs, as news writes quotes: the paragraph after "Water Minister Priya Raman said:" is
 * hers, and a paragraph that opens with a quotation mark and attributes it to no one continues the quotation of the
 * paragraph before it, when that one opened with a quotation mark too and named its speaker. Fed the article's sentences
 * in order; a sentence's own attribution always wins.
 */
const createQuoteCarry = (text: string) => {
  interface Paragraph {
    readonly start: number;
    readonly opensQuote: boolean;
    readonly attributes: boolean;
    speaker?: Attribution;
    introduces?: Attribution;
  }
  let previous: Paragraph | undefined;
  let current: Paragraph | undefined;
  return {
    attribution(sentence: Pick<Sentence, 'start' | 'end' | 'paragraph'>, own: Attribution | undefined): Attribution | undefined {
      const { start, end } = sentence.paragraph;
      if (current?.start !== start) {
        previous = current;
        const line = text.slice(start, end);
        current = { start, opensQuote: /^\s*["“‘]/.test(line), attributes: hasAttributionVerb(line) };
      }
      // A paragraph that attributes something itself ("…," a spokeswoman said) carries nobody's words.
      const carried = current.attributes ? undefined : (previous?.introduces ?? (current.opensQuote && previous?.opensQuote === true ? previous.speaker : undefined));
      const said = own ?? (carried !== undefined ? { ...carried, start: sentence.start, end: sentence.start } : undefined);
      if (said?.speaker !== undefined && current.speaker === undefined) current.speaker = said;
      // "X said:" at the end of a paragraph introduces the next one.
      if (own !== undefined && /:\s*$/.test(text.slice(sentence.start, sentence.end)) && text.slice(own.end, sentence.end).trim() === ':') current.introduces = own;
      return said;
    },
  };
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** How many names a page's resolver remembers before it starts afresh. */
const REMEMBERED_NAMES = 100_000;

/**
 * The resolver, remembering what each name it was asked about resolved to: every word of a page starts up to six
 * candidate names, and a page says the same words again and again.
 */
const rememberingNames = (resolver: EntityResolver): EntityResolver => {
  const known = new Map<string, ReturnType<EntityResolver['resolve']>>();
  const resolve = (name: string): ReturnType<EntityResolver['resolve']> => {
    if (known.has(name)) return known.get(name);
    if (known.size >= REMEMBERED_NAMES) known.clear();
    const id = resolver.resolve(name);
    known.set(name, id);
    return id;
  };
  return { ...resolver, resolve };
};

/**
 * Whether a range overlaps one of the page's non-content ranges (its chrome). Asked about the sentences in order, so
 * the ranges are walked once, not searched for each sentence.
 */
const nonContentTest = (ranges: readonly { readonly start: number; readonly end: number }[]) => {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  // The furthest end of the ranges starting at or before each one: a range may lie inside an earlier, longer one.
  const reach: number[] = [];
  sorted.forEach((r, i) => reach.push(Math.max(r.end, reach[i - 1] ?? -1)));
  return (r: { readonly start: number; readonly end: number }): boolean => {
    // The last range starting before r ends; some range up to it overlaps r exactly when the furthest end among them passes r's start.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] as { start: number }).start < r.end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && (reach[low - 1] as number) > r.start;
  };
};

interface Draft extends Omit<Suggestion, 'id'> {
  readonly range: { readonly start: number; readonly end: number };
}

/**
 * The candidates for one source of the corpus, or an `unknown-source`
 * message naming the sources there are.
 *
 * @example
 * const result = suggestClaims(loaded.value.corpus, 'harbour-expansion-approved');
 * if (result.ok) result.value.suggestions[0] // { kind: 'quantity', value: { type: 'quantity', low: 450e6, … }, quote: { exact: '$450 million', … }, … }
 */
export const suggestClaims = (corpus: Corpus, sourceId: string, options: SuggestOptions = {}, resolverIn?: EntityResolver): Result<SuggestResult> => {
  const doc = corpus.sources.find((s) => s.source.id === sourceId);
  if (doc === undefined) {
    const ids = corpus.sources.map((s) => s.source.id);
    return failed([
      createMessage('unknown-source', `the corpus has no source ${sourceId}`, { sourceId, hint: ids.length > 0 ? `its sources are: ${ids.join(', ')}` : 'add one with claimtrace add' }),
    ]);
  }
  const { text } = doc;
  const { publishedAt } = doc.source;
  const resolver = rememberingNames(resolverIn ?? createEntityResolver({ entities: corpus.entities }));
  const prepared = prepareText(text);
  const predicates = predicateIndex(corpus.predicates);
  const inNonContent = nonContentTest(doc.source.nonContent.map((n) => n.range));
  const quotes = createPageQuotes(prepared);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const published = publicationDay(publishedAt);
  const pageDay = published.ok && published.value !== undefined ? formatDay(published.value) : undefined;

  const drafts: Draft[] = [];
  const paragraphs = createQuoteCarry(text);
  for (const sentence of sentencesOf(text)) {
    // The page's chrome, its byline ("By … · 12 March 2026, 8:30 am KST"), time stamps and what a correction note withdraws are not the article's claims.
    if (inNonContent(sentence) || namesAnAuthor(sentence.text, doc.source) || isStampedByline(sentence.text) || isTimestampLine(sentence.text) || isWithdrawnStatement(sentence.text)) continue;
    // numbers, and proportions in words ("nearly all", "a majority")
    const hasNumber =
      /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|billions|dozens?|majority|minority|bulk)\b|\b(?:nearly|almost|virtually|practically) (?:all|every)\b/i.test(
        sentence.text,
      );
    const tags = lazyTags(sentence.text);
    const dates = dateMentions(sentence, publishedAt, tags).filter((m) => !isPageTimestamp(m, pageDay));
    const quantities = hasNumber ? quantityMentions(text, sentence, tags, dates) : [];
    // In a title-case headline every word is capitalised: only the names the alias tables know are names there.
    const names = isTitleCase(sentence) ? nameSpans(text, sentence, resolver, tags).filter((n) => n.id !== undefined) : nameSpans(text, sentence, resolver, tags);
    const lists = listMentions(text, sentence, names, resolver, tags);
    const said = paragraphs.attribution(sentence, attributionOf(text, sentence, names, tags));
    const attribution = said === undefined ? undefined : { ...(said.speaker !== undefined ? { speaker: said.speaker } : {}), ...(said.outlet !== undefined ? { outlet: said.outlet } : {}) };
    const mentions: Mention[] = [...dates, ...quantities, ...lists];
    const guesses = predicates.forSentence(sentence.text);
    for (const m of mentions) {
      // The value's own words; where they occur elsewhere too, the words before them as a prefix (never a longer quote, which would claim more words than the value).
      const quote = quotes.quote(m.start, m.end, { minStart: sentence.start, maxEnd: sentence.end, maxLength: m.end - m.start });
      if (quote === undefined) continue;
      const unit = m.value.type === 'quantity' ? (m.value.unit ?? '') : '';
      const predicate = guesses.guess(m.kind, unit);
      const subject = guessSubject(names, resolver, { start: m.start, end: m.end, ...(m.names !== undefined ? { names: m.names } : {}), ...(said?.speaker !== undefined ? { speaker: said.speaker } : {}), ...(said !== undefined ? { attribution: said } : {}) });
      const notes = [
        ...(predicate !== undefined ? [`predicate guessed from the words of the sentence (score ${predicate.score.toFixed(1)})`] : ['no predicate of this value type shares words with the sentence: choose one']),
        ...(subject !== undefined ? [`subject guessed: ${subject.known ? 'a name the alias tables know' : 'a capitalised name'} in the sentence`] : ['no name in the sentence fits as the subject: write it']),
        ...(bothReadings(m.value) !== undefined ? [bothReadings(m.value) as string] : []),
      ];
      const confidence = round2(m.strength * (0.6 + (predicate !== undefined ? 0.2 : 0) + (subject?.known === true ? 0.2 : subject !== undefined ? 0.1 : 0)));
      drafts.push({
        kind: m.kind,
        sourceId,
        ...(subject !== undefined ? { subject: subject.name } : {}),
        ...(predicate !== undefined ? { predicate: predicate.id } : {}),
        value: m.value,
        fileValue: m.fileValue,
        quote,
        ...(attribution !== undefined ? { attribution } : {}),
        confidence,
        sentence: { start: sentence.start, end: sentence.end },
        notes,
        range: { start: m.start, end: m.end },
      });
    }
    // An attributed statement with no value in it: a text claim with its speaker.
    // ("X said:" ending its sentence introduces the next paragraph, which carries the statement.)
    if (options.attributions !== false && said !== undefined && mentions.length === 0 && !(said.end > sentence.start && /^\s*:\s*$/.test(text.slice(said.end, sentence.end)))) {
      const range = statementRange(text, sentence, said);
      const clause = text.slice(range.start, range.end);
      const quote = quotes.quote(range.start, range.end, { minStart: range.start, maxEnd: range.end });
      if (quote !== undefined && clause.length <= 400) {
        const predicate = predicates.guess('text', clause);
        const subject = guessSubject(names, resolver, { start: said.start, end: said.end, ...(said.speaker !== undefined ? { speaker: said.speaker } : {}) });
        drafts.push({
          kind: 'text',
          sourceId,
          ...(subject !== undefined ? { subject: subject.name } : {}),
          ...(predicate !== undefined ? { predicate: predicate.id } : {}),
          value: { type: 'text', text: clause },
          fileValue: { text: clause },
          quote,
          ...(attribution !== undefined ? { attribution } : {}),
          // Who says it is what makes a statement checkable, as a unit makes an amount: a named speaker counts as
          // much as a predicate or a known subject, so an attributed statement with a speaker clears the default cut.
          confidence: round2(0.35 * Math.min(1, 0.6 + (predicate !== undefined ? 0.2 : 0) + (subject?.known === true ? 0.2 : 0) + (said.speaker !== undefined ? 0.2 : 0))),
          sentence: { start: sentence.start, end: sentence.end },
          notes: ['an attributed statement: write the claim it makes, with its subject and predicate'],
          range: { start: sentence.start, end: sentence.end },
        });
      }
    }
  }

  // A table's cells are proposed with their row and column headers (table-cells.ts), in place of the line's reading of them.
  const tables = tableCellDrafts(doc, { sourceId, quotes, predicates, resolver, inNonContent, overlapTest: nonContentTest });
  withTableDrafts(drafts, tables);

  // One candidate per value: a headline's value that the article's sentences state too, and a value restated in parentheses
  // right after it ("today (17 November 2026)"), are offered once — the sentence's, the parenthesis's.
  const headlines = headlineSentences(text, doc.source.title);
  const sameValue = (a: Draft, b: Draft): boolean => a !== b && a.kind === b.kind && compareValues(a.value, b.value, { resolver }).verdict === 'compatible';
  // The drafts by where their words start, so the value in a parenthesis is looked up, not searched for (a page of
  // many values compared every pair, each over the text between them).
  const startingAt = new Map<number, Draft[]>();
  for (const d of drafts) {
    const at = startingAt.get(d.range.start);
    if (at === undefined) startingAt.set(d.range.start, [d]);
    else at.push(d);
  }
  const openParenthesis = /\s*\(\s*/y;
  const inParenthesisAfter = (d: Draft): readonly Draft[] => {
    openParenthesis.lastIndex = d.range.end;
    return openParenthesis.test(text) ? (startingAt.get(openParenthesis.lastIndex) ?? []) : [];
  };
  // A headline's value is compared with the article's once per distinct value: a page that repeats its headline line
  // compared each copy with every draft.
  const article = drafts.filter((o) => !headlines.has(o.sentence.start));
  const statedInArticle = new Map<string, boolean>();
  const inArticle = (d: Draft): boolean => {
    const key = `${d.kind} ${JSON.stringify(d.value)}`;
    let found = statedInArticle.get(key);
    if (found === undefined) {
      found = article.some((o) => sameValue(d, o));
      statedInArticle.set(key, found);
    }
    return found;
  };
  const headedSections = sectionHeadings(text, drafts);
  const restatedBelow = (d: Draft): boolean => {
    const section = headedSections.get(d.sentence.start);
    return section !== undefined && section.some((o) => sameValue(d, o));
  };
  const restated = (d: Draft): boolean => (headlines.has(d.sentence.start) && inArticle(d)) || restatedBelow(d) || inParenthesisAfter(d).some((o) => sameValue(d, o));
  const stated = drafts.filter((d) => !restated(d));
  // Of two of one kind on overlapping words, the more confident. A draft's words lie within its sentence, so only the
  // drafts kept from the same sentence can overlap it.
  stated.sort((a, b) => b.confidence - a.confidence || a.range.start - b.range.start);
  const keptIn = new Map<number, Draft[]>();
  const kept: Draft[] = [];
  for (const d of stated) {
    const same = keptIn.get(d.sentence.start);
    if (same?.some((k) => k.kind === d.kind && k.range.start < d.range.end && d.range.start < k.range.end) === true) continue;
    if (same === undefined) keptIn.set(d.sentence.start, [d]);
    else same.push(d);
    kept.push(d);
  }
  const existing: readonly Claim[] = corpus.claims;
  const claimsOver = claimsByPlace(existing, sourceId);
  // The folder's unit synonyms (`units:`), as the loader folds its claims' units: "148 passengers" is then the
  // "148 people" a claim already gives, and a suggestion's value reads as the loaded claim's will.
  const units = settled(createUnitTable(corpus.units ?? []));
  const withUnits = kept.map((d): Draft => {
    const value = foldUnit(d.value, units);
    return value === d.value ? d : { ...d, value };
  });
  let alreadyClaimed = 0;
  let belowConfidence = 0;
  const fresh = withUnits.filter((d) => {
    const near = claimsOver(Math.min(d.quote.start, d.range.start), Math.max(d.quote.end, d.range.end));
    if (near.some((c) => matchesClaim({ sourceId, range: d.quote, value: d.value }, c, resolver) || matchesClaim({ sourceId, range: d.range, value: d.value }, c, resolver))) {
      alreadyClaimed += 1;
      return false;
    }
    if (d.confidence < minConfidence) {
      belowConfidence += 1;
      return false;
    }
    return true;
  });
  fresh.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const taken = new Set(existing.map((c) => c.id as string));
  const counters = new Map<SuggestionKind, number>();
  const suggestions = fresh.map(({ range: _range, ...d }): Suggestion => {
    let id: string;
    do {
      const n = (counters.get(d.kind) ?? 0) + 1;
      counters.set(d.kind, n);
      id = `${sourceId}-${KIND_LETTER[d.kind]}${String(n).padStart(3, '0')}`;
    } while (taken.has(id));
    taken.add(id);
    return { id, ...d };
  });
  return ok({ suggestions, alreadyClaimed, belowConfidence, tooRepeated: quotes.tooRepeated, tableCellsLeftOut: tables.cellsLeftOut });
};
