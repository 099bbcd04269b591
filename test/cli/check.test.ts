import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, REPO, runBin, runBinAsync } from './built-bin.js';
import { runInProcess } from './memory-io.js';

interface CheckJson {
  ok: boolean;
  exitCode: number;
  messages: { place: { file: string; start: { line: number; column: number } }; claimId?: string; code: string }[];
  findings: { id: string; ruleId: string; severity: string; status: string; claims: string[] }[];
  stale: { id: string }[];
}

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-check-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** 1-based line of the first line of `file` containing `needle`. */
const lineOf = (file: string, needle: string): number => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

const noStackTrace = (stderr: string): void => expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('claimtrace check', () => {
  it('passes the bundled corpus (exit 0)', async () => {
    const result = await runBinAsync(['check', 'claims']);
    expect(result.stderr + result.stdout).toContain('check passed');
    expect(result.code).toBe(0);
  });

  it('exits 2 on a quote that does not anchor, naming file:line:col and the claim', () => {
    const result = runBin(['check', 'test/fixtures/cli/broken-quote']);
    expect(result.code).toBe(2);
    const line = lineOf(fixture('broken-quote', 'claims', 'gazette.yaml'), 'the terminal reopens');
    expect(result.stderr).toMatch(new RegExp(`^test/fixtures/cli/broken-quote/claims/gazette\\.yaml:${line}:\\d+: error \\[quote-not-found\\].*\\(claim opening-gazette\\)$`, 'm'));
    expect(result.stderr).toContain('hint:');
    expect(result.stdout).toContain('invalid input');
    noStackTrace(result.stderr);
  });

  it('puts the messages, placed, in the JSON with --json on invalid input', async () => {
    const result = await runInProcess(['check', 'test/fixtures/cli/broken-quote', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json).toMatchObject({ ok: false, exitCode: 2, findings: [] });
    expect(json.messages).toContainEqual(
      expect.objectContaining({
        place: {
          file: 'test/fixtures/cli/broken-quote/claims/gazette.yaml',
          start: { line: lineOf(fixture('broken-quote', 'claims', 'gazette.yaml'), 'the terminal reopens'), column: expect.any(Number) },
        },
        claimId: 'opening-gazette',
        code: 'quote-not-found',
      }),
    );
  });

  it.each([
    [true, [], true],
    [true, ['--json'], false],
    [false, [], false],
  ])('on a TTY=%s with %j shows a progress line on stderr: %s', async (tty, extra, shown) => {
    const result = await runInProcess(['check', 'test/fixtures/cli/conflict', ...extra], { tty });
    expect(result.stderr.includes('reconciling 4 claims from 2 sources')).toBe(shown);
    if (shown) expect(result.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('exits 2 on bad YAML, naming the place', () => {
    const result = runBin(['check', 'test/fixtures/cli/bad-yaml']);
    expect(result.code).toBe(2);
    const line = lineOf(fixture('bad-yaml', 'claims', 'gazette.yaml'), 'quote:');
    expect(result.stderr).toMatch(new RegExp(`^test/fixtures/cli/bad-yaml/claims/gazette\\.yaml:${line}:\\d+: error \\[yaml-syntax\\]`, 'm'));
    noStackTrace(result.stderr);
  });

  it('exits 2 on a folder that does not exist', async () => {
    const result = await runInProcess(['check', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no/such/folder');
    noStackTrace(result.stderr);
  });

  it('exits 1 on a new conflict, and names it', () => {
    const result = runBin(['check', 'test/fixtures/cli/conflict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/warning \[value-conflict\] value-conflict:/);
    expect(result.stdout).toContain('claims: cost-gazette (harbour-gazette-port), cost-herald (coast-herald-terminal)');
    expect(result.stdout).toContain('check failed');
    expect(result.stdout + result.stderr, 'no colour outside a terminal').not.toContain('\u001b[');
  });

  it('gives machines one JSON document with --json', async () => {
    const result = await runInProcess(['check', 'test/fixtures/cli/conflict', '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json).toMatchObject({ ok: false, exitCode: 1 });
    const conflict = json.findings.find((f) => f.ruleId === 'value-conflict');
    expect(conflict).toMatchObject({ severity: 'warning', status: 'new', claims: ['cost-gazette', 'cost-herald'] });
    expect(json.findings.filter((f) => f.status === 'new').every((f) => f.severity !== 'info')).toBe(true);
  });

  it.each([
    ['error', (json: CheckJson) => (json.findings.some((f) => f.severity === 'error') ? 1 : 0)],
    ['warning', () => 1],
    ['info', (json: CheckJson) => (json.findings.length > 0 ? 1 : 0)],
  ])('--fail-on %s fails only on findings at or above it', async (failOn, expected) => {
    const result = await runInProcess(['check', 'test/fixtures/cli/conflict', '--json', '--fail-on', failOn]);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(result.code).toBe(expected(json));
    const failing = json.findings.filter((f) => f.status === 'new').map((f) => f.severity);
    const allowed = { error: ['error'], warning: ['error', 'warning'], info: ['error', 'warning', 'info'] }[failOn] ?? [];
    expect(failing.every((s) => allowed.includes(s))).toBe(true);
  });

  it('passes once the findings are acknowledged in the baseline, and fails on a stale entry', async () => {
    const folder = join(temp, 'acknowledged');
    cpSync(fixture('conflict'), folder, { recursive: true });
    const first = JSON.parse((await runInProcess(['check', folder, '--json'])).stdout) as CheckJson;
    const entries = first.findings
      .filter((f) => f.status === 'new')
      .map((f) => `  - id: ${f.id}\n    rule: ${f.ruleId}\n    verdict: real-conflict\n    reason: the two papers disagree\n    reviewedBy: test desk\n`);
    expect(entries.length).toBeGreaterThan(0);
    writeFileSync(join(folder, 'baseline.yaml'), `findings:\n${entries.join('')}`);
    const acknowledged = await runInProcess(['check', folder]);
    expect(acknowledged.stdout).toContain('check passed');
    expect(acknowledged.code).toBe(0);

    writeFileSync(
      join(folder, 'baseline.yaml'),
      `findings:\n${entries.join('')}  - id: value-conflict:000000000000\n    rule: value-conflict\n    verdict: tension\n    reason: gone\n    reviewedBy: test desk\n`,
    );
    const stale = await runInProcess(['check', folder, '--json']);
    expect(stale.code).toBe(1);
    expect((JSON.parse(stale.stdout) as CheckJson).stale.map((e) => e.id)).toEqual(['value-conflict:000000000000']);
  });

  it('fails on a finding that changed since it was reviewed (fingerprint differs)', async () => {
    const folder = join(temp, 'changed');
    cpSync(fixture('conflict'), folder, { recursive: true });
    const first = JSON.parse((await runInProcess(['check', folder, '--json'])).stdout) as CheckJson;
    const conflict = first.findings.find((f) => f.ruleId === 'value-conflict');
    writeFileSync(
      join(folder, 'baseline.yaml'),
      `findings:\n  - id: ${conflict?.id}\n    rule: value-conflict\n    verdict: real-conflict\n    reason: reviewed before the claims changed\n    reviewedBy: test desk\n    fingerprint: not-the-current-one\n`,
    );
    const result = await runInProcess(['check', folder, '--json']);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as CheckJson).findings.find((f) => f.id === conflict?.id)?.status).toBe('changed');
  });

  it('exits 2 on a baseline that breaks the schema, naming the place', async () => {
    const folder = join(temp, 'bad-baseline');
    cpSync(fixture('conflict'), folder, { recursive: true });
    writeFileSync(join(folder, 'baseline.yaml'), 'findings:\n  - id: value-conflict:1\n    rule: value-conflict\n    verdict: maybe\n    reason: x\n    reviewedBy: y\n');
    const result = await runInProcess(['check', folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/baseline\.yaml:4:\d+: error \[baseline-schema\]/);
  });

  it('passes the folder init scaffolds', async () => {
    const cwd = mkdtempSync(join(temp, 'init-'));
    expect((await runInProcess(['init'], { cwd })).code).toBe(0);
    const result = await runInProcess(['check'], { cwd });
    expect(result.stdout).toContain('check passed');
    expect(result.code).toBe(0);
  });

  it('exits 2 on a bad --fail-on', async () => {
    const result = await runInProcess(['check', 'test/fixtures/cli/conflict', '--fail-on', 'fatal']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fail-on must be one of error, warning, info');
  });

  it('finds ./claims by itself', async () => {
    const result = await runInProcess(['check', '--json'], { cwd: REPO });
    expect((JSON.parse(result.stdout) as { folder: string }).folder).toBe('claims');
  });
});
