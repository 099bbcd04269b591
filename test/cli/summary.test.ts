import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
