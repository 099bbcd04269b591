/**
 * What `claimtrace init --with-ci` adds to a repository, beside the claims
 * folder: a test file that turns the consistency check into tests
 * (`claimsCheckTests` from `claimtrace/testing`, run by Node's own test
 * runner, so the repository needs no other dev dependency), a `test` script
 * in package.json, and a GitHub Actions workflow that annotates pull
 * requests (`claimtrace check --format github`) and runs `npm test`. Pure:
 * paths and contents; the command writes them.
 */
import { TOOL } from '../formats/tool.js';

/** The test file, at the repository's root. */
export const CI_TEST_FILE = 'claims.test.mjs';
/** The workflow file. */
export const CI_WORKFLOW_FILE = '.github/workflows/claims.yml';
/** The `test` script it sets. */
export const CI_TEST_SCRIPT = 'node --test --test-reporter=spec';
/** The placeholder `npm init` writes, which the script may replace. */
const NPM_PLACEHOLDER = /^echo "Error: no test specified" && exit 1$/;

/** The test file for the claims folder `folder` (relative to the repository's root, `/`-separated). */
export const ciTestFile = (folder: string): string =>
  [
    '// The consistency check of the claims as tests (`npm test`): one failing test per new finding,',
    '// named by its id, with the files and lines of its claims and quotes; one per error in the folder.',
    '// Written by `claimtrace init --with-ci`; see docs/ci.md of claimtrace.',
    "import { describe, it } from 'node:test';",
    "import { claimsCheckTests } from 'claimtrace/testing';",
    '',
    `await claimsCheckTests(${JSON.stringify(folder)}, { describe, it });`,
    '',
  ].join('\n');

/** The GitHub Actions workflow for the claims folder `folder`. */
export const ciWorkflow = (folder: string): string =>
  [
    '# Check the claims on every push and pull request: problems become annotations on the',
    '# pull request at their file and line; the job fails on findings nobody has reviewed.',
    '# Written by `claimtrace init --with-ci`.',
    'name: claims',
    'on:',
    '  push:',
    '  pull_request:',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  check:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '          cache: npm',
    '      - run: npm ci',
    '      - name: Check the claims (annotates the pull request)',
    `        run: npx claimtrace check ${folder} --format github`,
    '      - name: npm test',
    '        run: npm test',
    '      # For GitHub code scanning as well, add `security-events: write` to permissions and:',
    `      # - run: npx claimtrace check ${folder} --format sarif --output-file claimtrace.sarif`,
    '      #   if: always()',
    '      # - uses: github/codeql-action/upload-sarif@v3',
    '      #   if: always()',
    '      #   with:',
    '      #     sarif_file: claimtrace.sarif',
    '',
  ].join('\n');

/** A package name from a folder name (npm's rules: lower case, URL-safe). */
const packageName = (folder: string): string => folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|-+$/g, '') || 'claims';

/** What happened to package.json. */
export type PackageJsonChange = 'created' | 'added test script' | 'kept test script';

/**
 * package.json with the test script and claimtrace as a dev dependency:
 * created when there is none; a missing test script (or npm's placeholder)
 * is set; another test script is kept (the caller says how to add ours).
 *
 * @example
 * withCiScripts(undefined, 'newsroom-claims') // { text: '{ "name": "newsroom-claims", … }', change: 'created' }
 */
export const withCiScripts = (existing: string | undefined, folderName: string): { readonly text: string; readonly change: PackageJsonChange } => {
  if (existing === undefined) {
    const created = {
      name: packageName(folderName),
      version: '0.0.0',
      private: true,
      description: 'Claims checked against their sources with claimtrace',
      scripts: { test: CI_TEST_SCRIPT, check: 'claimtrace check' },
      devDependencies: { claimtrace: `^${TOOL.version}` },
    };
    return { text: `${JSON.stringify(created, null, 2)}\n`, change: 'created' };
  }
  const parsed = JSON.parse(existing) as Record<string, unknown>;
  const indent = /^(\s+)"/m.exec(existing)?.[1] ?? '  ';
  const scripts = { ...((parsed['scripts'] as Record<string, string> | undefined) ?? {}) };
  const current = scripts['test'];
  const keep = current !== undefined && !NPM_PLACEHOLDER.test(current.trim());
  if (!keep) scripts['test'] = CI_TEST_SCRIPT;
  const dev = { ...((parsed['devDependencies'] as Record<string, string> | undefined) ?? {}) };
  const deps = (parsed['dependencies'] as Record<string, string> | undefined) ?? {};
  if (dev['claimtrace'] === undefined && deps['claimtrace'] === undefined) dev['claimtrace'] = `^${TOOL.version}`;
  const next = { ...parsed, scripts, devDependencies: dev };
  return { text: `${JSON.stringify(next, null, indent)}\n`, change: keep ? 'kept test script' : 'added test script' };
};
