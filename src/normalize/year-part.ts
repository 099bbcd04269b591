/**
 * Parts of a year as business and news writing names them: quarters ("Q3
 * 2026", "the third quarter of 2025"), halves ("H1 2027", "the second half of
 * 2027"), early / mid / late / the start / the end of a year ("mid-2027",
 * "end-2026"), a fiscal year spanning two calendar years ("the 2025-26
 * fiscal year", "FY2025/26"), the end of the decade, and a deadline ("by the
 * end of 2027", "by 2030"). chrono-node reads none of these.
 *
 * Each becomes a span of whole months. Where the words are vague, the span
 * is wide enough to hold every reasonable reading, so two sources can only
 * conflict when no reading reconciles them:
 *
 * - early = January–April, mid = May–August, late = September–December
 *   (thirds); the start / beginning = January–March, the end = October–December.
 * - A fiscal year "2025-26" starts in some month of 2025 after January and
 *   ends twelve months later: every such year lies in February 2025 –
 *   November 2026, which is the span.
 * - "the end of the decade" in the 2020s is 2029–2030: writers use both.
 * - "by X" is from publication to the end of X: the event may come any time
 *   before the deadline.
 */

/** A span of months, its year stated or left to the publication date. */
export type YearPart =
  | {
      readonly kind: 'months';
      /** Undefined: "Q3", "the second half" — placed by the publication date. */
      readonly year: number | undefined;
      readonly firstMonth: number;
      readonly lastMonth: number;
      /** The span runs into the next year (a fiscal year). */
      readonly yearsSpanned: 1 | 2;
      /** "by …": from publication to the end of the span. */
      readonly by: boolean;
    }
  | { readonly kind: 'decade-end'; readonly by: boolean };

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1,
  second: 2, '2nd': 2,
  third: 3, '3rd': 3,
  fourth: 4, '4th': 4,
};

/** Part of a year in words → [first month, last month]. */
const PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 4],
  mid: [5, 8],
  middle: [5, 8],
  late: [9, 12],
  start: [1, 3],
  beginning: [1, 3],
  end: [10, 12],
};

const YEAR = String.raw`([12][0-9]{3})`;
const OF_YEAR = String.raw`(?:,? (?:of )?${YEAR})?`;

const QUARTER_CODE = new RegExp(String.raw`^q([1-4])${OF_YEAR}$`);
const QUARTER_WORDS = new RegExp(String.raw`^(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter${OF_YEAR}$`);
const HALF_CODE = new RegExp(String.raw`^h([12])${OF_YEAR}$`);
const HALF_WORDS = new RegExp(String.raw`^(first|second|1st|2nd)[- ]half${OF_YEAR}$`);
const PART_HYPHEN = new RegExp(String.raw`^(early|mid|late|end)[- ]${YEAR}$`);
const PART_OF = new RegExp(String.raw`^(start|beginning|middle|end) of ${YEAR}$`);
const YEAR_ALONE = new RegExp(String.raw`^${YEAR}$`);
const FISCAL = [
  new RegExp(String.raw`^${YEAR}[-/]([0-9]{2}|[0-9]{4}) (?:fiscal|financial) year$`),
  new RegExp(String.raw`^(?:fiscal|financial) (?:year )?${YEAR}[-/]([0-9]{2}|[0-9]{4})$`),
  new RegExp(String.raw`^fy ?${YEAR}[-/]([0-9]{2}|[0-9]{4})$`),
];
const DECADE_END = new Set(['end of the decade', 'end of this decade', 'the end of the decade', 'the end of this decade']);

const months = (year: number | undefined, span: readonly [number, number], by: boolean): YearPart => ({
  kind: 'months',
  year,
  firstMonth: span[0],
  lastMonth: span[1],
  yearsSpanned: 1,
  by,
});

const yearOf = (group: string | undefined): number | undefined => (group === undefined ? undefined : Number(group));

/** "2025-26", "2025/2026" → 2025 when the second year is the next one; else undefined. */
const fiscalStart = (first: string, second: string): number | undefined => {
  const start = Number(first);
  // two digits name the next year's last two ("1999-00")
  const follows = second.length === 2 ? (start + 1) % 100 === Number(second) : Number(second) === start + 1;
  return follows ? start : undefined;
};

const readCore = (core: string, by: boolean): YearPart | undefined => {
  if (DECADE_END.has(core)) return { kind: 'decade-end', by };
  let m = QUARTER_CODE.exec(core) ?? QUARTER_WORDS.exec(core);
  if (m !== null) {
    const q = ORDINALS[m[1] as string] ?? Number(m[1]);
    return months(yearOf(m[2]), [3 * q - 2, 3 * q], by);
  }
  m = HALF_CODE.exec(core) ?? HALF_WORDS.exec(core);
  if (m !== null) {
    const h = ORDINALS[m[1] as string] ?? Number(m[1]);
    return months(yearOf(m[2]), h === 1 ? [1, 6] : [7, 12], by);
  }
  m = PART_HYPHEN.exec(core) ?? PART_OF.exec(core);
  if (m !== null) {
    const span = PARTS[m[1] as string];
    return span === undefined ? undefined : months(Number(m[2]), span, by);
  }
  for (const form of FISCAL) {
    m = form.exec(core);
    if (m === null) continue;
    const start = fiscalStart(m[1] as string, m[2] as string);
    return start === undefined ? undefined : { kind: 'months', year: start, firstMonth: 2, lastMonth: 11, yearsSpanned: 2, by };
  }
  // A bare year is an ordinary date; only "by 2030" is a deadline.
  m = by ? YEAR_ALONE.exec(core) : null;
  if (m !== null) return months(Number(m[1]), [1, 12], by);
  return undefined;
};

/**
 * Read `text` (whitespace collapsed) when it names a part of a year or a
 * deadline; `undefined` otherwise (another reader's to read).
 *
 * @example
 * readYearPart('Q3 2026');            // { kind: 'months', year: 2026, firstMonth: 7, lastMonth: 9, … }
 * readYearPart('by the end of 2027'); // { kind: 'months', year: 2027, firstMonth: 10, lastMonth: 12, by: true, … }
 */
export const readYearPart = (text: string): YearPart | undefined => {
  if (text.length > 60) return undefined;
  let t = text.toLowerCase().replaceAll('–', '-');
  const by = t.startsWith('by ');
  if (by) t = t.slice(3);
  else if (t.startsWith('in ')) t = t.slice(3);
  else if (t.startsWith('during ')) t = t.slice(7);
  const core = t.startsWith('the ') ? t.slice(4) : t;
  return readCore(core, by) ?? (core === t ? undefined : readCore(t, by));
};
