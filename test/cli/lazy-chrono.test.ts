/**
 * The built CLI loads chrono-node only when a date needs it (issue 19, fast
 * start): dates in the common written forms are read by the exact reader, so
 * a check of the bundled corpus never loads it; a date in another form loads
 * it on first use and reads as the library reads it. A `--require` hook
 * reports at exit whether any chrono-node file was loaded.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/normalize/parse-date.js';
import { ensureBuilt, fixture, runBin } from './built-bin.js';

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-lazy-chrono-'));
const hook = join(temp, 'report-chrono.cjs');
beforeAll(async () => {
  await ensureBuilt();
  writeFileSync(hook, "process.on('exit', () => process.stderr.write(`chrono-node loaded: ${Object.keys(require.cache).some((k) => k.includes('/chrono-node/'))}\\n`));\n");
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const withHook = { env: { NODE_OPTIONS: `--require ${hook}` } };

describe('claimtrace check loads chrono-node only for dates it needs', () => {
  it('never loads it for the bundled corpus (all of its dates are in common forms or weekdays)', () => {
    const run = runBin(['check', 'claims'], withHook);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('chrono-node loaded: false');
  });

  it('loads it for "in January 2029" and reads the date as the library does', () => {
    const folder = join(temp, 'conflict');
    cpSync(fixture('conflict'), folder, { recursive: true });
    const claims = join(folder, 'claims', 'gazette.yaml');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('value: { date: "2028" }', 'value: { date: "in January 2029" }'));
    const run = runBin(['check', folder, '--format', 'json'], withHook);
    expect(run.stderr).toContain('chrono-node loaded: true');
    const report = JSON.parse(run.stdout) as { reconciled: boolean; counts: { errors: number }; findings: { ruleId: string; disputed: string[][] }[] };
    expect(report.reconciled).toBe(true);
    expect(report.counts.errors).toBe(0);
    const expected = parseDate('in January 2029', { publishedAt: '2026-01-09' });
    expect(expected.ok && expected.value).toMatchObject({ start: '2029-01-01', end: '2029-01-31', precision: 'month' });
    // The opening years now conflict: 2028 (the herald) against January 2029 (the gazette).
    const disputed = report.findings.flatMap((f) => f.disputed.flat());
    expect(disputed).toContain('d:2029-01-01..2029-01-31:month');
  });
});
