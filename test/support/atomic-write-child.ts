/**
 * A child process for the SIGKILL tests of the atomic write
 * (test/hardening/atomic-writes.test.ts), run with `node --import tsx`:
 *
 *   single <folder>       write report.md over and over, each generation 8 MB
 *                         and marked at both ends; prints "ready" after the first
 *   pair <folder>         the same with conflict-report.md + conflicts.json as a set
 *   pair-crash <folder> <generation>
 *                         write the pair once and SIGKILL itself between the
 *                         two renames (the window a journal must close)
 */
import { join } from 'node:path';
import { writeFileAtomic, writeFileSet } from '../../src/files/atomic-write.js';
import { faultyFileSystem } from './faulty-file-system.js';
import { generation } from './generations.js';

const [mode, folder = '.', given = '1'] = process.argv.slice(2);

const pair = (n: number) => [
  { path: join(folder, 'conflict-report.md'), content: generation('markdown', n) },
  { path: join(folder, 'conflicts.json'), content: generation('json', n) },
];

if (mode === 'single') {
  for (let n = 1; ; n += 1) {
    writeFileAtomic(join(folder, 'report.md'), generation('report', n));
    if (n === 1) process.stdout.write('ready\n');
  }
} else if (mode === 'pair') {
  for (let n = 1; ; n += 1) {
    writeFileSet(pair(n));
    if (n === 1) process.stdout.write('ready\n');
  }
} else if (mode === 'pair-crash') {
  const fileSystem = faultyFileSystem([{ op: 'rename', path: (p) => p.endsWith('conflicts.json'), before: () => process.kill(process.pid, 'SIGKILL') }]);
  writeFileSet(pair(Number(given)), { fileSystem });
}
