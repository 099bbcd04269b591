import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CI_TEST_FILE, CI_WORKFLOW_FILE } from '../../src/cli/ci-scaffold.js';
import { scaffoldFiles } from '../../src/cli/scaffold.js';
import { contentHash } from '../../src/ingest/content-hash.js';
import { ensureBuilt, runBin } from './built-bin.js';

const temp = mkdtempSync(join(tmpdir(), 'claimtrace-init-'));

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('claimtrace init [dir]', () => {
  it('writes the scaffold and names every file it created', () => {
    const result = runBin(['init', 'my-claims'], { cwd: temp });
    expect(result.code).toBe(0);
    for (const file of scaffoldFiles()) {
      expect(readFileSync(join(temp, 'my-claims', file.path), 'utf8')).toBe(file.content);
      expect(result.stdout).toContain(join('my-claims', file.path));
    }
  });

  it('defaults to ./claims', () => {
    const cwd = mkdtempSync(join(temp, 'default-'));
    expect(runBin(['init'], { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, 'claims', 'predicates.yaml'))).toBe(true);
  });

  it('refuses to overwrite and writes nothing', () => {
    const result = runBin(['init', 'my-claims'], { cwd: temp });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/my-claims already has .*predicates\.yaml.*; nothing was written/);
  });

  it('records the real content hash of the example text', () => {
    const files = new Map(scaffoldFiles().map((f) => [f.path, f.content]));
    expect(files.get('sources/example.yaml')).toContain(`contentHash: ${contentHash(files.get('sources/example.txt') ?? '')}`);
  });
});

describe('claimtrace init: the example and --bare', () => {
  const inProcess = async (args: readonly string[], cwd: string) => {
    const { runInProcess } = await import('./memory-io.js');
    return runInProcess(['init', ...args], { cwd });
  };

  it.each([
    ['the example', [] as string[], ['baseline.yaml', 'claims/example.yaml', 'entities.yaml', 'predicates.yaml', 'sources/example.txt', 'sources/example.yaml'], ['claims/example.yaml', 'sources/example.txt', 'sources/example.yaml'], 1],
    ['--bare', ['--bare'], ['baseline.yaml', 'entities.yaml', 'predicates.yaml'], [] as string[], 0],
  ])('%s: writes its files, names the example files, and check passes with the claims it has', async (_name, args, written, examples, claims) => {
    const cwd = mkdtempSync(join(temp, 'bare-'));
    const result = await inProcess(['desk', ...args, '--json'], cwd);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { files: { path: string }[]; examples: string[] };
    expect(json.files.map((f) => f.path)).toEqual(written.map((f) => join('desk', f)));
    expect(json.examples).toEqual(examples.map((f) => join('desk', f)));
    expect(scaffoldFiles({ bare: args.includes('--bare') }).filter((f) => f.example === true).map((f) => f.path)).toEqual(examples);
    const { runInProcess } = await import('./memory-io.js');
    const check = await runInProcess(['check', 'desk', '--json'], { cwd });
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as { counts: { claims: number } }).counts.claims).toBe(claims);
  });

  it('says which files are the example and how to start without it', async () => {
    const cwd = mkdtempSync(join(temp, 'bare-'));
    const result = await inProcess(['desk'], cwd);
    expect(result.stdout).toContain(`Example files: ${join('desk', 'claims/example.yaml')}, ${join('desk', 'sources/example.txt')}, ${join('desk', 'sources/example.yaml')}`);
    expect(result.stdout).toContain('claimtrace init --bare');
    const bare = await inProcess(['other', '--bare'], cwd);
    expect(bare.stdout).not.toContain('Example files');
    expect(bare.stdout).toContain('Next: claimtrace add <saved page> --into other');
  });

  it('--bare leaves empty tables, each with a commented entry that reads as one when uncommented', () => {
    for (const file of scaffoldFiles({ bare: true }).filter((f) => f.path !== 'baseline.yaml')) {
      const key = file.path.replace('.yaml', '');
      expect(parse(file.content)).toEqual({ [key]: [] });
      const entry = file.content
        .split('\n')
        .filter((line) => line.startsWith('#  '))
        .map((line) => line.slice(1).replace(/ {2,}#.*$/, ''))
        .join('\n');
      const uncommented = parse(`${key}:\n${entry}`) as Record<string, Record<string, unknown>[]>;
      expect(uncommented[key]?.[0]).toMatchObject({ id: expect.any(String) });
    }
  });
});

describe('claimtrace init --with-ci', () => {
  const inProcess = async (args: readonly string[], cwd: string) => {
    const { runInProcess } = await import('./memory-io.js');
    return runInProcess(['init', ...args], { cwd });
  };

  it('makes a repository whose npm test and GitHub Actions run the check', async () => {
    const cwd = mkdtempSync(join(temp, 'ci-'));
    const result = await inProcess(['--with-ci'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`created ${CI_TEST_FILE}`);
    expect(result.stdout).toContain(`created ${CI_WORKFLOW_FILE}`);
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string>; private: boolean };
    expect(pkg).toMatchObject({ private: true, scripts: { test: 'node --test --test-reporter=spec' }, devDependencies: { claimtrace: expect.stringMatching(/^\^\d+\.\d+\.\d+/) } });
    expect(readFileSync(join(cwd, CI_TEST_FILE), 'utf8')).toContain("await claimsCheckTests(\"claims\", { describe, it });");
    const workflow = parse(readFileSync(join(cwd, CI_WORKFLOW_FILE), 'utf8')) as { on: Record<string, unknown>; jobs: { check: { steps: { run?: string; uses?: string }[] } } };
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    expect(workflow.jobs.check.steps.map((s) => s.run ?? s.uses)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'npm ci', 'npx claimtrace check claims --format github', 'npm test']);
  });

  it.each([
    ['npm init’s placeholder test script', { name: 'desk', scripts: { test: 'echo "Error: no test specified" && exit 1' } }, 'node --test --test-reporter=spec', 'added test script', ''],
    ['no scripts at all', { name: 'desk' }, 'node --test --test-reporter=spec', 'added test script', ''],
    ['a test script of its own (kept, with a note)', { name: 'desk', scripts: { test: 'vitest run' } }, 'vitest run', 'kept test script', 'note: package.json already has a test script; add `node --test --test-reporter=spec claims.test.mjs`'],
  ])('updates a package.json with %s', async (_name, existing, script, change, note) => {
    const cwd = mkdtempSync(join(temp, 'pkg-'));
    writeFileSync(join(cwd, 'package.json'), `${JSON.stringify({ ...existing, devDependencies: { typescript: '5.9.3' } }, null, 4)}\n`);
    const result = await inProcess(['--with-ci'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${change} package.json`);
    expect(result.stderr).toContain(note);
    const text = readFileSync(join(cwd, 'package.json'), 'utf8');
    expect(text).toMatch(/^\{\n {4}"name": "desk"/);
    const pkg = JSON.parse(text) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts['test']).toBe(script);
    expect(Object.keys(pkg.devDependencies)).toEqual(['typescript', 'claimtrace']);
  });

  it('refuses a package.json that is not JSON (exit 1), and an existing test file (exit 2), writing nothing', async () => {
    const broken = mkdtempSync(join(temp, 'broken-'));
    writeFileSync(join(broken, 'package.json'), '{ "name": ');
    const result = await inProcess(['--with-ci'], broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('package.json is not valid JSON');
    expect(existsSync(join(broken, 'claims'))).toBe(false);

    const taken = mkdtempSync(join(temp, 'taken-'));
    writeFileSync(join(taken, CI_TEST_FILE), '// mine\n');
    const refused = await inProcess(['--with-ci'], taken);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${CI_TEST_FILE} already exists; nothing was written`);
    expect(existsSync(join(taken, 'claims'))).toBe(false);
    expect(existsSync(join(taken, 'package.json'))).toBe(false);
  });

  it('lists what it wrote as JSON with --json', async () => {
    const cwd = mkdtempSync(join(temp, 'json-'));
    const result = await inProcess(['newsroom', '--with-ci', '--json'], cwd);
    const json = JSON.parse(result.stdout) as { folder: string; files: { path: string; change: string }[] };
    expect(json.folder).toBe('newsroom');
    expect(json.files.map((f) => f.path)).toEqual([...scaffoldFiles().map((f) => join('newsroom', f.path)), CI_TEST_FILE, CI_WORKFLOW_FILE, 'package.json']);
    expect(readFileSync(join(cwd, CI_TEST_FILE), 'utf8')).toContain('claimsCheckTests("newsroom"');
  });
});
