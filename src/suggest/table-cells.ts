/**
 * Candidate claims from a page's data tables (as its capture recorded them,
 * `Source.tables`): one per cell that holds a figure or a date, its subject
 * the row's header, its label the column's header with what the caption adds
 * (the year, the unit: "Fines, 2024 (£m)"), its value the cell's words read
 * by the value readers — with the unit a header states in parentheses
 * ("Fines (£m)": "2.1" is £2.1m) — and its quote the cell's own words, with
 * a prefix where the figure recurs (another row, another column), so that it
 * anchors to its own cell. Cells in the page's non-content are left out.
 */
import type { UniqueQuote } from '../anchor/unique-quote.js';
import type { PublishedAt, SourceDocument, SourceTable } from '../model/source.js';
import type { Value } from '../model/value.js';
import { parseDate, parseQuantity, type EntityResolver } from '../normalize/index.js';
import type { MentionKind } from './mention.js';
import type { Suggestion } from './suggest-claims.js';
import { stems, type PredicateIndex } from './vocabulary-guess.js';

/** Where a table cell stands: its table's caption, its column's and row's header words (outermost first), and the label they make. */
export interface TableCellPlace {
  readonly caption?: string;
  readonly column: readonly string[];
  readonly row: readonly string[];
  /** What the cell states: the column's header, then the caption's year and unit ("Spill events, 2025"). */
  readonly label: string;
}

/** A candidate from a table cell: a suggestion's fields (`suggest-claims.ts` gives it its id), its kind of mention, the cell's place and its range. */
export interface TableDraft extends Pick<Suggestion, 'sourceId' | 'subject' | 'predicate' | 'value' | 'fileValue' | 'quote' | 'confidence' | 'sentence' | 'notes'> {
  readonly kind: MentionKind;
  readonly table: TableCellPlace;
  readonly range: { readonly start: number; readonly end: number };
}

export interface TableContext {
  readonly sourceId: string;
  readonly quotes: { quote(start: number, end: number, options: { minStart: number; maxEnd: number; maxLength: number }): UniqueQuote | undefined };
  readonly predicates: PredicateIndex;
  readonly resolver: EntityResolver;
  readonly inNonContent: (range: { readonly start: number; readonly end: number }) => boolean;
  /** A test of whether a range overlaps one of `ranges` (suggest-claims.ts's, for non-content ranges). */
  readonly overlapTest: (ranges: readonly { readonly start: number; readonly end: number }[]) => (range: { readonly start: number; readonly end: number }) => boolean;
}

const YEAR = /\b(?:1[89]|20)\d\d\b/;
/** A unit a header states: "(£m)", "(%)", "(km)", "(£ million)", "(tonnes)" — or after a comma: "Fines, £m". */
const UNIT_IN_PARENTHESES = /\(([^()]{1,24})\)\s*$|\(([^()]{1,24})\)/;
const UNIT_AFTER_COMMA = /,\s*([£$€¥%][^,]{0,12}|(?:m|bn|k|million|billion|thousand|per cent|percent))\s*$/i;
const CURRENCY = /^(?:[A-Z]{0,3}[£$€¥₹]|[£$€¥₹])/;
const SCALE = /^(?:m|mn|bn|b|k|tn|million|millions|billion|billions|thousand|thousands|trillion)$/i;

/** The unit words of a header or caption, when it states one in parentheses or after a comma. */
export const statedUnit = (words: string): string | undefined => {
  const m = UNIT_IN_PARENTHESES.exec(words) ?? UNIT_AFTER_COMMA.exec(words);
  const unit = (m?.[1] ?? m?.[2])?.trim();
  if (unit === undefined || unit.length === 0 || /\d/.test(unit)) return undefined;
  // "(£m)", "(%)", "(km)", "(tonnes)", "(£ million)", "(US$ bn)": short, not a sentence or a note ("(est.)", "(see note)").
  if (/\b(?:see|note|est|estimated|provisional|revised|approx)\b/i.test(unit) || unit.split(/\s+/).length > 3) return undefined;
  return unit;
};

/** The cell's figure as words the quantity reader reads: a leading "+" dropped ("+12%"), footnote marks and notes in parentheses removed. */
const figureWords = (cell: string): string =>
  cell
    .replace(/\s*(?:\[[^\]]{1,6}\]|\([^()]{1,20}\)|[*†‡]+)\s*$/u, '')
    .replace(/^\+\s*/, '')
    .trim();

/** A row's name as a subject: without a footnote mark after it ("Hartwell Water[a]", "Severn Vale*"). */
export const rowName = (header: string): string => header.replace(/\s*(?:\[[^\]]{1,6}\]|[*†‡]+)$/u, '').trim();

/** A bare number with the unit its header states: "2.1" and "£m" → "£2.1m"; "12" and "%" → "12%"; "40" and "km" → "40 km". */
export const withUnit = (figure: string, unit: string): string | undefined => {
  if (!/^[−-]?\d[\d,]*(?:\.\d+)?$/.test(figure)) return undefined;
  const words = unit.replace(/\s+/g, ' ').trim();
  const currency = CURRENCY.exec(words)?.[0];
  const rest = (currency === undefined ? words : words.slice(currency.length)).trim();
  if (rest === '%' || /^per ?cent$/i.test(rest)) return `${currency ?? ''}${figure}%`;
  if (currency !== undefined) return SCALE.test(rest) ? `${currency}${figure}${/^[a-z]{1,2}$/i.test(rest) ? rest : ` ${rest}`}` : rest.length === 0 ? `${currency}${figure}` : undefined;
  if (SCALE.test(rest)) return `${figure}${/^[a-z]{1,2}$/i.test(rest) ? rest : ` ${rest}`}`;
  return /^\p{L}[\p{L} ]*$/u.test(rest) ? `${figure} ${rest}` : undefined;
};

/** Column words that make a four-digit cell a year, not an amount. */
const YEAR_COLUMN = /\b(?:year|date|founded|since|opened|built|established|elected|launched)\b/i;
const DATE_WORDS = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|^\d{4}-\d\d-\d\d$|^\d{1,2}\/\d{1,2}\/\d{4}$/;

/** The value a cell states, read by the value readers, or undefined when it states none (a name, "n/a", "—"). */
export const cellValue = (
  cell: string,
  column: string,
  unit: string | undefined,
  publishedAt: PublishedAt,
): { kind: 'quantity' | 'date'; value: Value; fileValue: Record<string, unknown>; strength: number } | undefined => {
  const figure = figureWords(cell);
  if (!/\d/.test(figure)) return undefined;
  if (DATE_WORDS.test(figure) || (/^\d{4}$/.test(figure) && YEAR.test(figure) && YEAR_COLUMN.test(column))) {
    const date = parseDate(figure, { publishedAt });
    if (date.ok) return { kind: 'date', value: { ...date.value, raw: figure }, fileValue: { date: figure }, strength: date.value.type === 'date' && date.value.precision === 'day' ? 0.8 : 0.6 };
    if (DATE_WORDS.test(figure)) return undefined;
  }
  const composed = unit === undefined ? undefined : withUnit(figure, unit);
  for (const words of composed === undefined ? [figure] : [composed, figure]) {
    const parsed = parseQuantity(words);
    if (!parsed.ok || !Number.isFinite(parsed.value.low ?? 0) || !Number.isFinite(parsed.value.high ?? 0)) continue;
    const v = parsed.value;
    const strength = v.currency !== undefined || v.unit === '%' ? 0.85 : v.unit !== undefined && v.unit.length > 0 ? 0.8 : 0.7;
    return { kind: 'quantity', value: { ...v, raw: words }, fileValue: { quantity: words }, strength };
  }
  return undefined;
};

/**
 * The unit a caption states, for one column: a caption's unit ("Pollution fines (£m), by region") is the unit of
 * the columns its words name ("Fines") and of columns that name nothing but a year or a group, not of the others
 * ("Incidents").
 */
export const captionUnit = (caption: string | undefined, column: readonly string[]): string | undefined => {
  if (caption === undefined) return undefined;
  const unit = statedUnit(caption);
  if (unit === undefined) return undefined;
  const at = caption.indexOf(`(${unit}`);
  const named = new Set(stems(at > 0 ? caption.slice(0, at) : caption));
  const own = stems(column.join(' ').replace(/\b(?:1[89]|20)\d\d\b/g, ''));
  return own.length === 0 || own.some((w) => named.has(w)) ? unit : undefined;
};

/**
 * The label of a cell: its column's header words, innermost first and years last ("Fines, 2024"), or its row's
 * header in a table of row headers only; then the caption's year unless a header is a year or names it, and the unit the
 * caption states for the column ("Spill events, 2025", "Fines, 2024 (£m)").
 */
export const cellLabel = (column: readonly string[], row: readonly string[], caption: string | undefined): string => {
  const own = column.length > 0 ? [...column].reverse() : row.slice(-1);
  const isYear = (w: string): boolean => /^(?:1[89]|20)\d\d$/.test(w);
  const parts = [...own.filter((w) => !isYear(w)), ...own.filter(isYear)];
  const said = own.join(' ');
  const year = caption === undefined ? undefined : YEAR.exec(caption)?.[0];
  if (year !== undefined && !own.some(isYear) && !said.includes(year)) parts.push(year);
  const unit = statedUnit(said) !== undefined ? undefined : captionUnit(caption, column);
  const label = parts.join(', ');
  return unit !== undefined ? `${label} (${unit})` : label;
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The drafts of one table. */
const tableDrafts = (doc: SourceDocument, table: SourceTable, context: TableContext, out: TableDraft[]): void => {
  const { text } = doc;
  const { caption } = table;
  for (const row of table.rows) {
    const first = row.cells[0];
    if (first === undefined) continue;
    // The row's line: what the claim file shows around the cell.
    let lastEnd = first.range.end;
    for (const cell of row.cells) lastEnd = Math.max(lastEnd, cell.range.end);
    const lineStart = text.lastIndexOf('\n', first.range.start) + 1;
    const lineEndAt = text.indexOf('\n', lastEnd);
    const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
    // The row's name is the subject when the columns say what the cells are; in a table of row headers only, it says what the cell is.
    const header = row.header[row.header.length - 1];
    const name = header !== undefined && table.columns.some((c) => c.length > 0) ? rowName(header) || undefined : undefined;
    const subjectId = name === undefined ? undefined : context.resolver.resolve(name);
    const subject = name === undefined ? undefined : { name: (subjectId !== undefined ? context.resolver.canonicalName(subjectId) : undefined) ?? name, known: subjectId !== undefined };
    for (const cell of row.cells) {
      const { start, end } = cell.range;
      if (context.inNonContent(cell.range)) continue;
      const column = table.columns[cell.column] ?? [];
      const label = cellLabel(column, row.header, caption);
      const unit = statedUnit(column.join(' ')) ?? captionUnit(caption, column);
      const read = cellValue(text.slice(start, end), column.join(' '), unit, doc.source.publishedAt);
      if (read === undefined) continue;
      const quote = context.quotes.quote(start, end, { minStart: start, maxEnd: end, maxLength: end - start });
      if (quote === undefined) continue;
      const predicate = context.predicates.guess(read.kind, `${label} ${caption ?? ''}`);
      const place: TableCellPlace = { ...(caption !== undefined ? { caption } : {}), column, row: row.header, label };
      out.push({
        kind: read.kind,
        sourceId: context.sourceId,
        ...(subject !== undefined ? { subject: subject.name } : {}),
        ...(predicate !== undefined ? { predicate: predicate.id } : {}),
        value: read.value,
        fileValue: read.fileValue,
        quote,
        confidence: round2(read.strength * (0.6 + (predicate !== undefined ? 0.2 : 0) + (subject?.known === true ? 0.2 : subject !== undefined ? 0.1 : 0))),
        sentence: { start: lineStart, end: lineEnd },
        notes: [
          `a table cell: ${row.header.length > 0 ? `row "${row.header.join(' › ')}", ` : ''}${column.length > 0 ? `column "${column.join(' › ')}"` : 'no column header'}${caption !== undefined ? `, table "${caption}"` : ''}`,
          ...(predicate !== undefined ? [`predicate guessed from the table's headers (score ${predicate.score.toFixed(1)})`] : [`no predicate of this value type shares words with "${label}": choose one`]),
          ...(subject !== undefined ? [`subject: the row's header${subject.known ? ', a name the alias tables know' : ''}`] : ['the row names no subject: write it']),
        ],
        table: place,
        range: { start, end },
      });
    }
  }
};

/**
 * The candidates from a source's recorded tables, and how many cells its
 * capture left unrecorded (tables past the row and column limits).
 */
export const tableCellDrafts = (doc: SourceDocument, context: TableContext): { readonly drafts: TableDraft[]; readonly cellsLeftOut: number; covers(range: { readonly start: number; readonly end: number }): boolean } => {
  const drafts: TableDraft[] = [];
  let cellsLeftOut = 0;
  const cells: { start: number; end: number }[] = [];
  for (const table of doc.source.tables ?? []) {
    tableDrafts(doc, table, context, drafts);
    cellsLeftOut += table.cellsLeftOut;
    for (const row of table.rows) for (const cell of row.cells) cells.push(cell.range);
  }
  return {
    drafts,
    cellsLeftOut,
    /** Whether a range overlaps a recorded cell: the line's reading of a cell gives way to the table's. */
    covers: context.overlapTest(cells),
  };
};

/**
 * Put the table's candidates in place of what the lines' reading found in its cells (in place, linear).
 *
 * @example
 * withTableDrafts(drafts, tableCellDrafts(doc, context));
 */
export const withTableDrafts = <D extends { readonly range: { readonly start: number; readonly end: number } }>(drafts: (D | TableDraft)[], tables: ReturnType<typeof tableCellDrafts>): void => {
  if (tables.drafts.length === 0 && !tables.covers({ start: 0, end: Number.MAX_SAFE_INTEGER })) return;
  let kept = 0;
  for (const d of drafts) if (!tables.covers(d.range)) drafts[kept++] = d;
  drafts.length = kept;
  for (const d of tables.drafts) drafts.push(d);
};
