import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_TABLE_CAPS } from '../../src/cli/commands/summary.js';
import { textWidth } from '../../src/cli/text-columns.js';
import { runInProcess } from './memory-io.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/cli');

describe('claimtrace summary [dir] (npm start)', () => {
  it('summarizes the bundled corpus: sources, conflicts with their most likely value, the baseline', async () => {
    const run = await runInProcess(['summary', 'claims']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('5 sources');
    expect(run.stdout).toMatch(/error +002 lists United Arab Emirates, Netherlands and United Kingdom/);
    expect(run.stdout).toMatch(/most likely: the complete list \{Singapore, Australia, Japan, South Korea, Israel\}/);
    expect(run.stdout).toContain('MP Minerals');
    expect(run.stdout).toMatch(/all \d+ findings are reviewed in baseline\.yaml/);
  });

  it.each([
    ['a folder with a quote that does not anchor', 'broken-quote', 1],
    ['a folder with a new conflict', 'conflict', 1],
  ])('exits like check for %s', async (_, fixture, code) => {
    const run = await runInProcess(['summary', join(FIXTURES, fixture)]);
    expect(run.code, run.stdout + run.stderr).toBe(code);
  });
});

describe('claimtrace summary: the sources table', () => {
  /** A scaffolded folder whose example source has this id and publisher. */
  const folderWith = async (id: string, publisher: string): Promise<string> => {
    const root = mkdtempSync(join(tmpdir(), 'claimtrace-summary-'));
    expect((await runInProcess(['init', 'desk'], { cwd: root })).code).toBe(0);
    const folder = join(root, 'desk');
    const edit = (path: string, from: string, to: string) => writeFileSync(join(folder, path), readFileSync(join(folder, path), 'utf8').replace(from, to));
    edit('sources/example.yaml', 'id: riverside-courier-footbridge', `id: ${id}`);
    edit('sources/example.yaml', 'publisher: Riverside Courier', `publisher: ${JSON.stringify(publisher)}`);
    edit('claims/example.yaml', 'source: riverside-courier-footbridge', `source: ${id}`);
    return folder;
  };

  it.each([
    ['a short ASCII id and publisher', 'courier', 'Riverside Courier', false],
    ['a 60-letter id', `busan-port-strike-${'carriers-divert-'.repeat(3)}ships-now`.slice(0, 60), 'Global Freight Wire', true],
    ['a Korean publisher (two columns a syllable)', 'busan-ilbo', '부산일보 Busan Ilbo', false],
    ['a Slovak publisher with combining marks', 'pravda', 'Pravda\u0301 Bratislava'.normalize('NFD'), false],
    ['a publisher over the cap, in Hangul', 'kookje', '국제신문 '.repeat(12).trim(), true],
  ])('stays aligned with %s', async (_name, id, publisher, shortened) => {
    const folder = await folderWith(id, publisher);
    try {
      const run = await runInProcess(['summary', folder]);
      const lines = run.stdout.split('\n');
      const header = lines.findIndex((l) => l.trimStart().startsWith('source '));
      const table = lines.slice(header, header + 2);
      // Every column starts at the same screen column on the header and the row: `chars` and `claims` line up.
      const columnOf = (line: string, cell: RegExp) => textWidth(line.slice(0, line.search(cell)));
      expect(columnOf(table[1] ?? '', / \d+ +\d+$/)).toBe(columnOf(table[0] ?? '', / chars /));
      expect(textWidth(table[1] ?? '')).toBeLessThanOrEqual(2 + SOURCE_TABLE_CAPS.source + 1 + 18 + 1 + SOURCE_TABLE_CAPS.publisher + 1 + 6 + 1 + 3);
      expect(table[1]?.includes('…')).toBe(shortened);
      expect(run.stdout.includes('are shortened with …; summary --json has them whole')).toBe(shortened);
      const json = JSON.parse((await runInProcess(['summary', folder, '--json'])).stdout) as { sources: { id: string; publisher: string }[] };
      expect(json.sources[0]).toMatchObject({ id, publisher });
    } finally {
      rmSync(join(folder, '..'), { recursive: true, force: true });
    }
  });
});
