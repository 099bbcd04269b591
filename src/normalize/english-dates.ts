/**
 * The parser the library reads dates with: chrono-node's casual English
 * (from `chrono-engine.ts`, loaded only when needed in the CLI) plus the
 * relative dates of British English it does not know: "a fortnight ago",
 * "two fortnights earlier", "in a fortnight", "a fortnight from now". Built
 * once, on first use.
 */
import { chronoEnglish, type ChronoEnglish } from './chrono-engine.js';

/** chrono's configurable parser. */
export type EnglishDates = ChronoEnglish['casual'];
type ChronoParser = EnglishDates['parsers'][number];

const DAY_MS = 86_400_000;
const COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const COUNT = String.raw`(a|one|two|three|four|\d{1,2})`;
const FORTNIGHTS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${COUNT}\s+fortnights?\s+(ago|before|earlier|from\s+now|hence|later)|in\s+${COUNT}\s+fortnights?)(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * "N fortnight(s) ago / earlier / before" and "in N fortnight(s)", "N
 * fortnight(s) from now / hence / later": 14·N days from the reference, as
 * chrono reads "N weeks ago" (the day is stated, relative to the reference).
 */
const fortnights: ChronoParser = {
  pattern: () => FORTNIGHTS,
  extract: (context, match) => {
    const count = match[1] ?? match[3] ?? 'a';
    const n = COUNTS[count.toLowerCase()] ?? Number(count);
    const back = match[2] !== undefined && /^(?:ago|before|earlier)$/i.test(match[2]);
    const day = new Date(context.refDate.getTime() + (back ? -14 : 14) * n * DAY_MS);
    return context.createParsingComponents({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
  },
};

let english: EnglishDates | undefined;

/** chrono-node's casual English with the forms above. */
export const englishDates = (): EnglishDates => {
  if (english === undefined) {
    english = chronoEnglish().casual.clone();
    english.parsers.push(fortnights);
  }
  return english;
};
