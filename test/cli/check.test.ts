/**
 * `claimtrace check`: the CI check. Exit 0 when everything anchors and every
 * finding at or above --fail-on is reviewed, 1 for content problems, 2 for
 * usage and tool errors; every finding names each claim's file:line:col and
 * its quote's place in the source; paths open from the working directory.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, REPO, runBin, runBinAsync } from './built-bin.js';
import { withSingleSourceFindings } from '../support/agreeing-source.js';
import { runInProcess } from './memory-io.js';

interface Place {
  file: string;
  line: number;
  column: number;
}
interface CheckJson {
  folder: string;
  verdict: string;
  ok: boolean;
  exitCode: number;
  counts: Record<string, number>;
  messages: { place: { file: string; start: { line: number; column: number } }; claimId?: string; code: string; fails: boolean }[];
  findings: {
    id: string;
    ruleId: string;
    severity: string;
    status: string;
    fails: boolean;
    claims: string[];
    locations: { claimId: string; sourceId: string; claim: Place; quote: Place & { start: number; end: number; endLine: number; endColumn: number; exact: string } }[];
  }[];
  stale: { id: string; place: Place | null }[];
}

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-check-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** 1-based line and column of the first occurrence of `needle` in `file`. */
const placeOf = (file: string, needle: string): { line: number; column: number } => {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, column: (lines[line] ?? '').indexOf(needle) + 1 };
};
const lineOf = (file: string, needle: string): number => placeOf(file, needle).line;

const noStackTrace = (stderr: string): void => expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

const json = async (args: readonly string[], cwd?: string): Promise<{ code: number; json: CheckJson; stderr: string }> => {
  const result = await runInProcess(['check', ...args, '--json'], cwd !== undefined ? { cwd } : {});
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson, stderr: result.stderr };
};

const copy = (name: string, into: string): string => {
  const folder = join(temp, into);
  cpSync(fixture(name), folder, { recursive: true });
  return folder;
};

describe('claimtrace check: exit codes', () => {
  it('passes the bundled corpus (exit 0)', async () => {
    const result = await runBinAsync(['check', 'claims']);
    expect(result.stdout).toContain('✔ check passed');
    expect(result.code).toBe(0);
  });

  it('prints the same with the built bin’s code cache as without it (src/cli/compile-cache.ts)', async () => {
    const off = await runBinAsync(['check', 'claims', '--json'], { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    const filling = await runBinAsync(['check', 'claims', '--json'], { env: { NODE_DISABLE_COMPILE_CACHE: '' } });
    const cached = await runBinAsync(['check', 'claims', '--json'], { env: { NODE_DISABLE_COMPILE_CACHE: '' } });
    for (const run of [filling, cached]) expect(run).toEqual(off);
    expect(readdirSync(join(REPO, 'node_modules', '.cache', 'claimtrace')).filter((f) => /^check-[0-9a-f]{32}\.v8cache$/.test(f))).toHaveLength(1);
  });

  it('exits 1 on a quote that does not anchor (a content problem), naming file:line:col and the claim on stdout', () => {
    const result = runBin(['check', 'test/fixtures/cli/broken-quote']);
    expect(result.code).toBe(1);
    const at = placeOf(fixture('broken-quote', 'claims', 'gazette.yaml'), '"the terminal reopens');
    expect(result.stdout).toMatch(new RegExp(`^test/fixtures/cli/broken-quote/claims/gazette\\.yaml\\n  ${at.line}:${at.column}  error  the quote .*\\(claim opening-gazette\\)  quote-not-found$`, 'm'));
    expect(result.stdout).toMatch(/^ +hint: copy the quote exactly/m);
    expect(result.stdout).toContain('✖ check failed: 1 error in the claims folder');
    expect(result.stderr).toBe('');
    noStackTrace(result.stderr);
  });

  it('puts the messages, placed, in the JSON with --json on invalid input', async () => {
    const { code, json: report, stderr } = await json(['test/fixtures/cli/broken-quote']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(report).toMatchObject({ verdict: 'fail', ok: false, exitCode: 1, findings: [] });
    expect(report.messages).toContainEqual(
      expect.objectContaining({
        place: { file: 'test/fixtures/cli/broken-quote/claims/gazette.yaml', start: placeOf(fixture('broken-quote', 'claims', 'gazette.yaml'), '"the terminal reopens') },
        claimId: 'opening-gazette',
        code: 'quote-not-found',
        fails: true,
      }),
    );
  });

  it('exits 1 on a source hash mismatch, at the contentHash line', async () => {
    const folder = copy('conflict', 'hash');
    writeFileSync(join(folder, 'sources', 'herald.txt'), `${readFileSync(join(folder, 'sources', 'herald.txt'), 'utf8')}An added line.\n`);
    const { code, json: report } = await json([folder]);
    expect(code).toBe(1);
    const hash = report.messages.find((m) => m.code === 'source-hash-mismatch');
    expect(hash?.place.start.line).toBe(lineOf(join(folder, 'sources', 'herald.yaml'), 'contentHash:'));
  });

  it('exits 1 on bad YAML, naming the place', () => {
    const result = runBin(['check', 'test/fixtures/cli/bad-yaml']);
    expect(result.code).toBe(1);
    const line = lineOf(fixture('bad-yaml', 'claims', 'gazette.yaml'), 'quote:');
    expect(result.stdout).toMatch(new RegExp(`^test/fixtures/cli/bad-yaml/claims/gazette\\.yaml\\n +${line}:\\d+  error .* yaml-syntax$`, 'm'));
    noStackTrace(result.stderr);
  });

  it.each([
    ['the folder above one claims folder', (parent: string) => [parent], 'the claims folder in it is __/desk-claims: name it instead (claimtrace check __/desk-claims)'],
    ['no folder, run in the folder above it', () => [], 'the claims folder here is desk-claims: name it after the command (claimtrace check desk-claims)'],
  ] as const)('names the claims folder once, without a warning per file, for %s (exit 2)', async (_name, args, hint) => {
    const parent = join(temp, `above-${_name.length}`);
    cpSync(fixture('conflict'), join(parent, 'desk-claims'), { recursive: true });
    const named = args(parent);
    const result = await runInProcess(['check', ...named], named.length === 0 ? { cwd: parent } : {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${named.length === 0 ? '.' : parent} is not a claims folder (it has no predicates.yaml)`);
    expect(result.stderr).toContain(hint.replaceAll('__', parent));
    expect(result.stderr + result.stdout).not.toContain('unknown-file');
  });

  it('exits 1 on a baseline that breaks the schema, naming the place', async () => {
    const folder = copy('conflict', 'bad-baseline');
    writeFileSync(join(folder, 'baseline.yaml'), 'findings:\n  - id: value-conflict:1\n    rule: value-conflict\n    verdict: maybe\n    reason: x\n    reviewedBy: y\n');
    const result = await runInProcess(['check', folder]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/baseline\.yaml\n +4:\d+  error .* baseline-schema$/m);
  });

  it.each([
    ['a folder that does not exist', ['no/such/folder'], /the claims folder no\/such\/folder does not exist/],
    ['a bad --fail-on', ['test/fixtures/cli/conflict', '--fail-on', 'fatal'], /--fail-on must be one of error, warning, info/],
    ['a bad --max-warnings', ['test/fixtures/cli/conflict', '--max-warnings', '1.5'], /--max-warnings must be a non-negative integer/],
    ['an unknown format', ['test/fixtures/cli/conflict', '--format', 'checkstyle'], /unknown format "checkstyle" for check\n  hint: --format takes stylish, json, github, sarif, junit/],
    ['an export format', ['test/fixtures/cli/conflict', '--format', 'prov'], /unknown format "prov" for check/],
    ['--json with another format', ['test/fixtures/cli/conflict', '--json', '--format', 'sarif'], /--json and --format sarif ask for two formats/],
    ['two folders', ['claims', 'test/fixtures/cli/conflict'], /check takes at most 1 argument/],
  ])('exits 2 on %s (a usage error), on stderr, with nothing on stdout', async (_name, args, message) => {
    const result = await runInProcess(['check', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    noStackTrace(result.stderr);
  });

  it('exits 1 on a new conflict, and names every claim with its places', () => {
    const result = runBin(['check', 'test/fixtures/cli/conflict']);
    expect(result.code).toBe(1);
    const gazette = placeOf(fixture('conflict', 'claims', 'gazette.yaml'), 'id: cost-gazette');
    const herald = placeOf(fixture('conflict', 'claims', 'herald.yaml'), 'id: cost-herald');
    const quote = placeOf(fixture('conflict', 'sources', 'gazette.txt'), 'The expansion will cost nearly $2 billion');
    expect(result.stdout).toMatch(new RegExp(`^test/fixtures/cli/conflict/claims/gazette\\.yaml\\n  ${gazette.line}:${gazette.column}  warning  .*  value-conflict$`, 'm'));
    expect(result.stdout).toMatch(/^ +value-conflict:[0-9a-f]{12} \(new: not in the baseline\)$/m);
    expect(result.stdout).toContain(
      `cost-gazette at test/fixtures/cli/conflict/claims/gazette.yaml:${gazette.line}:${gazette.column}, quoting “The expansion will cost nearly $2 billion” at test/fixtures/cli/conflict/sources/gazette.txt:${quote.line}:${quote.column}`,
    );
    expect(result.stdout).toContain(`cost-herald at test/fixtures/cli/conflict/claims/herald.yaml:${herald.line}:${herald.column}, quoting “is expected to cost $3.5 billion”`);
    expect(result.stdout).toContain('✖ check failed: 1 finding not reviewed');
    expect(result.stdout + result.stderr, 'no colour outside a terminal').not.toContain('\u001b[');
  });
});

describe('claimtrace check --json', () => {
  it('gives each finding claim its claim-file place and its quote’s offsets, line and column in the source', async () => {
    const { code, json: report } = await json(['test/fixtures/cli/conflict']);
    expect(code).toBe(1);
    expect(report).toMatchObject({ verdict: 'fail', ok: false, exitCode: 1, folder: 'test/fixtures/cli/conflict' });
    const conflict = report.findings.find((f) => f.ruleId === 'value-conflict');
    expect(conflict).toMatchObject({ severity: 'warning', status: 'new', fails: true, claims: ['cost-gazette', 'cost-herald'] });
    const text = readFileSync(fixture('conflict', 'sources', 'herald.txt'), 'utf8');
    const start = text.indexOf('is expected to cost $3.5 billion');
    const herald = conflict?.locations.find((l) => l.claimId === 'cost-herald');
    expect(herald).toEqual({
      claimId: 'cost-herald',
      sourceId: 'coast-herald-terminal',
      claim: { file: 'test/fixtures/cli/conflict/claims/herald.yaml', line: lineOf(fixture('conflict', 'claims', 'herald.yaml'), 'id: cost-herald'), column: 5 },
      quote: {
        sourceId: 'coast-herald-terminal',
        file: 'test/fixtures/cli/conflict/sources/herald.txt',
        start,
        end: start + 'is expected to cost $3.5 billion'.length,
        ...placeOf(fixture('conflict', 'sources', 'herald.txt'), 'is expected to cost $3.5 billion'),
        endLine: placeOf(fixture('conflict', 'sources', 'herald.txt'), 'is expected to cost $3.5 billion').line,
        endColumn: placeOf(fixture('conflict', 'sources', 'herald.txt'), 'is expected to cost $3.5 billion').column + 'is expected to cost $3.5 billion'.length,
        exact: 'is expected to cost $3.5 billion',
      },
    });
    expect(report.findings.filter((f) => f.status === 'new').every((f) => f.severity !== 'info')).toBe(true);
  });

  it('shows paths as they open from the working directory', async () => {
    const fromFixtures = await json(['conflict'], fixture());
    const finding = fromFixtures.json.findings.find((f) => f.ruleId === 'value-conflict');
    expect(fromFixtures.json.folder).toBe('conflict');
    expect(finding?.locations.map((l) => l.claim.file)).toEqual(['conflict/claims/gazette.yaml', 'conflict/claims/herald.yaml']);
    expect(finding?.locations.map((l) => l.quote.file)).toEqual(['conflict/sources/gazette.txt', 'conflict/sources/herald.txt']);
  });

  it.each([
    ['error', (report: CheckJson) => (report.findings.some((f) => f.severity === 'error') ? 1 : 0)],
    ['warning', () => 1],
    ['info', (report: CheckJson) => (report.findings.length > 0 ? 1 : 0)],
  ])('--fail-on %s fails only on findings at or above it', async (failOn, expected) => {
    const { code, json: report } = await json(['test/fixtures/cli/conflict', '--fail-on', failOn]);
    expect(code).toBe(expected(report));
    const failing = report.findings.filter((f) => f.fails).map((f) => f.severity);
    const allowed = { error: ['error'], warning: ['error', 'warning'], info: ['error', 'warning', 'info'] }[failOn] ?? [];
    expect(failing.every((s) => allowed.includes(s))).toBe(true);
  });

  it.each([
    [['--max-warnings', '0'], 1, 'one unreviewed warning is over a limit of none'],
    [['--max-warnings', '1'], 0, 'one unreviewed warning is within a limit of one'],
    [['--fail-on', 'error', '--max-warnings', '0'], 1, 'the limit counts warnings even when --fail-on is error'],
    [['--fail-on', 'error'], 0, 'without a limit, --fail-on error lets warnings pass'],
  ])('%j exits %d: %s', async (args, code) => {
    const result = await json(['test/fixtures/cli/conflict', ...args]);
    expect(result.code).toBe(code);
    expect(result.json.counts['unacknowledgedWarnings']).toBe(1);
  });
});

describe('claimtrace check: the baseline', () => {
  it('passes once the findings are acknowledged in the baseline, and fails on a stale entry', async () => {
    const folder = copy('conflict', 'acknowledged');
    const first = (await json([folder])).json;
    const entries = first.findings
      .filter((f) => f.status === 'new')
      .map((f) => `  - id: ${f.id}\n    rule: ${f.ruleId}\n    verdict: real-conflict\n    reason: the two papers disagree\n    reviewedBy: test desk\n`);
    expect(entries.length).toBeGreaterThan(0);
    writeFileSync(join(folder, 'baseline.yaml'), `findings:\n${entries.join('')}`);
    const acknowledged = await runInProcess(['check', folder]);
    expect(acknowledged.stdout).toContain('✔ check passed');
    expect(acknowledged.code).toBe(0);

    writeFileSync(
      join(folder, 'baseline.yaml'),
      `findings:\n${entries.join('')}  - id: value-conflict:000000000000\n    rule: value-conflict\n    verdict: tension\n    reason: gone\n    reviewedBy: test desk\n`,
    );
    const stale = await json([folder]);
    expect(stale.code).toBe(1);
    expect(stale.json.stale).toEqual([expect.objectContaining({ id: 'value-conflict:000000000000', place: { file: join(folder, 'baseline.yaml'), line: 2 + entries.length * 5, column: 5 } })]);
  });

  it('fails on a finding that changed since it was reviewed (fingerprint differs)', async () => {
    const folder = copy('conflict', 'changed');
    const first = (await json([folder])).json;
    const conflict = first.findings.find((f) => f.ruleId === 'value-conflict');
    writeFileSync(
      join(folder, 'baseline.yaml'),
      `findings:\n  - id: ${conflict?.id}\n    rule: value-conflict\n    verdict: real-conflict\n    reason: reviewed before the claims changed\n    reviewedBy: test desk\n    fingerprint: not-the-current-one\n`,
    );
    const result = await json([folder]);
    expect(result.code).toBe(1);
    expect(result.json.findings.find((f) => f.id === conflict?.id)?.status).toBe('changed');
  });
});

describe('claimtrace check: output', () => {
  it.each([
    [true, [], true],
    [true, ['--json'], false],
    [true, ['--quiet'], false],
    [false, [], false],
  ])('on a TTY=%s with %j shows a progress line on stderr: %s', async (tty, extra, shown) => {
    const result = await runInProcess(['check', 'test/fixtures/cli/conflict', ...extra], { tty });
    expect(result.stderr.includes('reconciling 4 claims from 2 sources')).toBe(shown);
    if (shown) expect(result.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('--quiet reports only what fails the check', async () => {
    const folder = copy('conflict', 'quiet');
    withSingleSourceFindings(folder); // info findings below --fail-on, for --quiet to leave out
    const [full, quiet] = await Promise.all([runInProcess(['check', folder]), runInProcess(['check', folder, '--quiet'])]);
    expect(full.stdout).toContain('uncorroborated');
    expect(quiet.stdout).not.toContain('uncorroborated');
    expect(quiet.stdout).toContain('value-conflict');
    expect(quiet.code).toBe(full.code);
  });

  it('--output-file writes the format atomically, nothing to stdout, the same exit code', async () => {
    const out = join(temp, 'reports', 'check.sarif');
    const [toFile, toStdout] = await Promise.all([
      runInProcess(['check', 'test/fixtures/cli/conflict', '--format', 'sarif', '--output-file', out]),
      runInProcess(['check', 'test/fixtures/cli/conflict', '--format', 'sarif']),
    ]);
    expect(toFile.code).toBe(1);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr).toMatch(/wrote .*check\.sarif \(sarif\): check failed/);
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
  });

  it('--output-file into a place it cannot write: exit 2, "cannot write", nothing half-written', async () => {
    const result = await runInProcess(['check', 'test/fixtures/cli/conflict', '--output-file', '/proc/claimtrace-no-such-dir/x.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot write');
  });

  it.each(['stylish', 'json', 'github', 'sarif', 'junit'])('--format %s renders an invalid folder too, with the same exit code', async (format) => {
    const result = await runInProcess(['check', 'test/fixtures/cli/broken-quote', '--format', format]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('gazette.yaml');
    expect(result.stdout).toContain('quote-not-found');
  });

  it('colours stylish output on a terminal, and never in a file', async () => {
    const out = join(temp, 'coloured.txt');
    const terminal = await runInProcess(['check', 'test/fixtures/cli/conflict'], { tty: true });
    expect(terminal.stdout).toContain('\u001b[');
    await runInProcess(['check', 'test/fixtures/cli/conflict', '--output-file', out], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(readFileSync(out, 'utf8')).not.toContain('\u001b[');
  });
});

describe('claimtrace check: which folder', () => {
  it('finds ./claims by itself', async () => {
    expect((await json([], REPO)).json.folder).toBe('claims');
  });

  it.each([
    ['the claims folder', []],
    ['a folder inside it (claims/claims)', ['claims']],
    ['a folder inside it (claims/sources)', ['sources']],
  ])('run inside %s, checks that claims folder', async (_name, below) => {
    const folder = copy('conflict', `inside-${below.join('-') || 'top'}`);
    writeFileSync(join(temp, 'package.json'), '{}\n');
    const result = await json([], join(folder, ...below));
    expect(result.json.counts['claims']).toBe(4);
    // Outside the working directory, a path is shown absolute (as every path the CLI prints).
    expect(result.json.folder).toBe(below.length === 0 ? '.' : folder);
  });

  it('passes the folder init scaffolds', async () => {
    const cwd = mkdtempSync(join(temp, 'init-'));
    expect((await runInProcess(['init'], { cwd })).code).toBe(0);
    const result = await runInProcess(['check'], { cwd });
    expect(result.stdout).toContain('✔ check passed');
    expect(result.code).toBe(0);
  });
});
