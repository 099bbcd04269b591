import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder } from '../../src/check/index.js';
import { settled } from '../../src/model/result.js';
import { REPORT_FILES } from '../../src/cli/commands/report.js';
import { ensureBuilt, fixture, runBin } from './built-bin.js';
import { runInProcess } from './memory-io.js';

const FOLDER = 'test/fixtures/cli/conflict';
const temp = mkdtempSync(join(tmpdir(), 'claimtrace-report-'));
let findings: { id: string; ruleId: string; claims: string[] }[];

beforeAll(async () => {
  await ensureBuilt();
  findings = (JSON.parse((await runInProcess(['check', FOLDER, '--json'])).stdout) as { findings: typeof findings }).findings;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('claimtrace explain <finding-id>', () => {
  it('shows the finding in full: rule, quotes, places, values, review status', () => {
    const conflict = findings.find((f) => f.ruleId === 'value-conflict');
    const result = runBin(['explain', conflict?.id ?? '', FOLDER]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`rule      value-conflict — `);
    expect(result.stdout).toContain('“The expansion will cost nearly $2 billion”');
    expect(result.stdout).toContain('“is expected to cost $3.5 billion”');
    expect(result.stdout).toMatch(/cost-gazette {2}\(test\/fixtures\/cli\/conflict\/claims\/gazette\.yaml:\d+:\d+\)/);
    expect(result.stdout).toMatch(/in {5}harbour-gazette-port \d+:\d+–\d+:\d+ \(offsets \d+–\d+\)/);
    expect(result.stdout).toContain('not reviewed');
  });

  it('accepts a unique prefix of the id and prints JSON with --json', async () => {
    const conflict = findings.find((f) => f.ruleId === 'value-conflict');
    const result = await runInProcess(['explain', (conflict?.id ?? '').slice(0, 'value-conflict:'.length + 4), FOLDER, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { finding: { id: string; sides: unknown[] }; rule: { id: string }; review: null };
    expect(json.finding.id).toBe(conflict?.id);
    expect(json.finding.sides).toHaveLength(2);
    expect(json.rule.id).toBe('value-conflict');
    expect(json.review).toBeNull();
  });

  it('shows the preferred value of the contested group, as the library resolves it', async () => {
    const check = await checkClaimsFolder(fixture('conflict'));
    const conflict = findings.find((f) => f.ruleId === 'value-conflict');
    const preferred = settled(check).reconciled?.preferred.get(conflict?.id ?? '');
    expect(preferred).toBeDefined();
    const json = JSON.parse((await runInProcess(['explain', conflict?.id ?? '', FOLDER, '--json'])).stdout) as { preferred: unknown };
    expect(json.preferred).toEqual(preferred);
    const text = (await runInProcess(['explain', conflict?.id ?? '', FOLDER])).stdout;
    expect(text).toContain(`most likely (${preferred?.strategy}): ${preferred?.value}`);
  });

  it.each([
    ['an unknown id', 'value-conflict:ffffffffffff', FOLDER, /no finding value-conflict:ffffffffffff/],
    // the bundled corpus has two membership-conflict findings: who the founders are, and how many
    ['an ambiguous prefix', 'membership-conflict:', 'claims', /matches 2 findings/],
  ])('exits 2 on %s and suggests ids', async (_name, query, folder, message) => {
    const result = await runInProcess(['explain', query, folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/hint: did you mean: \S+:/);
  });

  it('exits 2 on an invalid folder', async () => {
    const result = await runInProcess(['explain', 'x', 'test/fixtures/cli/broken-quote']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('quote-not-found');
  });
});

describe('claimtrace report [dir] --out <dir>', async () => {
  it('writes the Markdown report and the JSON findings', () => {
    const out = join(temp, 'docs');
    const result = runBin(['report', FOLDER, '--out', out]);
    expect(result.code).toBe(0);
    const markdown = readFileSync(join(out, REPORT_FILES.markdown), 'utf8');
    const json = JSON.parse(readFileSync(join(out, REPORT_FILES.json), 'utf8')) as { findings: { id: string }[] };
    expect(json.findings.map((f) => f.id).sort()).toEqual(findings.map((f) => f.id).sort());
    for (const f of findings) expect(markdown).toContain(f.id);
  });

  it.each([
    ['without --out', ['report', FOLDER], /report needs --out/],
    ['on an invalid folder', ['report', 'test/fixtures/cli/broken-quote', '--out', join(temp, 'never')], /nothing was written/],
  ])('exits 2 %s', async (_name, args, message) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
