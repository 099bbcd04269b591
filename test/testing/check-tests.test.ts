/**
 * `claimsCheckTests` (claimtrace/testing): the consistency check as tests in
 * any runner — one test per finding, named by its id, failing with its
 * claims' places when it is not reviewed; one failing test per error in the
 * folder and per stale baseline entry. Run here with recording hooks, and
 * for real with vitest's own describe/it on the bundled corpus.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { baselineEntryFor } from '../../src/reconcile/baseline.js';
import { type CheckTestHooks, claimsCheckTests } from '../../src/testing/index.js';
import { addAgreeingSource } from '../support/agreeing-source.js';

const REPO = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'claimtrace-check-tests-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Recorded {
  readonly suites: string[];
  readonly tests: { readonly name: string; readonly error: string | undefined }[];
}

/** Hooks that record what is registered and run each test body at once. */
const recorder = (): { hooks: CheckTestHooks; recorded: Recorded } => {
  const recorded: Recorded = { suites: [], tests: [] };
  const hooks: CheckTestHooks = {
    describe: (name, body) => {
      recorded.suites.push(name);
      body();
    },
    it: (name, body) => {
      try {
        body();
        recorded.tests.push({ name, error: undefined });
      } catch (error) {
        recorded.tests.push({ name, error: (error as Error).message });
      }
    },
  };
  return { hooks, recorded };
};

/** A repository (package.json) with the conflict fixture as its claims folder. */
const repository = (name: string): string => {
  const root = join(temp, name);
  cpSync(join(REPO, 'test/fixtures/cli/conflict'), join(root, 'claims'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}\n');
  return root;
};

describe('claimsCheckTests', () => {
  it('registers a test per finding named by its id; an unreviewed one fails with each claim’s file:line:col and quote place', async () => {
    const { hooks, recorded } = recorder();
    const report = await claimsCheckTests('test/fixtures/cli/conflict', hooks, { cwd: REPO });
    expect(recorded.suites).toEqual(['claimtrace check test/fixtures/cli/conflict']);
    expect(recorded.tests.map((t) => [t.name.replace(/[0-9a-f]{12}$/, '…'), t.error === undefined])).toEqual([['value-conflict:…', false]]);
    const error = recorded.tests[0]?.error ?? '';
    expect(error).toMatch(/^warning \[value-conflict\] .*: harbour-gazette-port gives .*\nvalue-conflict:[0-9a-f]{12} \(new: not in the baseline\)\n/);
    expect(error).toContain('cost-gazette at test/fixtures/cli/conflict/claims/gazette.yaml:3:5, quoting “The expansion will cost nearly $2 billion” at test/fixtures/cli/conflict/sources/gazette.txt:6:1');
    expect(error).toContain('cost-herald at test/fixtures/cli/conflict/claims/herald.yaml:3:5');
    expect(error).toMatch(/npx claimtrace baseline accept value-conflict:[0-9a-f]{12} --verdict/);
    expect(report?.verdict).toBe('fail');
  });

  it('registers a failing test per error in the folder, named by its code and place', async () => {
    const { hooks, recorded } = recorder();
    await claimsCheckTests('test/fixtures/cli/broken-quote', hooks, { cwd: REPO });
    expect(recorded.tests.map((t) => t.name)).toEqual(['quote-not-found at test/fixtures/cli/broken-quote/claims/gazette.yaml:12:12']);
    expect(recorded.tests[0]?.error).toMatch(/^test\/fixtures\/cli\/broken-quote\/claims\/gazette\.yaml:12:12: error \[quote-not-found\] .*\nhint: /);
  });

  it('follows the configuration found from the folder (a rule on, a threshold)', async () => {
    const root = repository('configured');
    writeFileSync(join(root, 'claimtrace.config.json'), '{ "rules": { "uncorroborated": "on" }, "failOn": "error" }\n');
    const { hooks, recorded } = recorder();
    await claimsCheckTests('claims', hooks, { cwd: root });
    expect(recorded.tests.map((t) => [t.name.split(':')[0], t.error === undefined])).toEqual([
      ['value-conflict', true],
      ['uncorroborated', true],
      ['uncorroborated', true],
    ]);
  });

  it('passes a finding whose review carries over to new evidence, and fails it with recheckOn new-evidence', async () => {
    const root = repository('carried');
    const first = await claimsCheckTests('claims', recorder().hooks, { cwd: root });
    const finding = first?.items.find((i) => i.kind === 'finding');
    if (finding?.kind !== 'finding') throw new Error('no finding');
    writeFileSync(join(root, 'claims', 'baseline.yaml'), stringify({ findings: [baselineEntryFor(finding.finding, { verdict: 'real-conflict', reason: 'both printed', reviewedBy: 'desk' })] }));
    addAgreeingSource(join(root, 'claims'));
    const passing = recorder();
    expect((await claimsCheckTests('claims', passing.hooks, { cwd: root }))?.verdict).toBe('pass');
    expect(passing.recorded.tests).toEqual([{ name: finding.finding.id, error: undefined }]);
    const strict = recorder();
    await claimsCheckTests('claims', strict.hooks, { cwd: root, recheckOn: 'new-evidence' });
    expect(strict.recorded.tests[0]?.error).toMatch(/\(reviewed, new evidence: .*\)\nreviewed as real-conflict by desk: both printed\n/);
    expect(strict.recorded.tests[0]?.error).toContain('cost-courier at claims/claims/courier.yaml:3:5');
  });

  it('fails one test naming every problem of a broken configuration', async () => {
    const root = repository('broken-config');
    writeFileSync(join(root, 'claimtrace.config.json'), '{ "rulez": {} }\n');
    const { hooks, recorded } = recorder();
    expect(await claimsCheckTests('claims', hooks, { cwd: root })).toBeUndefined();
    expect(recorded.tests).toEqual([{ name: 'the configuration file', error: expect.stringMatching(/^claimtrace\.config\.json:1:3: error \[config-unknown-key\] unknown key "rulez"\n  hint: did you mean "rules"\?$/) }]);
  });
});

// The bundled corpus through vitest's own describe/it: every finding is a passing test here.
const report = await claimsCheckTests('claims', { describe, it }, { cwd: REPO });
describe('claimsCheckTests registered with vitest (the bundled corpus)', () => {
  it('registered one test per finding, and the check passes', () => {
    expect(report?.verdict).toBe('pass');
    expect(report?.counts.findings).toBe(5);
    expect(report?.coverage?.singleSource).toBeGreaterThan(150);
  });
});
