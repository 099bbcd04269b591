/**
 * `claimtrace init [dir] [--with-ci]`: scaffold a claims folder with one
 * source and one claim that pass `claimtrace check`; with `--with-ci`, also
 * make the working directory a claims repository whose `npm test` and
 * GitHub Actions run the check (`ci-scaffold.ts`). Never overwrites a file
 * it writes whole; package.json only gains a test script (when it has none)
 * and claimtrace as a dev dependency.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { CliError } from '../cli-error.js';
import { writeText } from '../cli-io.js';
import { type Command, flag } from '../command.js';
import { CI_TEST_FILE, CI_TEST_SCRIPT, CI_WORKFLOW_FILE, ciTestFile, ciWorkflow, withCiScripts } from '../ci-scaffold.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../exit-codes.js';
import { scaffoldFiles } from '../scaffold.js';
import { writeOutputFile } from '../write-output.js';

interface Planned {
  /** Absolute path. */
  readonly path: string;
  /** As shown (relative to the working directory). */
  readonly shown: string;
  readonly content: string;
  /** `create`: a new file, never overwriting; `update`: package.json, rewritten atomically. */
  readonly mode: 'create' | 'update';
  readonly note?: string;
}

const show = (cwd: string, path: string): string => relative(cwd, path) || '.';

export const initCommand: Command = {
  name: 'init',
  summary: 'scaffold a claims folder; with --with-ci, a test script and a GitHub Actions workflow too',
  usage: ['claimtrace init [dir] [--with-ci] [--json]'],
  description: [
    'Writes predicates.yaml, entities.yaml, sources/example.{yaml,txt}, claims/example.yaml and',
    'baseline.yaml into [dir] (default: ./claims). Refuses to overwrite existing files.',
    `--with-ci also writes, in the working directory (the repository's root): ${CI_TEST_FILE} (the check`,
    `as tests, run by \`${CI_TEST_SCRIPT}\`), ${CI_WORKFLOW_FILE} (annotations on pull requests, then npm test),`,
    'and package.json with a test script and claimtrace as a dev dependency (created, or updated when it has',
    'no test script; another test script is kept and the command says what to add).',
    'Exit: 0 written; 1 package.json is not valid JSON; 2 a file already exists or cannot be written.',
  ].join('\n'),
  options: { 'with-ci': { type: 'boolean' }, json: { type: 'boolean' } },
  optionHelp: { 'with-ci': 'also write a test script, a test file and a GitHub Actions workflow', json: 'list what was written as JSON' },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, { io, out }) => {
    const folder = resolve(io.cwd, positionals[0] ?? 'claims');
    const planned: Planned[] = scaffoldFiles().map((f) => ({ path: join(folder, f.path), shown: show(io.cwd, join(folder, f.path)), content: f.content, mode: 'create' }));
    const notes: string[] = [];
    if (flag(values, 'with-ci')) {
      const fromRoot = relative(io.cwd, folder).split(sep).join('/') || '.';
      planned.push(
        { path: join(io.cwd, CI_TEST_FILE), shown: CI_TEST_FILE, content: ciTestFile(fromRoot), mode: 'create' },
        { path: join(io.cwd, CI_WORKFLOW_FILE), shown: CI_WORKFLOW_FILE, content: ciWorkflow(fromRoot), mode: 'create' },
      );
      const packagePath = join(io.cwd, 'package.json');
      const existing = existsSync(packagePath) ? readFileSync(packagePath, 'utf8') : undefined;
      let scripts: ReturnType<typeof withCiScripts>;
      try {
        scripts = withCiScripts(existing, basename(io.cwd));
      } catch (error) {
        throw new CliError(`package.json is not valid JSON: ${(error as Error).message}; nothing was written`, { exitCode: EXIT_PROBLEMS });
      }
      if (scripts.change === 'kept test script') {
        notes.push(`package.json already has a test script; add \`${CI_TEST_SCRIPT} ${CI_TEST_FILE}\` to it to run the check with npm test`);
      }
      planned.push({ path: packagePath, shown: 'package.json', content: scripts.text, mode: 'update', note: scripts.change });
    }
    const existing = planned.filter((f) => f.mode === 'create' && existsSync(f.path)).map((f) => f.shown);
    if (existing.length > 0) {
      throw new CliError(`${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written`, {
        hint: 'choose an empty folder: claimtrace init <dir>',
      });
    }
    for (const file of planned) {
      writeOutputFile(file.path, file.content, file.shown, file.mode === 'create' ? { createOnly: true } : {});
    }
    const shownFolder = show(io.cwd, folder);
    if (flag(values, 'json')) {
      io.stdout.write(`${JSON.stringify({ folder: shownFolder, files: planned.map((f) => ({ path: f.shown, change: f.note ?? 'created' })), notes }, null, 2)}\n`);
      return EXIT_OK;
    }
    const lines = planned.map((f) => `${out.green(f.note ?? 'created')} ${f.shown}`);
    for (const note of notes) io.stderr.write(`note: ${note}\n`);
    lines.push('', `Next: claimtrace check ${shownFolder}${flag(values, 'with-ci') ? '  (and npm test)' : ''}`);
    writeText(io.stdout, `${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
