/**
 * The package as a user installs it: `npm pack`, unpack into a scratch
 * project, then `import` (ESM) and `require` (CommonJS) it and anchor a quote.
 * The scratch project sits under the repository's .tmp/ so the package's
 * own dependencies resolve from the repository's node_modules (no network).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
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
/** A saved article page, long enough to be one. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour expansion approved</title></head><body><nav><a href="/">Home</a></nav><article><h1>Harbour expansion approved</h1>${'<p>The port authority approved the northern harbour expansion on Tuesday, and work is expected to start in June with funding from three partners.</p>'.repeat(3)}</article></body></html>`;
/** The first "Israel" (the one followed by " signed the"), not the second. */
const EXPECTED = { status: 'anchored', start: TEXT.indexOf('Israel signed the'), end: TEXT.indexOf('Israel signed the') + 'Israel'.length };

describe('the npm package', () => {
  it('ships the ESM and CommonJS builds of every entry with their type declarations and the bin, not the sources', () => {
    const entries = ['index', 'schema', 'testing', 'browser', 'authoring', 'scale'].flatMap((e) => [`dist/${e}.js`, `dist/${e}.cjs`, `dist/${e}.d.ts`, `dist/${e}.d.cts`]);
    expect(files).toEqual(expect.arrayContaining([...entries, 'dist/cli.js', 'package.json', 'README.md']));
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

  // Each subpath, both ways: one value of it used for real.
  const SUBPATHS = `
    const report = {
      schema: schema.ClaimSchema.safeParse({}).success === false && schema.claimFileJsonSchema().title,
      testing: testing.checkRuleExamples(root.builtinRules()[0]).every((o) => o.ok),
      browser: browser.parseQuantity('nearly $12 billion').value.low,
      browserAnchors: browser.anchorQuote(${JSON.stringify(TEXT)}, { exact: 'Israel', suffix: ' signed the' }).start,
      // Readability on linkedom, the charset sniffer and decoder (HTML), marked (Markdown): bundled or required as they ship.
      authoringHtml: authoring.captureSource(new TextEncoder().encode(${JSON.stringify(PAGE)}), { fileName: 'page.html' }).value.metadata.title,
      authoringMarkdown: authoring.captureSource(new TextEncoder().encode(${JSON.stringify('# Harbour\n\nThe *port* opens.\n')}), { fileName: 'page.md' }).value.text,
    };
    console.log(JSON.stringify(report));`;
  const SUBPATHS_EXPECTED = {
    schema: 'claimtrace claim file (claims/*.yaml)',
    testing: true,
    browser: 10.8e9,
    browserAnchors: EXPECTED.start,
    authoringHtml: 'Harbour expansion approved',
    authoringMarkdown: 'Harbour\n\nThe port opens.\n',
  };
  it.each([
    [
      'import (ESM)',
      'subpaths.mjs',
      `import * as root from 'claimtrace'; import * as schema from 'claimtrace/schema'; import * as testing from 'claimtrace/testing'; import * as browser from 'claimtrace/browser'; import * as authoring from 'claimtrace/authoring';`,
    ],
    [
      'require (CommonJS)',
      'subpaths.cjs',
      `const root = require('claimtrace'); const schema = require('claimtrace/schema'); const testing = require('claimtrace/testing'); const browser = require('claimtrace/browser'); const authoring = require('claimtrace/authoring');`,
    ],
  ])('serves claimtrace/schema, claimtrace/testing, claimtrace/browser and claimtrace/authoring to %s', (_, file, load) => {
    writeFileSync(join(project, file), `${load}\n${SUBPATHS}\n`);
    const out = execFileSync(process.execPath, [join(project, file)], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(SUBPATHS_EXPECTED);
  });

  it.each([
    ['import (ESM)', 'scale.mjs', `import * as scale from 'claimtrace/scale';`],
    ['require (CommonJS)', 'scale.cjs', `const scale = require('claimtrace/scale');`],
  ])('serves claimtrace/scale to %s, loading the optional DuckDB driver only when a store is opened', (_, file, load) => {
    writeFileSync(
      join(project, file),
      `${load}\n(async () => {\n  const store = await scale.openClaimStore({ sources: [], predicates: [], entities: [] });\n  const { counts } = await scale.reconcileInDuckDb(store);\n  store.close();\n  console.log(JSON.stringify({ available: await scale.duckDbAvailable(), claims: counts.claims }));\n})();\n`,
    );
    const out = execFileSync(process.execPath, [join(project, file)], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ available: true, claims: 0 });
  });

  it('keeps the DuckDB driver out of every entry but claimtrace/scale (the library works without the optional package)', () => {
    const dist = join(project, 'node_modules', 'claimtrace', 'dist');
    // an import or require of the driver (the CLI bundle quotes package.json, which names it as optional)
    const mentions = (file: string): boolean => /(?:from\s*|import\(\s*|require\(\s*)["']@duckdb\/node-api["']/.test(readFileSync(join(dist, file), 'utf8'));
    for (const entry of ['index', 'schema', 'testing', 'browser', 'authoring']) {
      expect(mentions(`${entry}.js`), `${entry}.js`).toBe(false);
      expect(mentions(`${entry}.cjs`), `${entry}.cjs`).toBe(false);
    }
    expect(mentions('cli.js')).toBe(false);
    expect(mentions('scale.cjs')).toBe(true);
  });

  it('builds claimtrace/browser with no Node built-in in its module graph (the shipped ESM bundle)', () => {
    const dist = join(project, 'node_modules', 'claimtrace', 'dist');
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const seen = new Set<string>();
    const bare = new Set<string>();
    const walk = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const match of readFileSync(join(dist, file), 'utf8').matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
        const specifier = match[1] ?? '';
        if (specifier.startsWith('./')) walk(specifier.slice(2));
        else bare.add(specifier);
      }
    };
    walk('browser.js');
    expect([...bare].filter((s) => builtins.has(s) || builtins.has(s.split('/')[0] ?? ''))).toEqual([]);
    expect(bare).toContain('zod');
  });
});
