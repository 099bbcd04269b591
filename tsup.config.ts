import { cpSync, rmSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// The library's entry points (ESM + CJS + .d.ts each) and the CLI (the bin).
//
// - The ESM build holds the library's entries, which share chunks; each CJS
//   entry stands alone. The library imports its dependencies as packages.
// - The CLI is a build of its own with the packages a `check` runs on bundled in
//   (CLI_BUNDLED): resolving and linking ~110 separate module files was a fifth
//   of a cold `check` (issue 19). Its code is one CommonJS script,
//   dist/cli-bundle.cjs (src/cli/cli-bundle.ts), which the bin dist/cli.js (a
//   small ES module, src/cli/bin.ts, with the shebang) compiles through a V8
//   code cache (src/cli/compile-cache.ts): Node 20 caches compiled scripts, not
//   ES modules. The commands are still evaluated only when they run (esbuild
//   wraps what only an `import()` reaches). Page capture and the suggester
//   still import their packages (linkedom and its htmlparser2, Readability,
//   compromise) from node_modules, so the package does not carry a second
//   copy of them.
//   In this build `normalize/chrono-engine.ts` is replaced by
//   `chrono-engine-lazy.ts`, which requires chrono-node (its CommonJS build,
//   from node_modules) only when a date needs it: the exact reader of common
//   forms reads the rest, so a `check` of ordinary claim files never loads it.
//   Likewise `claims/yaml-package.ts` becomes `yaml-package-lazy.ts` (the
//   bundled `yaml` is evaluated only for a file the quick reader leaves to it),
//   and zod's index of locales becomes English only (`cli/zod-english-only.ts`).
// - marked, encoding-sniffer and @exodus/bytes ship ESM only, so they are
//   bundled (noExternal) to keep `require('claimtrace/authoring')` working;
//   they are devDependencies for that reason (`dependencies` are exactly what
//   dist/ imports). approx-string-match is a devDependency because only the
//   bench and the tests use it (as the reference for src/anchor/match-ends.ts).
// - Source maps only with `npm run build -- --sourcemap` (they were two
//   thirds of the tarball; see docs/package.md).
// - dist/ is emptied once, before the two builds start side by side (so no
//   chunk of an earlier build is packed, and neither build's clean-up can
//   remove the other's files); a caller that passes `clean: false` keeps it.
//   The JSON Schemas of docs/schema/ (kept current by a test) are copied to
//   dist/schema/, served as `claimtrace/schema/<kind>.schema.json`.
const ESM_ONLY = ['marked', 'encoding-sniffer', /^@exodus\/bytes/];
// The optional DuckDB driver is never bundled: claimtrace/scale imports it when a store is opened.
const OPTIONAL = ['@duckdb/node-api'];

// What the CLI does not bundle (beside the optional DuckDB driver): the packages of page capture and the
// suggester, and chrono-node, which the CLI requires from node_modules when a date needs it (below).
const CLI_EXTERNAL = ['@mozilla/readability', 'chrono-node', 'compromise', 'htmlparser2', 'linkedom'];

/**
 * The CLI build's lazy modules: chrono-node loaded on first use (src/normalize/chrono-engine-lazy.ts),
 * the bundled `yaml` package evaluated on first use (src/claims/yaml-package-lazy.ts).
 */
const lazyModules: Plugin = {
  name: 'claimtrace-lazy-modules',
  setup(build) {
    build.onResolve({ filter: /\/(?:chrono-engine|yaml-package)\.js$/ }, (args) => ({ path: resolvePath(args.resolveDir, args.path.replace(/\.js$/, '-lazy.ts')) }));
  },
};

/**
 * The CLI build's other substitution: zod's index of locales becomes English only
 * (src/cli/zod-english-only.ts): the CLI never switches zod's locale, and the other
 * ~45 were a fifth of the JavaScript a cold `check` compiled.
 */
const englishOnlyZod: Plugin = {
  name: 'claimtrace-english-only-zod',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: resolvePath('src/cli/zod-english-only.ts') } : undefined,
    );
  },
};

export default defineConfig((cli) => {
  const outDir = cli.outDir ?? 'dist';
  if (cli.clean !== false && cli.watch === undefined) rmSync(outDir, { recursive: true, force: true });
  const shared = { target: 'node20', noExternal: ESM_ONLY, external: OPTIONAL, sourcemap: cli.sourcemap ?? false, clean: false } as const;
  const library = {
    index: 'src/index.ts',
    schema: 'src/schema.ts',
    testing: 'src/testing/index.ts',
    browser: 'src/browser.ts',
    authoring: 'src/authoring.ts',
    scale: 'src/scale/index.ts',
    resolve: 'src/resolve.ts',
  };
  return [
    {
      ...shared,
      // The source-dependence worker thread (ESM, started by the ESM, CJS and CLI builds alike; no types).
      entry: { ...library, 'source-dependence-worker': 'src/reconcile/threads/source-dependence-worker.ts' },
      format: ['esm'],
      dts: { entry: library },
      onSuccess: async () => {
        cpSync('docs/schema', `${outDir}/schema`, { recursive: true });
      },
    },
    { ...shared, entry: library, format: ['cjs'], dts: { entry: library } },
    {
      ...shared,
      // The bin: a small ES module that compiles the bundle below through a V8 code cache (src/cli/bin.ts).
      entry: { cli: 'src/cli/bin.ts' },
      format: ['esm'],
      noExternal: [],
      external: [],
      splitting: false,
    },
    {
      ...shared,
      // The CLI's code as one CommonJS script: Node 20 gives a code cache to scripts, not to ES modules.
      entry: { 'cli-bundle': 'src/cli/cli-bundle.ts' },
      format: ['cjs'],
      splitting: false,
      // Every package but those two lists (tsup lets noExternal win over external).
      noExternal: [new RegExp(`^(?!node:|(?:${[...OPTIONAL, ...CLI_EXTERNAL].map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?:$|/))`)],
      external: [...OPTIONAL, ...CLI_EXTERNAL],
      esbuildPlugins: [lazyModules, englishOnlyZod],
      esbuildOptions: (options) => {
        // The one `import.meta.url` of the code (the worker's file, src/reconcile/threads/worker-file.ts) reads __dirname first.
        options.define = { ...options.define, 'import.meta.url': 'undefined' };
        // Whitespace only (names stay readable in --debug stack traces).
        options.minifyWhitespace = true;
      },
    },
  ];
});
