/**
 * The package as a user installs it: `npm pack`, unpack into a scratch
 * project, then `import` (ESM) and `require` (CommonJS) it and anchor a quote.
 * The scratch project sits under the repository's .tmp/ so the package's
 * own dependencies resolve from the repository's node_modules (no network).
 * The same tarball is checked for what it holds (docs/package.md: contents,
 * size budget, dependencies) and by publint and @arethetypeswrong/cli.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_BASE_URL, PROJECT_URL, SCHEMA_BASE_URL } from '../../src/model/docs-url.js';
import { SHIPPED_SCHEMA_KINDS } from '../../src/config/index.js';
import { REPO } from '../cli/built-bin.js';
import { installPacked } from './packed.js';

let scratch = '';
let project = '';
let files: readonly string[] = [];
let tarball = '';
let packed = { size: 0, unpackedSize: 0 };

// Build, pack and install into a scratch project: about a minute on a quiet machine, over three under heavy load.
beforeAll(async () => {
  const installed = await installPacked();
  ({ scratch, project, files, tarball } = installed);
  packed = { size: installed.size, unpackedSize: installed.unpackedSize };
}, 360_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

const TEXT = 'Singapore, Australia, Japan, South Korea and Israel signed the declaration.\nIsrael signed too.';
/** A saved article page, long enough to be one. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour expansion approved</title></head><body><nav><a href="/">Home</a></nav><article><h1>Harbour expansion approved</h1>${'<p>The port authority approved the northern harbour expansion on Tuesday, and work is expected to start in June with funding from three partners.</p>'.repeat(3)}</article></body></html>`;
/** The first "Israel" (the one followed by " signed the"), not the second. */
const EXPECTED = { status: 'anchored', start: TEXT.indexOf('Israel signed the'), end: TEXT.indexOf('Israel signed the') + 'Israel'.length };

const PACKAGE = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  homepage: string;
  repository: { url: string };
  bugs: { url: string };
  license: string;
  exports: Record<string, unknown>;
};
const DIST = join(REPO, 'dist');

describe('the npm package', () => {
  it('ships the ESM and CommonJS builds of every entry with their type declarations and the bin, not the sources', () => {
    const entries = ['index', 'schema', 'testing', 'browser', 'authoring', 'scale', 'resolve'].flatMap((e) => [`dist/${e}.js`, `dist/${e}.cjs`, `dist/${e}.d.ts`, `dist/${e}.d.cts`]);
    expect(files).toEqual(expect.arrayContaining([...entries, 'dist/cli.js', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']));
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('claims/'))).toBe(false);
  });

  it('ships nothing but the builds, the JSON Schemas and the four documents — no source maps (they come only from `npm run build -- --sourcemap`)', () => {
    const allowed = /^(dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)|dist\/schema\/[\w-]+\.schema\.json|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map')), 'dist/ was built with --sourcemap: run `npm run build` before packing').toEqual([]);
  });

  it('stays within the size budget that docs/package.md states', () => {
    const doc = readFileSync(join(REPO, 'docs', 'package.md'), 'utf8');
    const budget = (measure: string): number => {
      const match = new RegExp(`\\| ${measure}[^|]*\\| (\\d+) KiB \\|`).exec(doc);
      if (match?.[1] === undefined) throw new Error(`docs/package.md states no budget for ${measure}`);
      return Number(match[1]) * 1024;
    };
    expect(packed.size).toBeGreaterThan(0);
    expect(packed.size, `packed ${Math.round(packed.size / 1024)} KiB`).toBeLessThanOrEqual(budget('packed'));
    expect(packed.unpackedSize, `unpacked ${Math.round(packed.unpackedSize / 1024)} KiB`).toBeLessThanOrEqual(budget('unpacked'));
  });

  it('names its license (with the LICENSE file), repository, homepage and issue tracker, and its docs urls point into that repository', () => {
    expect(PACKAGE.license).toBe('MIT');
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(PACKAGE.repository.url).toBe(`git+${PROJECT_URL}.git`);
    expect(PACKAGE.homepage).toBe(`${PROJECT_URL}#readme`);
    expect(PACKAGE.bugs.url).toBe(`${PROJECT_URL}/issues`);
    expect(DOCS_BASE_URL.startsWith(`${PROJECT_URL}/blob/main/docs/`)).toBe(true);
    const [owner, name] = new URL(PROJECT_URL).pathname.slice(1).split('/');
    expect(SCHEMA_BASE_URL).toBe(`https://raw.githubusercontent.com/${owner}/${name}/main/docs/schema/`);
  });

  it('depends on exactly the packages its built files import (the DuckDB driver as an optional dependency)', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const imported = new Set<string>();
    for (const file of readdirSync(DIST).filter((f) => /\.(c?js)$/.test(f))) {
      const text = readFileSync(join(DIST, file), 'utf8');
      const specifier = String.raw`["']((?:@[\w.-]+\/)?[\w.-]+(?:\/[\w.-]+)*)["']`;
      const statements = new RegExp(String.raw`^\s*(?:import|export)\b[^;]*?\bfrom\s*${specifier}|^\s*import\s*${specifier}|\brequire\(\s*${specifier}\s*\)|\bimport\(\s*${specifier}\s*\)`, 'gm');
      for (const match of text.matchAll(statements)) {
        const specifier = match.slice(1).find((m) => m !== undefined) ?? '';
        if (specifier.startsWith('.')) continue;
        if (builtins.has(specifier) || builtins.has(specifier.split('/')[0] ?? '')) continue;
        imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? ''));
      }
    }
    expect([...imported].sort()).toEqual(Object.keys({ ...PACKAGE.dependencies, ...PACKAGE.optionalDependencies }).sort());
    expect(Object.keys(PACKAGE.optionalDependencies ?? {})).toEqual(['@duckdb/node-api']);
  });

  it('builds the CLI as one bundle of its own: the library’s code once, the packages of a check inside, the library’s files untouched', () => {
    const esm = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    // The bin, and the CommonJS bundle it compiles through a V8 code cache (src/cli/bin.ts).
    const cliFiles = readdirSync(DIST).filter((f) => f === 'cli.js' || (f.startsWith('cli-') && /\.c?js$/.test(f)));
    const libraryFiles = esm.filter((f) => !cliFiles.includes(f));
    const cli = readFileSync(join(DIST, 'cli.js'), 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(cliFiles.sort()).toEqual(['cli-bundle.cjs', 'cli.js']);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    // The CLI imports its own chunks, Node's modules and only the packages it leaves out of the bundle (tsup.config.ts).
    const outside = new Set(['@duckdb/node-api', '@mozilla/readability', 'chrono-node', 'compromise', 'htmlparser2', 'linkedom']);
    const importsOf = (file: string): string[] =>
      [...readFileSync(join(DIST, file), 'utf8').matchAll(/(?:(?:^|;)\s*(?:import|export)\b[^;]*?\bfrom\s*|(?:^|;)\s*import\s*|\bimport\(\s*|\brequire\(\s*)["']([^"']+)["']/gm)].map((m) => m[1] ?? '');
    for (const file of cliFiles) {
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith('./')) expect(cliFiles, `${file} imports ${specifier}`).toContain(specifier.slice(2));
        else if (!builtins.has(specifier)) expect(outside.has(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '')), `${file} imports ${specifier}`).toBe(true);
      }
    }
    for (const file of libraryFiles) expect(importsOf(file).filter((s) => s.startsWith('./cli')), file).toEqual([]);
    // Each of these is defined once in the library's ESM files and once in the CLI's: a command never loads the library twice.
    for (const name of ['anchorQuote', 'createReconciler', 'loadCorpus', 'toProv', 'renderMarkdownReport']) {
      // A declaration with its value, or (in the CLI's CommonJS bundle, where esbuild declares a lazily evaluated module's
      // names first and assigns them when the module is first used) the assignment.
      const definition = new RegExp(`(?:function ${name}\\b|\\b(?:var|const|let) ${name} ?=(?!=)|[;,{]\\s*${name} ?=(?![=>]))`, 'g');
      const definitions = (within: readonly string[]): number => within.reduce((n, f) => n + (readFileSync(join(DIST, f), 'utf8').match(definition) ?? []).length, 0);
      expect(definitions(libraryFiles), name).toBe(1);
      expect(definitions(cliFiles), name).toBe(1);
    }
  });

  it('serves every JSON Schema as claimtrace/schema/<kind>.schema.json to import and require, equal to docs/schema/', () => {
    const kinds = [...SHIPPED_SCHEMA_KINDS].sort();
    expect(files.filter((f) => f.startsWith('dist/schema/')).sort()).toEqual(kinds.map((k) => `dist/schema/${k}.schema.json`));
    const script = (load: (kind: string) => string) => `${kinds.map((k, i) => load(k).replace('$', `s${i}`)).join('\n')}\nconsole.log(JSON.stringify([${kinds.map((_, i) => `s${i}`).join(', ')}].map((s) => s.$id)));\n`;
    writeFileSync(join(project, 'schemas.mjs'), script((k) => `import $ from 'claimtrace/schema/${k}.schema.json' with { type: 'json' };`));
    writeFileSync(join(project, 'schemas.cjs'), script((k) => `const $ = require('claimtrace/schema/${k}.schema.json');`));
    for (const file of ['schemas.mjs', 'schemas.cjs']) {
      const out = execFileSync(process.execPath, [join(project, file)], { cwd: project, encoding: 'utf8' });
      expect(JSON.parse(out), file).toEqual(kinds.map((k) => `${SCHEMA_BASE_URL}${k}.schema.json`));
    }
    for (const kind of kinds) {
      expect(readFileSync(join(project, 'node_modules', 'claimtrace', 'dist', 'schema', `${kind}.schema.json`), 'utf8')).toBe(readFileSync(join(REPO, 'docs', 'schema', `${kind}.schema.json`), 'utf8'));
    }
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
      resolve: resolve.builtinStrategies.map((s) => s.id).includes(resolve.pooledInvestment.id) && resolve.brierScore([{ confidence: 1, correct: true }]),
    };
    console.log(JSON.stringify(report));`;
  const SUBPATHS_EXPECTED = {
    schema: 'claimtrace claim file (claims/*.yaml)',
    testing: true,
    browser: 10.8e9,
    browserAnchors: EXPECTED.start,
    authoringHtml: 'Harbour expansion approved',
    authoringMarkdown: 'Harbour\n\nThe port opens.\n',
    resolve: 0,
  };
  it.each([
    [
      'import (ESM)',
      'subpaths.mjs',
      `import * as root from 'claimtrace'; import * as schema from 'claimtrace/schema'; import * as testing from 'claimtrace/testing'; import * as browser from 'claimtrace/browser'; import * as authoring from 'claimtrace/authoring'; import * as resolve from 'claimtrace/resolve';`,
    ],
    [
      'require (CommonJS)',
      'subpaths.cjs',
      `const root = require('claimtrace'); const schema = require('claimtrace/schema'); const testing = require('claimtrace/testing'); const browser = require('claimtrace/browser'); const authoring = require('claimtrace/authoring'); const resolve = require('claimtrace/resolve');`,
    ],
  ])('serves claimtrace/schema, claimtrace/testing, claimtrace/browser, claimtrace/authoring and claimtrace/resolve to %s', (_, file, load) => {
    writeFileSync(join(project, file), `${load}\n${SUBPATHS}\n`);
    const out = execFileSync(process.execPath, [join(project, file)], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(SUBPATHS_EXPECTED);
  });

  // The worker thread of source dependence is a file of its own in dist/: both builds must find it beside them.
  const WORKER_RUN = `
    const seen = [];
    diagnostics.subscribe('claimtrace:source-dependence', (m) => seen.push(m.on));
    const words = (seed) => Array.from({ length: 60 }, (_, i) => 'w' + (Math.imul(i * 31 + seed * 1000003 + 17, 2654435761) >>> 0).toString(36)).join(' ');
    const shared = words(0);
    const sources = Array.from({ length: 6 }, (_, i) => ({ id: 'src' + i, text: i % 3 === 0 ? words(i + 1) + ' ' + shared : words(i + 1) }));
    const built = root.settled(testing.buildTestCorpus({ sources, predicates: [], claims: [] }));
    const run = (threads) => root.settled(root.createReconciler({ options: { threads } }).reconcile(built)).dependence;
    const onWorker = run({ minSources: 0 });
    const inline = run(false);
    console.log(JSON.stringify({ seen, same: JSON.stringify(onWorker) === JSON.stringify(inline), groups: onWorker.groups.map((g) => g.sources) }));`;
  it.each([
    ['import (ESM)', 'worker.mjs', `import * as root from 'claimtrace'; import * as testing from 'claimtrace/testing'; import * as diagnostics from 'node:diagnostics_channel';`],
    ['require (CommonJS)', 'worker.cjs', `const root = require('claimtrace'); const testing = require('claimtrace/testing'); const diagnostics = require('node:diagnostics_channel');`],
  ])('finds shared passages on its worker thread when loaded with %s, with the answer found inline', (_, file, load) => {
    expect(files).toContain('dist/source-dependence-worker.js');
    writeFileSync(join(project, file), `${load}\n${WORKER_RUN}\n`);
    const out = execFileSync(process.execPath, [join(project, file)], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ seen: ['worker', 'inline'], same: true, groups: [['src0', 'src3'], ['src1'], ['src2'], ['src4'], ['src5']] });
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

/** Each tool is a process of its own: 6–7 s on a loaded machine, past vitest's 5 s default; the spawn and the test share one limit. */
const SPAWN_TIMEOUT_MS = 120_000;

describe('the packed tarball under publint and @arethetypeswrong/cli', () => {
  const bin = (name: string): string => join(REPO, 'node_modules', '.bin', name);
  const run = (name: string, args: readonly string[]) => spawnSync(bin(name), args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_offline: 'true' }, timeout: SPAWN_TIMEOUT_MS });

  it('publint --strict finds no error, warning or suggestion', () => {
    const result = run('publint', ['run', tarball, '--strict', '--level', 'suggestion']);
    expect(result.stdout + result.stderr).toMatch(/All good!/);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, SPAWN_TIMEOUT_MS);

  it('attw (strict profile) finds no problem in any entry under node10, node16 and bundler resolution', () => {
    const result = run('attw', [tarball, '--format', 'json']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './schema', './testing', './browser', './authoring', './scale', './resolve']));
  }, SPAWN_TIMEOUT_MS);
});
