/**
 * `claimtrace init [dir] [--bare] [--with-ci]`: scaffold a claims folder
 * with one example source and claim that pass `claimtrace check` (it names
 * the example files and how to remove them), or with `--bare` none (empty
 * vocabulary and alias tables); with `--with-ci`, also
 * make the working directory a claims repository whose `npm test` and
 * GitHub Actions run the check (`ci-scaffold.ts`). Never overwrites a file it
 * writes whole, and writes all of them or none (a full disk leaves nothing
 * behind); a run that was killed half-way is completed by the next one.
 * package.json only gains a test script (when it has none) and claimtrace as
 * a dev dependency.
 */
import { basename, join, relative, resolve, sep } from 'node:path';
import { finishInterruptedWrites } from '../../files/atomic-write.js';
import type { FileSystem } from '../../files/file-system.js';
import { readRegularFile } from '../../files/read-regular-file.js';
import { jsonText } from '../../ingest/control-characters.js';
import { CliError } from '../cli-error.js';
import { type Command, flag } from '../command.js';
import { CI_TEST_FILE, CI_TEST_SCRIPT, CI_WORKFLOW_FILE, ciTestFile, ciWorkflow, withCiScripts } from '../ci-scaffold.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../exit-codes.js';
import { scaffoldFiles } from '../scaffold.js';
import { writeOutputFiles } from '../write-output.js';

/** A file's text, or undefined when it is not there. */
const textOf = (path: string, fileSystem: FileSystem | undefined): string | undefined => {
  const read = readRegularFile(path, { maxBytes: 1024 * 1024, ...(fileSystem !== undefined ? { fileSystem } : {}) });
  if (read.status === 'missing') return undefined;
  return read.status === 'read' ? new TextDecoder().decode(read.bytes) : '\u0000unreadable';
};

/** Whether a file to create is there: absent, with this content (an earlier, interrupted init), or something else. */
const stateOf = (path: string, content: string, fileSystem: FileSystem | undefined): 'absent' | 'same' | 'other' => {
  const text = textOf(path, fileSystem);
  return text === undefined ? 'absent' : text === content ? 'same' : 'other';
};

interface Planned {
  /** Absolute path. */
  readonly path: string;
  /** As shown (relative to the working directory). */
  readonly shown: string;
  readonly content: string;
  readonly state: 'absent' | 'same' | 'other';
}

const show = (cwd: string, path: string): string => relative(cwd, path) || '.';

export const initCommand: Command = {
  name: 'init',
  summary: 'scaffold a claims folder; with --with-ci, a test script and a GitHub Actions workflow too',
  usage: ['claimtrace init [dir] [--bare] [--with-ci] [--json]'],
  description: [
    'Writes predicates.yaml, entities.yaml, sources/example.{yaml,txt}, claims/example.yaml and',
    'baseline.yaml into [dir] (default: ./claims). Refuses to overwrite existing files; writes all',
    'of them or none. The example (one source, one claim, the footbridge entity) is there to try',
    'check on: the command names its files; delete them when you add your own sources.',
    '--bare writes no example: baseline.yaml and empty predicates.yaml and entities.yaml, each with',
    'a commented entry to copy.',
    `--with-ci also writes, in the working directory (the repository's root): ${CI_TEST_FILE} (the check`,
    `as tests, run by \`${CI_TEST_SCRIPT}\`), ${CI_WORKFLOW_FILE} (annotations on pull requests, then npm test),`,
    'and package.json with a test script and claimtrace as a dev dependency (created, or updated when it has',
    'no test script; another test script is kept and the command says what to add).',
    'Exit: 0 written; 1 package.json is not valid JSON; 2 a file already exists or cannot be written.',
  ].join('\n'),
  options: { bare: { type: 'boolean' }, 'with-ci': { type: 'boolean' }, json: { type: 'boolean' } },
  optionHelp: {
    bare: 'no example source, claim, predicate or entity: empty tables to fill',
    'with-ci': 'also write a test script, a test file and a GitHub Actions workflow',
    json: 'list what was written as JSON',
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, { io, out }) => {
    const folder = resolve(io.cwd, positionals[0] ?? 'claims');
    const shownFolder = show(io.cwd, folder);
    const { fileSystem } = io;
    finishInterruptedWrites(folder, fileSystem !== undefined ? { fileSystem } : {});
    const plan = (path: string, content: string): Planned => ({ path, shown: show(io.cwd, path), content, state: stateOf(path, content, fileSystem) });
    const bare = flag(values, 'bare');
    const files = scaffoldFiles({ bare });
    const scaffold = files.map((f) => plan(join(folder, f.path), f.content));
    const examples = files.filter((f) => f.example === true).map((f) => show(io.cwd, join(folder, f.path)));
    const ci: Planned[] = [];
    const notes: string[] = [];
    let packageJson: { readonly path: string; readonly text: string; readonly change: string } | undefined;
    if (flag(values, 'with-ci')) {
      const fromRoot = relative(io.cwd, folder).split(sep).join('/') || '.';
      ci.push(plan(join(io.cwd, CI_TEST_FILE), ciTestFile(fromRoot)), plan(join(io.cwd, CI_WORKFLOW_FILE), ciWorkflow(fromRoot)));
      const path = join(io.cwd, 'package.json');
      let scripts: ReturnType<typeof withCiScripts>;
      try {
        scripts = withCiScripts(textOf(path, fileSystem), basename(io.cwd));
      } catch (error) {
        throw new CliError(`package.json is not valid JSON: ${(error as Error).message}; nothing was written`, { exitCode: EXIT_PROBLEMS });
      }
      if (scripts.change === 'kept test script') notes.push(`package.json already has a test script; add \`${CI_TEST_SCRIPT} ${CI_TEST_FILE}\` to it to run the check with npm test`);
      packageJson = { path, text: scripts.text, change: scripts.change };
    }
    // An earlier init that was stopped half-way left some of its own files: complete it. Anything else is refused.
    const taken = scaffold.filter((f) => f.state !== 'absent');
    const refusals = [
      ...(taken.length === scaffold.length || scaffold.some((f) => f.state === 'other')
        ? [`${shownFolder} already has ${taken.map((f) => relative(folder, f.path).split(sep).join('/')).join(', ')}`]
        : []),
      ...ci.filter((f) => f.state === 'other').map((f) => `${f.shown} already exists`),
    ];
    if (refusals.length > 0) throw new CliError(`${refusals.join('; ')}; nothing was written`, { hint: 'choose an empty folder: claimtrace init <dir>' });
    const created = [...scaffold, ...ci].filter((f) => f.state === 'absent');
    writeOutputFiles(
      created.map((f) => ({ path: f.path, content: f.content })),
      { io, createOnly: true },
    );
    if (packageJson !== undefined) writeOutputFiles([{ path: packageJson.path, content: packageJson.text }], { io });
    const written = [...created.map((f) => ({ path: f.shown, change: 'created' })), ...(packageJson !== undefined ? [{ path: 'package.json', change: packageJson.change }] : [])];
    if (flag(values, 'json')) {
      io.stdout.write(jsonText({ folder: shownFolder, files: written, examples, notes }));
      return EXIT_OK;
    }
    for (const note of notes) io.stderr.write(`note: ${note}\n`);
    const exampleNote =
      examples.length > 0
        ? ['', `Example files: ${examples.join(', ')} (and the footbridge entity in entities.yaml).`, 'Delete them when you add your own sources, or start with claimtrace init --bare.']
        : [];
    const next = bare ? `claimtrace add <saved page> --into ${shownFolder}` : `claimtrace check ${shownFolder}${flag(values, 'with-ci') ? '  (and npm test)' : ''}`;
    const lines = [...written.map((f) => `${out.green(f.change)} ${f.path}`), ...exampleNote, '', `Next: ${next}`];
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
