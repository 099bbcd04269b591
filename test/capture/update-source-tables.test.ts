/**
 * `update-source` writes the new capture's tables into the source file, in
 * place of the old ones (their cell offsets are into the new text): a table
 * whose figures or place changed is rewritten, a new table added, a table
 * the page no longer has removed — in the same atomic write as the text and
 * the hash, so `suggest` never reads a table against a text it was not
 * taken from. A page whose tables did not change leaves the entry as it is.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { captureSource } from '../../src/capture/index.js';
import { runInProcess } from '../cli/memory-io.js';

const SPILLS = readFileSync(new URL('../fixtures/tables/spills.html', import.meta.url), 'utf8');
const TABLE = /<table[\s\S]*?<\/table>/gu;
/** The page without its data tables (its layout table of links stays, as it is not recorded). */
const withoutTables = (html: string): string => html.replace(TABLE, (t) => (t.includes('role="presentation"') ? t : ''));
const withoutSecondTable = (html: string): string => {
  let n = 0;
  return html.replace(TABLE, (t) => (++n === 2 ? '' : t));
};
const figureChanged = (html: string): string =>
  html.replace('3,214', '3,412').replace('<table class="data-table">', '<p>The agency corrected one company’s figures on Wednesday after an error in its return.</p>\n<table class="data-table">');

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A folder with the page added as a source, then updated from `after`: the source file before and after, and update-source's output. */
const addThenUpdate = async (before: string, after: string) => {
  const temp = mkdtempSync(join(tmpdir(), 'claimtrace-tables-'));
  temps.push(temp);
  const run = (args: readonly string[]) => runInProcess(args, { cwd: temp });
  expect((await run(['init', 'claims'])).code).toBe(0);
  for (const f of ['claims/example.yaml', 'sources/example.yaml', 'sources/example.txt']) rmSync(join(temp, 'claims', f));
  writeFileSync(join(temp, 'v1.html'), before);
  writeFileSync(join(temp, 'v2.html'), after);
  const added = await run(['add', 'v1.html', '--into', 'claims', '--id', 'spills', '--retrieved', '2026-03-05T08:00Z']);
  expect(added.code).toBe(0);
  const file = join(temp, 'claims', 'sources', 'spills.yaml');
  const yamlBefore = readFileSync(file, 'utf8');
  const updated = await run(['update-source', 'spills', 'v2.html', 'claims', '--retrieved', '2026-03-06T08:00Z']);
  const check = await run(['check', 'claims']);
  return { yamlBefore, yamlAfter: readFileSync(file, 'utf8'), updated, check };
};
const tablesOf = (yaml: string): unknown => (parse(yaml) as { tables?: unknown }).tables;
const capturedTables = (html: string): unknown => {
  const r = captureSource(new TextEncoder().encode(html), { fileName: 'v2.html' });
  if (!r.ok) throw new Error(r.messages.map((m) => m.message).join('\n'));
  return r.value.tables;
};

describe('update-source writes the new capture’s tables', () => {
  it.each([
    // what changed on the page, the page before, the page after, how many tables the file records after
    ['a figure changed and a paragraph moved the tables', SPILLS, figureChanged(SPILLS), 2],
    ['a table was taken away', SPILLS, withoutSecondTable(SPILLS), 1],
    ['the page had no tables and now has two', withoutTables(SPILLS), SPILLS, 2],
    ['the page has no tables any more', SPILLS, withoutTables(SPILLS), 0],
  ])('%s', async (_what, before, after, count) => {
    const { yamlBefore, yamlAfter, updated, check } = await addThenUpdate(before, after);
    expect(updated.stderr).toBe('');
    expect(tablesOf(yamlBefore)).toEqual(capturedTables(before));
    expect(tablesOf(yamlAfter)).toEqual(capturedTables(after));
    expect((tablesOf(yamlAfter) as unknown[] | undefined)?.length ?? 0).toBe(count);
    expect(updated.stdout).toContain(count === 0 ? 'tables: the new capture has none; removed from' : `tables: the new capture's ${count} table`);
    // the file loads, its tables agree with the text (a stale table is refused by the loader)
    expect(check.stdout + check.stderr).not.toMatch(/\btables?:|stale|table .*(?:changed|hash)/i);
    expect(check.stdout + check.stderr).toContain('check passed');
    // everything but the tables, the hash and the capture time is as `add` wrote it
    const rest = (y: string): string[] => y.split(/^tables:/mu)[0]!.split('\n').filter((l) => !/^(?:contentHash|retrievedAt):/u.test(l));
    expect(rest(yamlAfter)).toEqual(rest(yamlBefore));
  });

  it('leaves the tables of a page whose tables did not change as they are', async () => {
    const { yamlBefore, yamlAfter, updated } = await addThenUpdate(SPILLS, SPILLS);
    expect(yamlAfter).toBe(yamlBefore);
    expect(updated.stdout).not.toContain('tables:');
  });
});
