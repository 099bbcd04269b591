/**
 * Odd files and paths at the command line: special file systems as the claims
 * folder, pipes and devices where files are expected, links to /dev/stdin,
 * paths longer than the operating system takes, and `anchor` under the same
 * path policy as `check`. Each runs the built bin with a timeout (a hang fails
 * the test instead of the suite) and must end with exit 2 and a diagnostic —
 * never "internal error", never a stack trace, never a hang, and never the
 * contents of a file outside the claims folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect as globalExpect, it, type ExpectStatic } from 'vitest';
import { ensureBuilt, runBinAsync, type BinResult } from '../cli/built-bin.js';
import { scratchFolders } from '../support/scratch-folders.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const { copyOf } = scratchFolders('odd');
beforeAll(() => ensureBuilt('js'), 180_000);

const folderWith = (setup: (dir: string) => void = () => undefined): string => {
  const dir = copyOf(FIXTURE);
  setup(dir);
  return dir;
};

const expectDiagnosed = (result: BinResult, printed: string | RegExp, expect: ExpectStatic): void => {
  const output = result.stdout + result.stderr;
  expect(result.code, output.slice(0, 2000)).toBe(2);
  if (typeof printed === 'string') expect(output).toContain(printed);
  else expect(output).toMatch(printed);
  expect(output).not.toMatch(/internal error|^\s+at .+:\d+:\d+\)?$/m);
};

/** A character device inside the folder (mknod as root), else a link to /dev/zero (refused as outside). */
const device = (path: string): void => {
  try {
    execFileSync('mknod', [path, 'c', '1', '5'], { stdio: 'ignore' });
  } catch {
    symlinkSync('/dev/zero', path);
  }
};

interface OddCase {
  readonly name: string;
  readonly args: (dir: string) => readonly string[];
  readonly setup?: (dir: string) => void;
  readonly printed: string | RegExp;
  /** The rest of the folder still loads. */
  readonly fixtureLoads?: boolean;
}

const LONG = 'd'.repeat(200);

const CASES: readonly OddCase[] = [
  { name: 'check /proc', args: () => ['check', '/proc'], printed: '[predicates-missing]' },
  { name: 'check /dev', args: () => ['check', '/dev'], printed: '[predicates-missing]' },
  {
    name: 'baseline.yaml is a named pipe (it hung: only claim files were guarded)',
    setup: (dir) => execFileSync('mkfifo', [join(dir, 'baseline.yaml')]),
    args: () => ['check', '.'],
    printed: 'baseline.yaml:1:1: error [baseline-unreadable] baseline.yaml is a named pipe, not a regular file',
    fixtureLoads: true,
  },
  {
    name: 'baseline.yaml is a device',
    setup: (dir) => device(join(dir, 'baseline.yaml')),
    args: () => ['check', '.'],
    printed: /baseline\.yaml:1:1: error \[baseline-unreadable\] baseline\.yaml (is a device|is a link to \/dev\/zero)/,
    fixtureLoads: true,
  },
  {
    name: 'a claim file linked to /dev/stdin, stdin a pipe',
    setup: (dir) => symlinkSync('/dev/stdin', join(dir, 'claims/in.yaml')),
    args: () => ['check', '.'],
    printed: 'claims/in.yaml:1:1: error',
    fixtureLoads: true,
  },
  {
    name: 'a source text linked to /dev/stdin, stdin a pipe',
    setup: (dir) => {
      writeFileSync(join(dir, 'sources/in.yaml'), 'id: in\ntext: in.txt\npublishedAt: unknown\n');
      symlinkSync('/dev/stdin', join(dir, 'sources/in.txt'));
    },
    args: () => ['check', '.'],
    printed: 'sources/in.yaml:2:7: error [source-path]',
    fixtureLoads: true,
  },
  {
    name: 'a claims folder path longer than PATH_MAX',
    args: (dir) => ['check', join(dir, ...Array<string>(30).fill(LONG))],
    printed: 'error [path-too-long]',
  },
  {
    name: 'folders nested past PATH_MAX inside the claims folder',
    setup: (dir) => {
      // Created relative to each new folder (absolute paths this long cannot be passed to mkdir).
      execFileSync('sh', ['-c', `cd claims && for i in $(seq 1 25); do mkdir ${LONG} && cd -P ${LONG} || exit 1; done && printf 'source: wire\\nclaims: []\\n' > x.yaml`], { cwd: dir });
    },
    args: () => ['check', '.'],
    printed: 'error [path-too-long]',
    fixtureLoads: true,
  },
  {
    name: 'a `text:` path longer than PATH_MAX',
    setup: (dir) => writeFileSync(join(dir, 'sources/long.yaml'), `id: long\ntext: ${Array<string>(25).fill(LONG).join('/')}/x.txt\npublishedAt: unknown\n`),
    args: () => ['check', '.'],
    printed: 'sources/long.yaml:2:7: error [path-too-long]',
    fixtureLoads: true,
  },
  {
    name: 'anchor on a named pipe (it hung)',
    setup: (dir) => execFileSync('mkfifo', [join(dir, 'pipe.txt')]),
    args: () => ['anchor', 'pipe.txt', 'worth'],
    printed: 'error: pipe.txt is a named pipe, not a regular file',
  },
  { name: 'anchor on /dev/zero (it hung)', args: () => ['anchor', '/dev/zero', 'worth'], printed: 'error: /dev/zero is a device, not a regular file' },
  {
    name: 'anchor follows no `text: ../../../etc/passwd` (check refuses it; anchor printed its lines)',
    setup: (dir) => writeFileSync(join(dir, 'sources/evil.yaml'), 'id: evil\ntext: ../../../../../../../../etc/passwd\npublishedAt: unknown\n'),
    args: () => ['anchor', 'sources/evil.yaml', 'root'],
    printed: 'leaves the claims folder',
  },
  {
    name: 'anchor follows no link out of the claims folder',
    setup: (dir) => {
      writeFileSync(join(dir, 'sources/evil.yaml'), 'id: evil\ntext: evil.txt\npublishedAt: unknown\n');
      symlinkSync('/etc/passwd', join(dir, 'sources/evil.txt'));
    },
    args: () => ['anchor', 'sources/evil.yaml', 'root'],
    printed: 'is a link to /etc/passwd, outside the claims folder',
  },
];

describe('odd files and paths at the command line', () => {
  it.concurrent.for(CASES)('$name: exit 2 with a diagnostic, no hang, no internal error', async ({ args, setup, printed, fixtureLoads }, { expect }) => {
    const dir = folderWith(setup);
    const result = await runBinAsync(args(dir), { cwd: dir, env: { NO_COLOR: '1' } });
    expectDiagnosed(result, printed, expect);
    expect(result.stdout + result.stderr).not.toContain('root:x:0:0');
    if (fixtureLoads === true) expect(result.stdout + result.stderr).toMatch(/\b\d+ sources?, 3 claims\b/);
  });

  const expect = globalExpect;

  it('anchor still reads a text inside the claims folder through the metadata file', async () => {
    const dir = folderWith();
    const result = await runBinAsync(['anchor', 'sources/wire.yaml', 'worth nearly $12 billion'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('anchored');
  });

  it('check on a folder listed while files come and go (a writer creating and deleting claim files) never crashes', async () => {
    const dir = folderWith((d) => mkdirSync(join(d, 'claims/churn')));
    const churn = execFileSync('sh', ['-c', `(for i in $(seq 1 400); do printf 'source: wire\\nclaims: []\\n' > claims/churn/f$i.yaml; rm -f claims/churn/f$((i-1)).yaml; done) >/dev/null 2>&1 & echo $!`], { cwd: dir, encoding: 'utf8' });
    const results = await Promise.all([1, 2, 3].map(() => runBinAsync(['check', '.'], { cwd: dir, env: { NO_COLOR: '1' } })));
    try {
      process.kill(Number(churn.trim()));
    } catch {
      // finished already
    }
    for (const result of results) {
      expect([0, 1, 2]).toContain(result.code);
      expect(result.stdout + result.stderr).not.toMatch(/internal error|^\s+at .+:\d+:\d+\)?$/m);
    }
  });
});
