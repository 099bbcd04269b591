/**
 * A claims repository built from the packed tarball, as a newsroom would
 * (test/tools/ci-walkthrough.ts runs every step): its `npm test` passes on
 * the scaffold; a change that breaks a quote and adds a conflicting claim
 * fails it with tests that name the files and lines; the GitHub format
 * annotates the claim files; the SARIF it writes validates against the
 * official schema; `baseline accept` then `check` exits 0; the
 * configuration file switches a rule off and changes a severity. docs/ci.md
 * is this walkthrough's output and must stay current (`npm run docs`).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../cli/built-bin.js';
import { renderCiDoc, runWalkthrough, type Walkthrough, type WalkStep } from '../tools/ci-walkthrough.js';
import { installTarball, packPackage } from './packed.js';

let scratch = '';
let walk: Walkthrough = { steps: [], files: [], sarif: '{}' };

beforeAll(async () => {
  const packed = await packPackage();
  scratch = packed.scratch;
  const project = join(scratch, 'newsroom-claims');
  mkdirSync(project);
  walk = runWalkthrough(project, () => installTarball(packed.tarball, project));
}, 300_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

const step = (id: string): WalkStep => {
  const found = walk.steps.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no step ${id}`);
  return found;
};

describe('a claims repository made from the packed package', () => {
  it('init --with-ci sets npm test up, and npm test passes on the scaffold', () => {
    expect(step('init').code, step('init').output).toBe(0);
    expect(step('init').output).toContain('added test script package.json');
    const test = step('test-scaffold');
    expect(test.code, test.output).toBe(0);
    expect(test.output).toMatch(/claimtrace check claims/);
    expect(test.output).toMatch(/ℹ pass 1\n/);
  });

  it('a broken quote and a new source: npm test fails, naming each problem by code, file and line', () => {
    const test = step('test-errors');
    expect(test.code, test.output).toBe(1);
    expect(test.output).toMatch(/✖ quote-not-found at claims\/claims\/example\.yaml:8:12/);
    expect(test.output).toContain('claims/claims/example.yaml:8:12: error [quote-not-found] the quote "The project will cost around $4 million" does not occur');
    expect(test.output).toMatch(/✖ source-hash-missing at claims\/sources\/gazette\.yaml:1:1/);
    expect(step('check-errors').code).toBe(1);
    expect(step('check-errors').output).toMatch(/^claims\/claims\/example\.yaml\n +8:12 +error +the quote/m);
  });

  it('the conflicting claim: npm test fails with a test named by the finding id, naming both claims’ files and lines and their quotes’ places', () => {
    const test = step('test-conflict');
    expect(test.code, test.output).toBe(1);
    expect(test.output).toMatch(/✖ value-conflict:[0-9a-f]{12} /);
    expect(test.output).toContain('footbridge-cost at claims/claims/example.yaml:4:5, quoting “The project will cost about $4 million” at claims/sources/example.txt:6:1');
    expect(test.output).toContain('footbridge-cost-gazette at claims/claims/gazette.yaml:3:5, quoting “The bridge will cost $9 million” at claims/sources/gazette.txt:5:');
  });

  it('the GitHub format annotates both claim files at their lines, and fails the step', () => {
    const github = step('check-github');
    expect(github.code).toBe(1);
    expect(github.output).toMatch(/^::error file=claims\/claims\/example\.yaml,line=4,col=5,title=claimtrace \[value-conflict\]::/m);
    expect(github.output).toMatch(/^::error file=claims\/claims\/gazette\.yaml,line=3,col=5,title=claimtrace \[value-conflict\]::/m);
  });

  it('baseline accept, then check exits 0 and npm test passes', () => {
    expect(step('accept').code, step('accept').output).toBe(0);
    expect(step('accept').output).toMatch(/claims\/baseline\.yaml: 1 review by Night desk on 2026-01-08\n  accepted value-conflict:/);
    expect(step('check-pass').code, step('check-pass').output).toBe(0);
    expect(step('check-pass').output).toContain('✔ check passed');
    expect(step('test-pass').code, step('test-pass').output).toBe(0);
  });

  it('the configuration file switches rules off and on and changes severities', () => {
    const before = step('check-pass').output;
    const after = step('check-config');
    // single-source values are coverage by default; the configuration turns the opt-in rule on, as warnings
    expect(before).not.toContain('uncorroborated');
    expect(before).toMatch(/coverage: \d+ of \d+ values corroborated/);
    expect(after.output).toMatch(/ warning +.*: only .* uncorroborated\n/);
    expect(after.code).toBe(0);
    const junit = step('check-junit').output;
    expect(junit).toMatch(/<testcase classname="claimtrace rule value-conflict" name="value-conflict:[0-9a-f]{12}" file="claims\/claims\/example\.yaml" line="4">\n +<skipped/);
    const sarif = JSON.parse(walk.sarif) as { runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.runs[0]?.results.filter((r) => r.ruleId === 'value-conflict').map((r) => [r.ruleId, r.level])).toEqual([['value-conflict', 'error']]);
    expect(new Set(sarif.runs[0]?.results.filter((r) => r.ruleId !== 'value-conflict').map((r) => [r.ruleId, r.level].join(' ')))).toEqual(new Set(['uncorroborated warning']));
  });

  it('writes SARIF that validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'test/fixtures/sarif/sarif-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(walk.sarif)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(step('check-sarif').output).toBe('wrote claimtrace.sarif (sarif): check passed\n');
  });

  it('docs/ci.md is this walkthrough, every command with its output (run `npm run docs` when it is stale)', () => {
    expect(readFileSync(join(REPO, 'docs', 'ci.md'), 'utf8')).toBe(renderCiDoc(walk));
  });
});
