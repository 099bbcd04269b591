/**
 * The configuration file at the command line: found from the claims folder,
 * it switches rules off, changes their severity, sets the failing threshold,
 * brings plugin rules and leaves files out; a broken one is a usage error
 * (exit 2) that names each problem's line and column on stderr.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, runBinAsync } from './built-bin.js';
import { runInProcess } from './memory-io.js';

interface CheckJson {
  verdict: string;
  findings: { id: string; ruleId: string; severity: string; status: string; fails: boolean; message: string }[];
  counts: Record<string, number>;
}

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-cli-config-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
/** A repository with the conflict fixture as `claims/` and the files given. */
const repository = (files: Record<string, string>): string => {
  const root = join(temp, `repo${++count}`);
  cpSync(fixture('conflict'), join(root, 'claims'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "newsroom-claims", "private": true }\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
};

const check = async (root: string, args: readonly string[] = []): Promise<{ code: number; json: CheckJson }> => {
  const result = await runInProcess(['check', ...args, '--json'], { cwd: root });
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson };
};

describe('claimtrace check with a configuration file', () => {
  it('switches a rule off and changes another’s severity', async () => {
    const without = await check(repository({}));
    expect(without.json.findings.map((f) => [f.ruleId, f.severity])).toEqual([['value-conflict', 'warning']]);
    const root = repository({ 'claimtrace.config.json': JSON.stringify({ rules: { 'value-conflict': 'off', uncorroborated: 'warning' } }, null, 2) });
    const configured = await check(root);
    // value-conflict off; the opt-in uncorroborated on, each single-source value a warning instead of an info
    expect(configured.json.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['uncorroborated', 'warning'],
      ['uncorroborated', 'warning'],
    ]);
    expect(configured.code).toBe(1);
    const severity = await check(repository({ 'claimtrace.config.json': JSON.stringify({ rules: { 'value-conflict': 'error' } }) }));
    expect(severity.json.findings.map((f) => [f.ruleId, f.severity])).toEqual([['value-conflict', 'error']]);
  });

  it('sets the failing threshold (failOn), and --fail-on overrides it', async () => {
    const root = repository({ 'claimtrace.config.json': '{ "failOn": "error" }\n' });
    expect((await check(root)).code).toBe(0);
    expect((await check(root, ['--fail-on', 'warning'])).code).toBe(1);
  });

  it('tolerates warnings up to maxWarnings, and --max-warnings overrides it', async () => {
    const root = repository({ 'claimtrace.config.json': '{ "maxWarnings": 1 }\n' });
    expect((await check(root)).code).toBe(0);
    expect((await check(root, ['--max-warnings', '0'])).code).toBe(1);
  });

  it('leaves out the files its ignore globs match', async () => {
    const root = repository({ 'claimtrace.config.json': '{ "ignore": ["claims/claims/herald.yaml"] }\n' });
    const result = await check(root);
    expect(result.json.counts['claims']).toBe(2);
    expect(result.json.counts['ignoredFiles']).toBe(1);
    expect(result.json.findings.some((f) => f.ruleId === 'value-conflict')).toBe(false);
  });

  it('runs a plugin’s rules, set by their id, beside the built-in ones', async () => {
    const rule = `{
      id: 'house:unattributed-cost',
      meta: {
        description: 'A cost with nobody named for it.', docs: 'Reports cost claims without attribution.', contested: false,
        url: 'https://newsroom.example/house-rules#unattributed-cost', examples: [],
        kinds: { unattributed: { severity: 'info', description: 'a cost without attribution' } },
        options: { safeParse: (value) => ({ success: true, data: value }) },
      },
      check: (context) => context.groups
        .filter((group) => group.predicate === 'cost')
        .flatMap((group) => group.claims.filter((c) => context.claim(c.claimId).attribution?.speaker === undefined))
        .map((c) => ({ kind: 'unattributed', message: \`nobody is named for the cost in \${c.claimId}\`, sides: [{ label: c.claimId, claims: [context.findingClaim(c)] }] })),
    }`;
    const root = repository({
      'house-rules/index.mjs': `export const rules = [${rule}];\n`,
      'claimtrace.config.json': JSON.stringify({ plugins: ['./house-rules/index.mjs'], rules: { 'house:unattributed-cost': 'error', uncorroborated: 'off' } }),
    });
    const result = await check(root);
    expect(result.json.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['house:unattributed-cost', 'error', 'nobody is named for the cost in cost-herald'],
      ['value-conflict', 'warning', expect.any(String)],
    ]);
  });

  it('runs a plugin from the built bin as in process, with and without the bin’s code cache (the bundle imports through the bin)', async () => {
    await ensureBuilt();
    const root = repository({
      'house-rules/index.mjs': `export const rules = { a: { id: 'house:a', meta: { description: 'a', docs: 'a', contested: false, url: 'https://example.org/a', examples: [], kinds: { a: { severity: 'info', description: 'a' } }, options: { safeParse: (value) => ({ success: true, data: value }) } }, check: () => [] } };\n`,
      'claimtrace.config.mjs': `export default { plugins: ['./house-rules/index.mjs'], rules: { 'house:a': 'warning' } };\n`,
    });
    const inProcess = await runInProcess(['check', '--json'], { cwd: root });
    expect(inProcess.stderr).toBe('');
    for (const env of [{ NODE_DISABLE_COMPILE_CACHE: '1' }, { NODE_DISABLE_COMPILE_CACHE: '' }, { NODE_DISABLE_COMPILE_CACHE: '' }]) {
      const bin = await runBinAsync(['check', '--json'], { cwd: root, env });
      expect({ code: bin.code, stdout: bin.stdout, stderr: bin.stderr }).toEqual({ code: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr });
    }
  });

  it('takes --config <file> instead of the one it would find', async () => {
    const root = repository({ 'claimtrace.config.json': '{ "failOn": "error" }\n', 'ci/strict.json': '{ "failOn": "info" }\n' });
    expect((await check(root)).code).toBe(0);
    expect((await check(root, ['--config', 'ci/strict.json'])).code).toBe(1);
  });

  it('a broken configuration: exit 2, each problem at its line on stderr, nothing on stdout', async () => {
    const root = repository({ 'claimtrace.config.json': '{\n  "rules": {\n    "uncorroborated": "of"\n  },\n  "failon": "error"\n}\n' });
    const result = await runInProcess(['check'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^claimtrace\.config\.json:3:23: error \[config-invalid\] rules\.uncorroborated: /m);
    expect(result.stderr).toMatch(/^claimtrace\.config\.json:5:3: error \[config-unknown-key\] unknown key "failon"\n  hint: did you mean "failOn"\?$/m);
    expect(result.stderr).toMatch(/^error: the configuration has 2 problems; nothing was checked$/m);
  });

  it.each([['summary'], ['report', '--out', 'docs'], ['explain', 'value-conflict'], ['baseline', 'status'], ['export', '--format', 'prov']])(
    '%s reads the same configuration',
    async (...args) => {
      const root = repository({ 'claimtrace.config.json': '{ "rules": { "no-such-rule": "off" } }\n' });
      const result = await runInProcess(args, { cwd: root });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('claimtrace.config.json:1:14: error [unknown-rule] no rule has the id "no-such-rule"');
    },
  );
});
