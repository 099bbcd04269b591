/**
 * A page's data tables as its capture records them (page-blocks.ts marks the
 * cells, page-tables.ts places them on the grid and finds their headers):
 * column headers from `<thead>` or a first row of `<th>`, row headers from
 * `<th>` or a row's name in its first cell, `colspan` and `rowspan` placed as
 * HTML places them, captions; layout tables, tables without headers and
 * ambiguous cells not recorded; a hostile table bounded. Every recorded cell's
 * offsets point at its words in the captured text, and the text is what it is
 * without the tables being recorded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TableFileEntry } from '../../src/claims/file-schemas.js';
import { captureSource, type CapturedSource } from '../../src/capture/capture-source.js';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from '../../src/capture/page-tables.js';
import { renderSourceFile } from '../../src/capture/source-file.js';
import { readYamlFile } from '../../src/claims/yaml-file.js';
import { loadSource } from '../../src/claims/load-source.js';
import { ok, settled } from '../../src/model/result.js';
import { contentHash } from '../../src/ingest/index.js';

const PROSE =
  '<p>The figures were published by the regional authority on Tuesday, and campaigners said they showed that the promised investment had not yet reached the places that needed it most, while the companies said work was under way.</p>';

/** A news page around `table`, long enough to be an article. */
const page = (table: string): string => `<!DOCTYPE html><html lang="en"><head><title>Figures</title></head><body><article><h1>Figures for the year</h1>${PROSE}${table}${PROSE.replace('Tuesday', 'Wednesday')}</article></body></html>`;

const capture = (html: string): CapturedSource => {
  const result = captureSource(new TextEncoder().encode(html), { fileName: 'page.html' });
  if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('; '));
  return result.value;
};

/** A table as words: each row's header and its cells as "column label = cell words", read back from the text by the offsets. */
const asWords = (captured: CapturedSource): { caption?: string; rows: string[] }[] =>
  (captured.tables ?? []).map((t: TableFileEntry) => ({
    ...(t.caption !== undefined ? { caption: t.caption } : {}),
    rows: t.rows.map((r) => `${(r.header ?? []).join(' › ')}: ${r.cells.map(([c, s, e]) => `${(t.columns[c] ?? []).join(' › ')} = ${captured.text.slice(s, e)}`).join(' | ')}`),
  }));

describe('a table records its cells under their headers', () => {
  it.each([
    [
      'thead and tbody, th scope=row, a caption',
      `<table><caption>Spills by company, 2025</caption><thead><tr><th scope="col">Company</th><th scope="col">Spill events</th><th scope="col">Change</th></tr></thead>
       <tbody><tr><th scope="row">Hartwell Water</th><td>3,214</td><td>+12%</td></tr><tr><th scope="row">Severn Vale</th><td>2,870</td><td>+8%</td></tr></tbody></table>`,
      [{ caption: 'Spills by company, 2025', rows: ['Hartwell Water: Spill events = 3,214 | Change = +12%', 'Severn Vale: Spill events = 2,870 | Change = +8%'] }],
    ],
    [
      'a first row of th without thead; a row named in its first td',
      `<table><tr><th>Party</th><th>Seats</th><th>Votes</th></tr><tr><td>Labour</td><td>6</td><td>12,480</td></tr><tr><td>Green Party</td><td>3</td><td>8,120</td></tr></table>`,
      [{ rows: ['Labour: Seats = 6 | Votes = 12,480', 'Green Party: Seats = 3 | Votes = 8,120'] }],
    ],
    [
      'colspan headers over two levels, an empty corner cell',
      `<table><tr><td></td><th colspan="2">2024</th><th colspan="2">2025</th></tr><tr><td></td><th>Incidents</th><th>Fines</th><th>Incidents</th><th>Fines</th></tr>
       <tr><td>North</td><td>14</td><td>2.1</td><td>17</td><td>3.4</td></tr></table>`,
      [{ rows: ['North: 2024 › Incidents = 14 | 2024 › Fines = 2.1 | 2025 › Incidents = 17 | 2025 › Fines = 3.4'] }],
    ],
    [
      'rowspan row groups: the group is the outer row header; a data cell across columns with different headers is left out',
      `<table><thead><tr><th>Area</th><th>Trust</th><th>2024</th><th>2025</th></tr></thead><tbody>
       <tr><th rowspan="2">North</th><th>Ashby</th><td>14.2</td><td>16.1</td></tr><tr><th>Castleford</th><td>12.8</td><td>12.1</td></tr>
       <tr><th>South</th><th>Greyfield</th><td colspan="2">not reported</td></tr></tbody></table>`,
      [{ rows: ['North › Ashby: 2024 = 14.2 | 2025 = 16.1', 'North › Castleford: 2024 = 12.8 | 2025 = 12.1'] }],
    ],
    [
      'a rowspan data cell is left out; the cells after it still fall in their own columns',
      `<table><tr><th>Ward</th><th>Turnout</th><th>Majority</th></tr><tr><td>Eastgate</td><td rowspan="2">31%</td><td>12</td></tr><tr><td>Harbour</td><td>40</td></tr></table>`,
      [{ rows: ['Eastgate: Majority = 12', 'Harbour: Majority = 40'] }],
    ],
    [
      'row headers only (a fact box): each cell under its row',
      `<table><tr><th>Population</th><td>48,200</td></tr><tr><th>Area</th><td>31 km²</td></tr></table>`,
      [{ rows: ['Population:  = 48,200', 'Area:  = 31 km²'] }],
    ],
    [
      'a cell holding paragraphs stays one cell',
      `<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Bridge</td><td><p>£4.2m</p></td></tr></table>`,
      [{ rows: ['Bridge: Cost = £4.2m'] }],
    ],
  ])('%s', (_, table, expected) => {
    expect(asWords(capture(page(table)))).toEqual(expected);
  });

  it.each([
    ['no headers at all', `<table><tr><td>Monday</td><td>2 sailings</td></tr><tr><td>Saturday</td><td>1 sailing</td></tr></table>`],
    ['role="presentation"', `<table role="presentation"><tr><th>Contact</th><td>Harbour Road</td></tr></table>`],
    [
      'a table laid out around another (the outer one is layout; the inner one has no headers)',
      `<table><tr><td><a href="/">Home</a></td><td><table><tr><td>Monday</td><td>2</td></tr></table></td></tr></table>`,
    ],
    [
      'cells of prose',
      `<table><tr><th>Left</th><th>Right</th></tr><tr><td>${PROSE}</td><td>${PROSE}</td></tr></table>`,
    ],
  ])('not recorded: %s', (_, table) => {
    expect(capture(page(table)).tables).toBeUndefined();
  });

  it('a data table inside a layout table is recorded; the layout table is not', () => {
    const inner = `<table><tr><th>Day</th><th>Sailings</th></tr><tr><td>Monday</td><td>2</td></tr></table>`;
    expect(asWords(capture(page(`<table><tr><td>${inner}</td></tr></table>`)))).toEqual([{ rows: ['Monday: Sailings = 2'] }]);
  });
});

// That recording tables changes nothing in a page's text is checked by the corpus tests: their pages (one with a
// league table, test/fixtures/sewage-spill-pages/) capture to the committed texts byte for byte.
describe('the recorded offsets', () => {
  it.each(['spills.html', 'council-results.html', 'grouped-rows.html'])('%s: every recorded cell is its words, and the source file loads them back', (name) => {
    const captured = capture(readFileSync(`test/fixtures/tables/${name}`, 'utf8'));
    const tables = captured.tables ?? [];
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.hash).toBe(contentHash(captured.text.slice(t.at[0], t.at[1])));
      for (const row of t.rows) {
        for (const [, s, e] of row.cells) {
          const words = captured.text.slice(s, e);
          expect(words).toBe(words.trim());
          expect(words).not.toContain('\n');
          expect(s).toBeGreaterThanOrEqual(t.at[0]);
          expect(e).toBeLessThanOrEqual(t.at[1]);
        }
      }
    }
    const yaml = renderSourceFile(captured, { id: 'page', textFile: 'page.txt', retrievedAt: '2026-03-05', from: name });
    const loaded = loadSource(settled(readYamlFile('sources/page.yaml', yaml)), () => ok(captured.text));
    expect(loaded.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const source = loaded.ok ? loaded.value.document.source : undefined;
    expect(source?.tables?.map((t) => t.rows.flatMap((r) => r.cells.map((c) => captured.text.slice(c.range.start, c.range.end))))).toEqual(
      tables.map((t) => t.rows.flatMap((r) => r.cells.map(([, s, e]) => captured.text.slice(s, e)))),
    );
  });
});

describe('a source file’s tables when loaded', () => {
  const captured = capture(readFileSync('test/fixtures/tables/spills.html', 'utf8'));
  const yaml = renderSourceFile(captured, { id: 'page', textFile: 'page.txt', retrievedAt: '2026-03-05', from: 'spills.html' });
  const load = (yamlText: string, text: string) => loadSource(settled(readYamlFile('sources/page.yaml', yamlText)), () => ok(text));

  it('an older source file without tables still loads, with none', () => {
    const without = yaml.replace(/\ntables:\n[\s\S]*$/, '\n');
    const loaded = load(without, captured.text);
    expect(loaded.ok).toBe(true);
    expect(loaded.ok ? loaded.value.document.source.tables : 'not loaded').toBeUndefined();
  });

  it('a table whose words changed since capture is not used (its offsets no longer point at its cells)', () => {
    const edited = captured.text.replace('3,214', '3,241');
    const loaded = load(yaml.replace(/contentHash: \S+/, `contentHash: ${contentHash(edited)}`), edited);
    expect(loaded.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const tables = loaded.ok ? loaded.value.document.source.tables : undefined;
    expect(tables?.length).toBe((captured.tables?.length ?? 0) - 1);
  });

  it('a cell outside its table is an error at that cell', () => {
    const first = captured.tables?.[0]?.rows[0]?.cells[0] as [number, number, number];
    const bad = yaml.replace(`[ ${first.join(', ')} ]`, `[ ${first[0]}, ${first[1]}, 999999 ]`);
    expect(bad).not.toBe(yaml);
    const loaded = load(bad, captured.text);
    const errors = loaded.messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => m.code)).toEqual(['schema']);
    expect(errors[0]?.message).toMatch(/table 1, row 1, cell 1/);
  });
});

describe('a hostile table stays bounded', () => {
  const cells = (n: number, at: (k: number) => string): string => Array.from({ length: n }, (_, k) => at(k)).join('');
  it.each([
    ['10,000 rows', `<table><tr><th>Row</th><th>A</th><th>B</th></tr>${cells(10_000, (k) => `<tr><td>Row ${k}</td><td>${k}</td><td>${k + 1}</td></tr>`)}</table>`, MAX_TABLE_ROWS - 1, 2, (10_000 - (MAX_TABLE_ROWS - 1)) * 3],
    ['1,000 columns', `<table><tr>${cells(1_000, (k) => `<th>C${k}</th>`)}</tr><tr>${cells(1_000, (k) => `<td>${k}</td>`)}</tr></table>`, 1, MAX_TABLE_COLUMNS, 2 * (1_000 - MAX_TABLE_COLUMNS)],
    [
      'rowspan=100000 and colspan=100000',
      `<table><tr><th>Name</th><th>X</th><th>Y</th></tr><tr><td>First</td><td rowspan="100000">1</td><td>2</td></tr>${cells(50, (k) => `<tr><td>Next ${k}</td><td colspan="100000">${k}</td></tr>`)}</table>`,
      1,
      undefined,
      0,
    ],
  ])('%s: rows and columns capped, the rest counted', (_, table, rows, columns, leftOut) => {
    const captured = capture(page(table));
    const t = captured.tables?.[0] as TableFileEntry;
    expect(t.rows.length).toBe(rows);
    if (columns !== undefined) expect(Math.max(...t.rows.map((r) => r.cells.length))).toBe(columns);
    expect(t.columns.length).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
    expect(t.cellsLeftOut ?? 0).toBe(leftOut);
    // A large page: capture reads it all (the machine may be shared), so no timing is asserted, only a generous limit.
  }, 120_000);
});
