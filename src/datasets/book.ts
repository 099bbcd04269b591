/**
 * The book benchmark (AbeBooks listings; Yin, Han & Yu 2007; Dong et al.
 * 2009) as sources and claims: one source per store, one claim per listing
 * row with an author list, about the book identified by its ISBN-13.
 */
import type { Claim } from '../model/claim.js';
import { ClaimIdSchema, PredicateIdSchema, type SourceId } from '../model/ids.js';
import type { Predicate } from '../model/predicate.js';
import type { EntitySetValue } from '../model/value.js';
import type { ClaimGroup, Observation } from '../resolve/problem.js';
import {
  buildSurnameLexicon,
  goldSurnames,
  isNoAuthorClaim,
  parseAuthorStructure,
  surnameKey,
  surnamesOf,
  type AuthorStructure,
} from './author-names.js';
import { assembleDataset, type BenchmarkDataset, type LoadProblem } from './dataset.js';
import { toIsbn13 } from './isbn.js';
import { buildSourceRows, spanAt } from './source-documents.js';
import { parseTsvRows, trimmedRange } from './tsv-rows.js';
import { compareOrdinal } from '../model/ordinal.js';

/** The one predicate of the book benchmark. */
export const bookAuthorsPredicate: Predicate = {
  id: PredicateIdSchema.parse('book.authors'),
  valueType: 'entity-set',
  cardinality: 'functional',
  label: 'authors',
  description: 'The complete list of the authors of the book (closed list of persons).',
};

/**
 * One person written twice in one listing ("Dilip C. Naik; Dilip Naik",
 * "Naik, Dilip C.; Naik, Dilip") is one author: when every surname of the
 * listing is the same word and the listing's other full words are one
 * given name, the repeats collapse. Two people who share a surname have
 * different given names ("O'Hara, Maeve; O'Hara, Liam") and stay two; a
 * listing with no given name at all ("Naik; Naik") says nothing and stays.
 *
 * @example
 * oneAuthorWrittenTwice(['naik', 'naik'], parseAuthorStructure('Dilip C. Naik; Dilip Naik')) // ['naik']
 */
export const oneAuthorWrittenTwice = (surnames: readonly string[], structure: AuthorStructure): readonly string[] => {
  if (surnames.length < 2 || new Set(surnames).size !== 1) return surnames;
  const given = new Set<string>();
  for (const chunk of structure.chunks) for (const part of chunk) for (const t of part) if (!t.initial && t.word !== surnames[0]) given.add(t.word);
  return given.size === 1 ? [surnames[0]!] : surnames;
};

/** Group key of a book's author list. */
export const bookGroupKey = (isbn13: string): string => `isbn:${isbn13}|book.authors`;

const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Load the book benchmark from the texts of `claims.tsv` (store, ISBN,
 * title, authors) and, optionally, `gold.tsv` (ISBN, "last, first; ...").
 *
 * @example
 * const data = loadBookBenchmark({ claims: readFileSync('book/claims.tsv', 'utf8'), gold: readFileSync('book/gold.tsv', 'utf8') });
 * data.problem.groups.length; // 1263 books
 */
export const loadBookBenchmark = (input: { readonly claims: string; readonly gold?: string }): BenchmarkDataset => {
  const problems: LoadProblem[] = [];
  const rows = parseTsvRows(input.claims);
  const complete = rows.filter((row) => {
    if (row.cells.length >= 4) return true;
    problems.push({ file: 'claims', line: row.line, message: `expected 4 tab-separated cells (store, ISBN, title, authors), found ${row.cells.length}` });
    return false;
  });
  const sources = buildSourceRows(input.claims, complete, {
    prefix: 'book',
    publisher: 'AbeBooks',
    url: 'http://lunadong.com/fusionDataSets.htm',
  });

  interface Pending {
    readonly sourceId: SourceId;
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly raw: string;
    readonly structure: AuthorStructure;
    readonly index: number;
  }
  const byBook = new Map<string, Pending[]>();
  let noClaim = 0;
  for (const s of sources) {
    s.rows.forEach(({ row, offset }, index) => {
      const isbn = toIsbn13(row.cells[1]!.text);
      if (isbn === undefined) {
        problems.push({ file: 'claims', line: row.line, message: `"${row.cells[1]!.text}" is not an ISBN-10 or ISBN-13` });
        return;
      }
      const cell = row.cells[3]!;
      const range = trimmedRange(cell);
      if (range === undefined || isNoAuthorClaim(range.text)) {
        noClaim += 1;
        return;
      }
      const list = byBook.get(isbn) ?? [];
      list.push({
        sourceId: s.sourceId,
        text: s.document.text,
        start: range.start - row.start + offset,
        end: range.end - row.start + offset,
        raw: range.text,
        structure: parseAuthorStructure(range.text),
        index,
      });
      byBook.set(isbn, list);
    });
  }

  const claims: Claim[] = [];
  const groups: ClaimGroup[] = [];
  let unparsed = 0;
  for (const [isbn, pending] of [...byBook.entries()].sort((a, b) => compareOrdinal(a[0], b[0]))) {
    const lexicon = buildSurnameLexicon(pending.map((p) => p.structure));
    const observations: Observation[] = [];
    for (const p of pending) {
      const surnames = oneAuthorWrittenTwice(surnamesOf(p.structure, lexicon), p.structure);
      if (surnames.length === 0) {
        unparsed += 1;
        continue;
      }
      const value: EntitySetValue = {
        type: 'entity-set',
        mode: 'closed',
        members: surnames.map((w) => ({ name: capitalize(w) })),
        raw: p.raw,
      };
      const id = ClaimIdSchema.parse(`${p.sourceId}:${isbn}:${p.index + 1}`);
      claims.push({
        id,
        subject: { name: `ISBN ${isbn}` },
        predicate: bookAuthorsPredicate.id,
        value,
        polarity: 'affirmative',
        hedge: 'asserted',
        evidence: [spanAt(p.sourceId, p.text, p.start, p.end)],
      });
      observations.push({ sourceId: p.sourceId, claimId: id, value, valueKey: surnameKey(surnames) });
    }
    if (observations.length > 0) groups.push({ key: bookGroupKey(isbn), functional: true, predicate: bookAuthorsPredicate.id, observations });
  }

  const gold = new Map<string, string>();
  const goldWithoutClaims: string[] = [];
  if (input.gold !== undefined) {
    const groupKeys = new Set(groups.map((g) => g.key));
    for (const row of parseTsvRows(input.gold)) {
      const isbn = toIsbn13(row.cells[0]?.text ?? '');
      const list = row.cells[1]?.text ?? '';
      if (isbn === undefined) {
        problems.push({ file: 'gold', line: row.line, message: `"${row.cells[0]?.text ?? ''}" is not an ISBN` });
        continue;
      }
      const surnames = goldSurnames(list);
      if (surnames.length === 0) {
        problems.push({ file: 'gold', line: row.line, message: 'the gold author list is empty' });
        continue;
      }
      const key = bookGroupKey(isbn);
      if (groupKeys.has(key)) gold.set(key, surnameKey(surnames));
      else goldWithoutClaims.push(key);
    }
  }

  return assembleDataset({
    name: 'book',
    sources,
    predicates: [bookAuthorsPredicate],
    claims,
    groups,
    gold,
    goldWithoutClaims,
    rows: rows.length,
    noClaim,
    unparsed,
    problems,
  });
};
