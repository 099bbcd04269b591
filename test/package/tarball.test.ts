/**
 * The package as a user installs it: `npm pack`, unpack into a scratch
 * project, then `import` (ESM) and `require` (CommonJS) it and anchor a quote.
 * The scratch project sits under the repository's .tmp/ so the package's
 * own dependencies resolve from the repository's node_modules (no network).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, REPO } from '../cli/built-bin.js';

let project = '';
let files: string[] = [];

beforeAll(async () => {
  await ensureBuilt('package');
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  project = mkdtempSync(join(REPO, '.tmp', 'pack-'));
  const listing = execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(listing) as { filename: string; files: { path: string }[] }[];
  files = (packed?.files ?? []).map((f) => f.path).sort();
  const installed = join(project, 'node_modules', 'claimtrace');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(project, packed?.filename ?? ''), '-C', installed, '--strip-components=1']);
}, 180_000);

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

const TEXT = 'Singapore, Australia, Japan, South Korea and Israel signed the declaration.\nIsrael signed too.';
/** The first "Israel" (the one followed by " signed the"), not the second. */
const EXPECTED = { status: 'anchored', start: TEXT.indexOf('Israel signed the'), end: TEXT.indexOf('Israel signed the') + 'Israel'.length };

describe('the npm package', () => {
  it('ships the ESM and CommonJS builds with their type declarations and the bin, not the sources', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'package.json', 'README.md']));
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('claims/'))).toBe(false);
  });

  it.each([
    ['import (ESM)', 'use.mjs', `import { anchorQuote } from 'claimtrace';`],
    ['require (CommonJS)', 'use.cjs', `const { anchorQuote } = require('claimtrace');`],
  ])('can be loaded with %s and anchor a quote', (_, file, load) => {
    writeFileSync(
      join(project, file),
      `${load}\nconst r = anchorQuote(${JSON.stringify(TEXT)}, { exact: 'Israel', suffix: ' signed the' });\nconsole.log(JSON.stringify({ status: r.status, start: r.start, end: r.end }));\n`,
    );
    const out = execFileSync(process.execPath, [join(project, file)], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });
});
