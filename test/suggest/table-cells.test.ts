/**
 * Claims proposed from a page's data tables: the cell → claim mapping
 * (value read from the cell with the unit its header states, the label from
 * the column header and the caption's year and unit), and end to end — a
 * page captured into a folder, loaded and suggested from — every table
 * claim quoting its own cell (a figure repeated in other cells too), read
 * with the value the page's table gives it, under its row and column.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorQuote, prepareText } from '../../src/anchor/index.js';
import { addSource } from '../../src/capture/add-source.js';
import { loadCorpus } from '../../src/claims/index.js';
import { settled } from '../../src/model/result.js';
import { suggestClaims, suggestionsYaml, type Suggestion } from '../../src/suggest/index.js';
import { captionUnit, cellLabel, cellValue, rowName, statedUnit, withUnit } from '../../src/suggest/table-cells.js';

const PUBLISHED = { precision: 'day', value: '2026-03-04' } as const;

describe('the value of a cell', () => {
  it.each([
    // cell, column header, unit stated for the column, → value words, kind
    ['3,214', 'Spill events', undefined, { quantity: '3,214' }],
    ['+12%', 'Change on 2024', undefined, { quantity: '12%' }],
    ['-4%', 'Change', undefined, { quantity: '-4%' }],
    ['2.1', 'Fines', '£m', { quantity: '£2.1m' }],
    ['14.2', 'Median wait', 'weeks', { quantity: '14.2 weeks' }],
    ['38', 'Share', '%', { quantity: '38%' }],
    ['£4.2m', 'Cost', undefined, { quantity: '£4.2m' }],
    ['£4.2m', 'Cost', '£m', { quantity: '£4.2m' }],
    ['1,200*', 'Homes', undefined, { quantity: '1,200' }],
    ['14 (est.)', 'Incidents', undefined, { quantity: '14' }],
    ['12 March 2025', 'Opened', undefined, { date: '12 March 2025' }],
    ['2019', 'Year founded', undefined, { date: '2019' }],
    ['2019', 'Votes', undefined, { quantity: '2019' }],
  ])('%s under "%s" (unit %s)', (cell, column, unit, expected) => {
    expect(cellValue(cell, column, unit, PUBLISHED)?.fileValue).toEqual(expected);
  });

  it.each([['n/a'], ['—'], ['Green Party'], ['not reported'], ['']])('"%s" states no value', (cell) => {
    expect(cellValue(cell, 'Seats', undefined, PUBLISHED)).toBeUndefined();
  });

  it('reads the amount as the quantity reader does', () => {
    const read = cellValue('2.1', 'Fines', '£m', PUBLISHED);
    expect(read?.value).toMatchObject({ type: 'quantity', low: 2_100_000, high: 2_100_000, currency: 'GBP' });
  });
});

describe('units stated in headers and captions', () => {
  it.each([
    ['Fines (£m)', '£m'],
    ['Share (%)', '%'],
    ['Length (km)', 'km'],
    ['Revenue, £m', '£m'],
    ['Incidents', undefined],
    ['Homes (est.)', undefined],
    ['Wards (see note 2)', undefined],
  ])('%s → %s', (header, unit) => expect(statedUnit(header)).toBe(unit));

  it.each([
    ['2.1', '£m', '£2.1m'],
    ['2.1', '£ million', '£2.1 million'],
    ['38', '%', '38%'],
    ['40', 'km', '40 km'],
    ['3.4', 'bn', '3.4bn'],
    ['£2.1m', '£m', undefined],
  ])('%s with %s → %s', (figure, unit, words) => expect(withUnit(figure, unit)).toBe(words));

  it.each([
    // caption, column header levels, → the caption's unit for that column
    ['Pollution fines (£m), by region and year', ['2024', 'Fines'], '£m'],
    ['Pollution fines (£m), by region and year', ['2024', 'Incidents'], undefined],
    ['Revenue (£m)', ['2025'], '£m'],
    ['Median wait for routine surgery, December 2025 (weeks)', ['Median wait', '2024'], 'weeks'],
    ['Spill events by company, 2025', ['Spill events'], undefined],
  ])('%s, column %j → %s', (caption, column, unit) => expect(captionUnit(caption, column)).toBe(unit));
});

describe('the label of a cell', () => {
  it.each([
    [['Spill events'], ['Hartwell Water'], 'Storm overflow spills by company, 2025', 'Spill events, 2025'],
    [['2024', 'Fines'], ['North'], 'Pollution fines (£m), by region and year', 'Fines, 2024 (£m)'],
    [['2024', 'Incidents'], ['North'], 'Pollution fines (£m), by region and year', 'Incidents, 2024'],
    [['Median wait', '2025'], ['North', 'Ashby General'], 'Median wait for routine surgery, December 2025 (weeks)', 'Median wait, 2025 (weeks)'],
    [['Seats won'], ['Labour'], undefined, 'Seats won'],
    [[], ['Population'], undefined, 'Population'],
  ])('column %j, row %j, caption %s → %s', (column, row, caption, label) => expect(cellLabel(column, row, caption)).toBe(label));
});

describe('the subject of a row', () => {
  it.each([
    ['Hartwell Water', 'Hartwell Water'],
    ['Hartwell Water[a]', 'Hartwell Water'],
    ['Severn Vale*', 'Severn Vale'],
    ["St Anne's", "St Anne's"],
  ])('%s → %s', (header, name) => expect(rowName(header)).toBe(name));
});

// ---------------------------------------------------------------- end to end

const PREDICATES = `predicates:
  - id: spill-events
    valueType: quantity
    cardinality: functional
    label: spill events
    description: Sewage spill events a company recorded at its storm overflows.
  - id: pollution-fines
    valueType: quantity
    cardinality: multi
    label: pollution fines
    description: Fines imposed for pollution incidents in a region.
  - id: seats-won
    valueType: quantity
    cardinality: functional
    label: seats won
    description: Council seats a party won.
`;

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** Capture a fixture page into a new folder, load it and suggest from it. */
const suggestFromPage = async (page: string): Promise<{ text: string; suggestions: readonly Suggestion[]; yaml: string; tableCellsLeftOut: number }> => {
  const folder = mkdtempSync(join(tmpdir(), 'ct-tables-'));
  folders.push(folder);
  writeFileSync(join(folder, 'predicates.yaml'), PREDICATES);
  const added = addSource(readFileSync(join('test/fixtures/tables', page)), { folder, from: page, fileName: page, retrievedAt: '2026-05-09' });
  if (!added.ok) throw new Error(added.messages.map((m) => m.message).join('; '));
  const loaded = settled(await loadCorpus(folder));
  const doc = loaded.corpus.sources.find((s) => s.source.id === added.value.id);
  const result = suggestClaims(loaded.corpus, added.value.id, { minConfidence: 0 });
  if (!result.ok || doc === undefined) throw new Error('did not suggest');
  return { text: doc.text, suggestions: result.value.suggestions, yaml: suggestionsYaml(added.value.id, doc.text, result.value.suggestions), tableCellsLeftOut: result.value.tableCellsLeftOut };
};

/** The table claims as "row | label | quote → value words". */
const tableClaims = (suggestions: readonly Suggestion[]): string[] =>
  suggestions.filter((s) => s.table !== undefined).map((s) => `${s.subject ?? s.table?.row.join(' › ')} | ${s.table?.label} | ${s.quote.exact} → ${Object.values(s.fileValue)[0] as string}`);

describe('suggest proposes a claim per table cell, end to end', () => {
  it.each([
    [
      'spills.html',
      [
        'Hartwell Water | Spill events, 2025 | 3,214 → 3,214',
        'Hartwell Water | Hours spilled, 2025 | 27,980 → 27,980',
        'Hartwell Water | Change on 2024, 2025 | +12% → 12%',
        'Severn Vale Water | Spill events, 2025 | 2,870 → 2,870',
        'Severn Vale Water | Hours spilled, 2025 | 19,450 → 19,450',
        'Severn Vale Water | Change on 2024, 2025 | +8% → 8%',
        'Northshire Water | Spill events, 2025 | 1,905 → 1,905',
        'Northshire Water | Hours spilled, 2025 | 12,100 → 12,100',
        'Northshire Water | Change on 2024, 2025 | -4% → -4%',
        'Coastline Utilities | Spill events, 2025 | 988 → 988',
        'Coastline Utilities | Hours spilled, 2025 | 6,420 → 6,420',
        'Coastline Utilities | Change on 2024, 2025 | +12% → 12%',
        'North | Incidents, 2024 | 14 → 14',
        'North | Fines, 2024 (£m) | 2.1 → £2.1m',
        'North | Incidents, 2025 | 17 → 17',
        'North | Fines, 2025 (£m) | 3.4 → £3.4m',
        'South | Incidents, 2024 | 9 → 9',
        'South | Fines, 2024 (£m) | 1.2 → £1.2m',
        'South | Incidents, 2025 | 14 → 14',
        'South | Fines, 2025 (£m) | 2.1 → £2.1m',
        'Coast | Incidents, 2024 | 14 → 14',
        'Coast | Fines, 2024 (£m) | 0.8 → £0.8m',
        'Coast | Incidents, 2025 | 9 → 9',
        'Coast | Fines, 2025 (£m) | 1.2 → £1.2m',
      ],
    ],
    [
      'council-results.html',
      [
        'Labour | Seats won | 6 → 6',
        'Labour | Change | -2 → -2',
        'Labour | Votes | 12,480 → 12,480',
        'Labour | Share | 38% → 38%',
        'Green Party | Seats won | 3 → 3',
        'Green Party | Change | +2 → 2',
        'Green Party | Votes | 8,120 → 8,120',
        'Green Party | Share | 25% → 25%',
        'Conservative | Seats won | 2 → 2',
        'Conservative | Change | 0 → 0',
        'Conservative | Votes | 7,960 → 7,960',
        'Conservative | Share | 24% → 24%',
        'Liberal Democrats | Seats won | 1 → 1',
        'Liberal Democrats | Change | 0 → 0',
        'Liberal Democrats | Votes | 4,210 → 4,210',
        'Liberal Democrats | Share | 13% → 13%',
        'Total | Seats won | 12 → 12',
        'Total | Votes | 32,770 → 32,770',
        'Total | Share | 100% → 100%',
        'Eastgate | Majority | 12 → 12',
        'Harbour | Majority | 12 → 12',
        "St Anne's | Majority | 6 → 6",
      ],
    ],
    [
      'grouped-rows.html',
      [
        'Ashby General | Median wait, 2024 (weeks) | 14.2 → 14.2 weeks',
        'Ashby General | Median wait, 2025 (weeks) | 16.1 → 16.1 weeks',
        'Castleford Royal | Median wait, 2024 (weeks) | 12.8 → 12.8 weeks',
        'Castleford Royal | Median wait, 2025 (weeks) | 12.1 → 12.1 weeks',
        'Denholm Hospitals | Median wait, 2024 (weeks) | 15.0 → 15.0 weeks',
        'Denholm Hospitals | Median wait, 2025 (weeks) | 17.4 → 17.4 weeks',
        'Eastleigh Trust | Median wait, 2024 (weeks) | 11.9 → 11.9 weeks',
        'Eastleigh Trust | Median wait, 2025 (weeks) | 13.3 → 13.3 weeks',
        'Fenwick Hospitals | Median wait, 2024 (weeks) | 13.5 → 13.5 weeks',
        'Fenwick Hospitals | Median wait, 2025 (weeks) | 13.0 → 13.0 weeks',
      ],
    ],
    ['layout-tables.html', []],
  ])('%s', async (page, expected) => {
    const { text, suggestions } = await suggestFromPage(page);
    expect(tableClaims(suggestions)).toEqual(expected);
    // Every table claim anchors to its own cell: the quote (with its prefix) finds exactly the cell's words.
    const prepared = prepareText(text);
    for (const s of suggestions.filter((x) => x.table !== undefined)) {
      const at = anchorQuote(prepared, { exact: s.quote.exact, ...(s.quote.prefix !== undefined ? { prefix: s.quote.prefix } : {}), ...(s.quote.suffix !== undefined ? { suffix: s.quote.suffix } : {}) });
      expect(at, s.id).toMatchObject({ status: 'anchored', method: 'exact', start: s.quote.start, end: s.quote.end });
      expect(text.slice(s.quote.start, s.quote.end)).toBe(s.quote.exact);
    }
  });

  it('a figure in several cells quotes each copy apart, and no cell is also proposed from its line', async () => {
    const { text, suggestions } = await suggestFromPage('council-results.html');
    const twelves = suggestions.filter((s) => s.table !== undefined && s.quote.exact === '12');
    expect(twelves.map((s) => s.subject)).toEqual(['Total', 'Eastgate', 'Harbour']);
    expect(new Set(twelves.map((s) => s.quote.start)).size).toBe(3);
    expect(twelves.every((s) => s.quote.prefix !== undefined)).toBe(true);
    // The sentence after the table says "12 votes" too: proposed from the sentence, outside the table.
    const table = suggestions.filter((s) => s.table !== undefined);
    const lines = suggestions.filter((s) => s.table === undefined);
    for (const s of lines) for (const t of table) expect(s.quote.end <= t.quote.start || t.quote.end <= s.quote.start, `${s.id} overlaps ${t.id}`).toBe(true);
    expect(lines.some((s) => text.slice(s.quote.start, s.quote.end).includes('12 votes'))).toBe(true);
  });

  it('the claim file shows each cell in its row, with its label, and the guessed predicate from the headers', async () => {
    const { yaml, suggestions } = await suggestFromPage('spills.html');
    expect(yaml).toContain('Hartwell Water [3,214] 27,980 +12% (table cell: Spill events, 2025)');
    expect(suggestions.find((s) => s.quote.exact === '3,214')?.predicate).toBe('spill-events');
    expect(suggestions.find((s) => s.quote.exact === '2.1' && s.subject === 'North')?.predicate).toBe('pollution-fines');
  });
});

describe('a hostile table', () => {
  it('proposes at most the recorded rows and reports the cells left out', async () => {
    const rows = Array.from({ length: 2_000 }, (_, k) => `<tr><td>Site ${k}</td><td>${100_000 + k * 7}</td></tr>`).join('');
    const prose = '<p>The figures were published by the regional authority on Tuesday, and campaigners said they showed that the promised investment had not yet reached the places that needed it most.</p>';
    const html = `<html><head><title>Sites</title></head><body><article><h1>Sites</h1>${prose}<table><thead><tr><th>Site</th><th>Visitors</th></tr></thead><tbody>${rows}</tbody></table>${prose}</article></body></html>`;
    const dir = mkdtempSync(join(tmpdir(), 'ct-tables-'));
    folders.push(dir);
    writeFileSync(join(dir, 'predicates.yaml'), PREDICATES);
    writeFileSync(join(dir, 'sites.html'), html);
    const added = addSource(readFileSync(join(dir, 'sites.html')), { folder: dir, from: 'sites.html', fileName: 'sites.html', retrievedAt: '2026-05-09' });
    expect(added.ok).toBe(true);
    const loaded = settled(await loadCorpus(dir));
    const result = suggestClaims(loaded.corpus, added.ok ? added.value.id : '', { minConfidence: 0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fromTable = result.value.suggestions.filter((s) => s.table !== undefined);
    // 500 rows recorded: the header row and 499 data rows, one figure each; the other 1,501 rows' two cells counted.
    expect(fromTable.length).toBe(499);
    expect(result.value.tableCellsLeftOut).toBe(1_501 * 2);
  }, 120_000);
});
