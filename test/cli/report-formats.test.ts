/**
 * `claimtrace report --format`: which of the Markdown report, the JSON
 * findings and the HTML report are written (all three by default).
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
    ['-f md -f json', ['-f', 'md', '-f', 'json'], [REPORT_FILES.markdown, REPORT_FILES.json]],
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
    expect(run.stderr).toContain('unknown report format "pdf"');
    expect(run.stderr).toContain('--format markdown|json|html');
    expect(run.files).toEqual([]);
  });
});
