/**
 * The walkthrough of docs/ci.md, run for real: a newsroom's claims
 * repository made from the packed package, from `npm init` to a failing
 * pull-request annotation and a reviewed baseline. Each step runs its
 * command in the scratch repository and keeps the output; `renderCiDoc`
 * writes docs/ci.md from the steps, so the page shows every command with
 * its real output. test/package/ci-repository.test.ts runs it, asserts what
 * each step must show, and keeps docs/ci.md current; `npm run docs` writes it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../../src/ingest/content-hash.js';
import { normalizeText } from '../../src/ingest/normalize-text.js';

export interface WalkStep {
  /** A short name the test refers to. */
  readonly id: string;
  /** The command as a person types it. */
  readonly command: string;
  readonly code: number;
  /** stdout and stderr, in that order, normalized (no machine paths or timings). */
  readonly output: string;
}

/** A file the walkthrough writes, as the page shows it. */
export interface WalkFile {
  readonly id: string;
  readonly path: string;
  readonly text: string;
}

export interface Walkthrough {
  readonly steps: readonly WalkStep[];
  readonly files: readonly WalkFile[];
  /** The SARIF log `check --format sarif --output-file` wrote. */
  readonly sarif: string;
}

const GAZETTE_TEXT = normalizeText(
  [
    'Valley Gazette',
    '',
    'Footbridge plan clears council',
    '',
    "Councillors voted on Tuesday to build a footbridge across the river. The bridge will cost $9 million, according to the council's budget papers.",
    '',
  ].join('\n'),
);

/** Machine paths, timings and the like out of an output. */
const normalize = (text: string, project: string): string =>
  text
    .replaceAll(project, '/home/desk/newsroom-claims')
    .replace(/\(\d+(\.\d+)?ms\)/g, '(…ms)')
    .replace(/(node_modules\/claimtrace\/dist\/[\w.-]+\.js):\d+:\d+/g, '$1:…')
    .replace(/duration_ms:? [\d.]+/g, 'duration_ms …')
    .replace(/\r\n/g, '\n')
    .replace(/\s+$/, '\n');

/**
 * Run the walkthrough in `project` (an empty folder); `install` puts the
 * packed package into its node_modules (what `npm install --save-dev
 * claimtrace` does), after `npm init`.
 */
export const runWalkthrough = (project: string, install: () => void): Walkthrough => {
  const steps: WalkStep[] = [];
  const files: WalkFile[] = [];
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', CI: undefined, GITHUB_ACTIONS: undefined, GITHUB_WORKSPACE: undefined };
  delete env['FORCE_COLOR'];
  delete env['NODE_OPTIONS'];
  delete env['VITEST'];
  delete env['VITEST_WORKER_ID'];
  delete env['VITEST_POOL_ID'];
  delete env['NODE_ENV'];
  const run = (id: string, command: string): WalkStep => {
    const [program = '', ...args] = command.match(/"[^"]*"|\S+/g)?.map((a) => a.replace(/^"(.*)"$/, '$1')) ?? [];
    const result = spawnSync(program, args, { cwd: project, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 120_000 });
    const step = { id, command, code: result.status ?? -1, output: normalize(`${result.stdout}${result.stderr}`, project) };
    steps.push(step);
    return step;
  };
  const write = (id: string, path: string, text: string): void => {
    writeFileSync(join(project, path), text);
    files.push({ id, path, text });
  };
  const edit = (id: string, path: string, from: string, to: string): void => {
    const text = readFileSync(join(project, path), 'utf8');
    if (!text.includes(from)) throw new Error(`${path} has no "${from}"`);
    write(id, path, text.replace(from, to));
  };

  run('npm-init', 'npm init -y');
  install();
  run('init', 'npx claimtrace init --with-ci');
  run('test-scaffold', 'npm test');

  // A reporter adds a second paper's figure, and mistypes a quote of the first.
  write('gazette-text', 'claims/sources/gazette.txt', GAZETTE_TEXT);
  write(
    'gazette-meta',
    'claims/sources/gazette.yaml',
    ['id: valley-gazette-footbridge', 'text: gazette.txt', 'title: Footbridge plan clears council', 'publisher: Valley Gazette', 'language: en', 'publishedAt: { date: 2026-01-07 }', ''].join('\n'),
  );
  write(
    'gazette-claims',
    'claims/claims/gazette.yaml',
    ['source: valley-gazette-footbridge', 'claims:', '  - id: footbridge-cost-gazette', '    subject: the footbridge', '    predicate: cost', '    value: { quantity: "$9 million" }', '    quote: "The bridge will cost $9 million"', ''].join('\n'),
  );
  edit('typo', 'claims/claims/example.yaml', 'quote: "The project will cost about $4 million"', 'quote: "The project will cost around $4 million"');
  run('test-errors', 'npm test');
  run('check-errors', 'npx claimtrace check');

  // Both fixed: the hash the message gives, the quote as the source words it.
  edit('hash', 'claims/sources/gazette.yaml', 'publishedAt: { date: 2026-01-07 }\n', `publishedAt: { date: 2026-01-07 }\ncontentHash: ${contentHash(GAZETTE_TEXT)}\n`);
  edit('fix', 'claims/claims/example.yaml', 'quote: "The project will cost around $4 million"', 'quote: "The project will cost about $4 million"');
  run('test-conflict', 'npm test');
  const github = run('check-github', 'npx claimtrace check --format github');
  const id = /value-conflict:[0-9a-f]{12}/.exec(github.output)?.[0] ?? 'value-conflict:?';
  run('explain', `npx claimtrace explain ${id}`);
  run('status-new', 'npx claimtrace baseline status');
  run(
    'accept',
    `npx claimtrace baseline accept ${id} --verdict real-conflict --reason "The Courier quotes the mayor (about 4 million), the Gazette the budget papers (9 million); both stand as reported." --by "Night desk" --date 2026-01-08`,
  );
  run('check-pass', 'npx claimtrace check');
  run('test-pass', 'npm test');

  write(
    'config',
    'claimtrace.config.json',
    `${JSON.stringify({ $schema: './node_modules/claimtrace/dist/schema/config-file.schema.json', rules: { 'name-variant': 'off', 'value-conflict': 'error', uncorroborated: 'warning' }, failOn: 'error' }, null, 2)}\n`,
  );
  run('check-config', 'npx claimtrace check');
  run('check-sarif', 'npx claimtrace check --format sarif --output-file claimtrace.sarif');
  run('check-junit', 'npx claimtrace check --format junit');
  return { steps, files, sarif: readFileSync(join(project, 'claimtrace.sarif'), 'utf8') };
};

const block = (step: WalkStep): string => `\`\`\`console\n$ ${step.command}\n${step.output.trimEnd()}\n\`\`\`\n\nExit code ${step.code}.\n`;
const fileBlock = (file: WalkFile, language = 'yaml'): string => `\`${file.path}\`:\n\n\`\`\`${language}\n${file.text.trimEnd()}\n\`\`\`\n`;

/** docs/ci.md from a walkthrough. */
export const renderCiDoc = (walk: Walkthrough): string => {
  const step = (id: string): string => {
    const found = walk.steps.find((s) => s.id === id);
    if (found === undefined) throw new Error(`no step ${id}`);
    return block(found);
  };
  const file = (id: string, language?: string): string => {
    const found = walk.files.find((f) => f.id === id);
    if (found === undefined) throw new Error(`no file ${id}`);
    return fileBlock(found, language);
  };
  const sarif = JSON.parse(walk.sarif) as { runs: { results: unknown[] }[] };
  return `# From zero to a failing pull-request annotation

<!-- generated by \`npm run docs\` from test/tools/ci-walkthrough.ts, which runs every command below in a
     scratch repository with the packed package; test/package/ci-repository.test.ts keeps it current -->

A newsroom keeps its claims in a repository: every claim quotes the exact words of its source, and
the repository's CI fails when a quote no longer matches its source, when a source's text changed
without review, or when two sources disagree and nobody has reviewed it. This page builds such a
repository from nothing, with every command's real output (paths shortened to
\`/home/desk/newsroom-claims\`, timings to \`…\`). The commands are those of \`claimtrace\` and npm;
[cli.md](cli.md) documents every option.

## 1. A repository with claimtrace

\`\`\`console
$ mkdir newsroom-claims && cd newsroom-claims && git init
$ npm init -y
$ npm install --save-dev claimtrace
\`\`\`

(\`npm install\` prints npm's own summary; it adds claimtrace to \`devDependencies\`.)

${step('npm-init')}
\`claimtrace init --with-ci\` writes a claims folder that passes the check, a test file that runs the
check as tests (\`claimsCheckTests\` from \`claimtrace/testing\`, with Node's own test runner, so the
repository needs no other dev dependency), a \`test\` script in package.json (npm's placeholder is
replaced; a test script of your own is kept, and the command says what to add to it), and a GitHub
Actions workflow:

${step('init')}
The workflow (\`.github/workflows/claims.yml\`) checks out the repository, runs \`npm ci\`, then
\`npx claimtrace check claims --format github\` — which prints each problem as a workflow command, so
GitHub shows it as an annotation on the pull request at its file and line — and \`npm test\`.
Commit \`package-lock.json\`: \`npm ci\` needs it.

${step('test-scaffold')}
Each finding is a test named by its id. The example has none: its one claim rests on a single
source, which is coverage (counted by \`claimtrace check\`, listed in the report), not a finding
and nothing to review, so the helper registers one passing test for the folder.

## 2. A pull request that breaks a quote and adds a conflicting claim

A reporter adds the Valley Gazette's article and its figure for the footbridge, and in passing
mistypes a quote of the Courier's claim ("around" for "about"):

${file('gazette-text', 'text')}
${file('gazette-meta')}
${file('gazette-claims')}
${step('test-errors')}
Each problem is a failing test named by its code and place: the quote that no longer occurs in its
source (with the closest passage and where it is), and the new source without a content hash (the
hint gives the hash of the text as it is now). The same in claimtrace's own format:

${step('check-errors')}
The rules do not run while the folder has errors (findings over a half-loaded folder would
mislead). Fixing both — the quote as the source words it, and \`contentHash:\` from the hint —
shows the disagreement:

${step('test-conflict')}
The failing test names the finding by its id and gives, for each claim, where it is written
(\`claims/claims/example.yaml:4:5\`) and where its quote is in the source
(\`claims/sources/example.txt:6:1\`, with the offsets). On GitHub, the workflow's check step prints:

${step('check-github')}
Each \`::error\` line becomes an annotation on the pull request, once in every claim file the
finding has a claim in — so the file the pull request changed carries it — and the job fails.

## 3. Review, and record the review

\`claimtrace explain\` shows the finding in full:

${step('explain')}
${step('status-new')}
The desk decides both figures stand as reported (the Courier quotes the mayor, the Gazette the
budget papers) and records that, with the reason, in \`claims/baseline.yaml\`:

${step('accept')}
${step('check-pass')}
${step('test-pass')}
The entry keeps the verdict, the reason, who reviewed it and when, and the finding's fingerprint:
when the evidence changes, the finding is reported again as changed since its review.
\`claimtrace baseline prune\` removes entries whose finding has gone; \`claimtrace baseline status\`
lists where everything stands.

## 4. The configuration file

\`claimtrace.config.json\` (or \`.mjs\`), found from the claims folder upward to the repository's
root, sets rules off, their severity and options, plugin rules, the failing threshold and ignored
files; \`$schema\` lets an editor complete and check it:

${file('config', 'json')}
${step('check-config')}
\`name-variant\` is off; the reviewed conflict is an error (it stays reviewed: a review is of the
finding, whatever its severity); and the opt-in \`uncorroborated\` rule is on, at \`warning\`:
values only one independent source gives — by default coverage, counted in the closing line and
listed in the report, not findings — are each a warning now, below \`failOn: error\`, so they are
listed but do not fail. An unknown key, rule id or rule option is an error at its line, naming
the closest one (exit 2).

## 5. Other CI systems

SARIF 2.1.0 for GitHub code scanning and other dashboards (rule metadata, every claim and quote as
a location, \`partialFingerprints\` from the finding ids, reviews as suppressions):

${step('check-sarif')}
The log here has ${sarif.runs[0]?.results.length ?? 0} result${sarif.runs[0]?.results.length === 1 ? '' : 's'} (the reviewed conflict, as a suppressed result); uncomment the two steps at the end of the workflow to
upload it. JUnit XML, for dashboards that show tests:

${step('check-junit')}`;
};
