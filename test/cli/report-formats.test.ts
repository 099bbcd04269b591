/**
 * `claimtrace report --format`: which of the Markdown report, the JSON
 * findings and the HTML report are written (all three by default). The
 * names come from the format table: ids, their aliases, any letter case,
 * repeated or separated by commas.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_FILES } from '../../src/cli/commands/report.js';
import { runInProcess } from './memory-io.js';

const FOLDER = 'test/fixtures/cli/conflict';
const temp = mkdtempSync(join(tmpdir(), 'claimtrace-formats-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let n = 0;
const report = async (...format: string[]) => {
  const out = join(temp, `out-${(n += 1)}`);
  const run = await runInProcess(['report', FOLDER, '--out', out, ...format]);
  return { ...run, out, files: existsSync(out) ? readdirSync(out).sort() : [] };
};

describe('claimtrace report --format', () => {
  it.each([
    ['no --format: all three', [], [REPORT_FILES.html, REPORT_FILES.markdown, REPORT_FILES.json]],
    ['--format html', ['--format', 'html'], [REPORT_FILES.html]],
    ['-f md -f json (aliases)', ['-f', 'md', '-f', 'json'], [REPORT_FILES.markdown, REPORT_FILES.json]],
    ['--format findings-json (the id export uses)', ['--format', 'findings-json'], [REPORT_FILES.json]],
    ['--format markdown,html', ['--format', 'markdown,html'], [REPORT_FILES.html, REPORT_FILES.markdown]],
    ['--format HTML,html (case, repeats)', ['--format', 'HTML,html'], [REPORT_FILES.html]],
  ])('%s', async (_name, args, expected) => {
    const run = await report(...args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.files).toEqual([...expected].sort());
    for (const file of expected) expect(run.stdout).toContain(file);
  });

  it('writes a self-contained HTML page with the fixture’s conflict highlighted in both sources', async () => {
    const run = await report('--format', 'html');
    const page = readFileSync(join(run.out, REPORT_FILES.html), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('data-rule="value-conflict"');
    expect(page).toMatch(/<mark class="hl[^"]*" data-hl="[^"]*">The expansion will cost nearly \$2 billion<\/mark>/);
    expect(page).toMatch(/<mark class="hl[^"]*" data-hl="[^"]*">is expected to cost \$3\.5 billion<\/mark>/);
  });

  it('exits 2 on an unknown format and writes nothing', async () => {
    const run = await report('--format', 'html,pdf');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "pdf" for report');
    expect(run.stderr).toContain('--format takes markdown (md), findings-json (json), html');
    expect(run.files).toEqual([]);
  });

  it('exits 2 on an empty --format, and on an option no chosen format takes', async () => {
    const empty = await report('--format', ',');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--format needs a format name');
    const title = await report('--format', 'json', '--title', 'T');
    expect(title.code).toBe(2);
    expect(title.stderr).toContain('--title applies to --format markdown or html, not findings-json');
    expect([...empty.files, ...title.files]).toEqual([]);
  });

  it('puts --title on both reports, and help lists every report format from the table', async () => {
    const run = await report('--format', 'markdown,html', '--title', 'Harbour <check>');
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(run.out, REPORT_FILES.markdown), 'utf8')).toMatch(/^# Harbour /);
    expect(readFileSync(join(run.out, REPORT_FILES.html), 'utf8')).toContain('<title>Harbour &lt;check&gt;');
    const help = await runInProcess(['report', '--help']);
    for (const id of ['markdown', 'findings-json', 'html']) expect(help.stdout).toContain(id);
    expect(help.stdout).toContain('the heading of the report (markdown, html)');
  });
});
