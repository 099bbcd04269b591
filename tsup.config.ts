import { cpSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The library's entry points (ESM + CJS + .d.ts each) and the CLI (the bin).
//
// - The ESM build holds the five entries and the CLI together, so they share
//   chunks: dist/cli.js imports the library's code instead of carrying a
//   second copy of it (the shebang comes from src/cli/main.ts). Each CJS entry
//   stands alone.
// - approx-string-match, marked, encoding-sniffer and @exodus/bytes ship ESM
//   only, so they are bundled (noExternal) to keep `require('claimtrace')` and
//   `require('claimtrace/authoring')` working; they are devDependencies for
//   that reason (`dependencies` are exactly what dist/ imports).
// - Source maps only with `npm run build -- --sourcemap` (they were two
//   thirds of the tarball; see docs/package.md).
// - dist/ is emptied once, before the two builds start side by side (so no
//   chunk of an earlier build is packed, and neither build's clean-up can
//   remove the other's files); a caller that passes `clean: false` keeps it.
//   The JSON Schemas of docs/schema/ (kept current by a test) are copied to
//   dist/schema/, served as `claimtrace/schema/<kind>.schema.json`.
const ESM_ONLY = ['approx-string-match', 'marked', 'encoding-sniffer', /^@exodus\/bytes/];
// The optional DuckDB driver is never bundled: claimtrace/scale imports it when a store is opened.
const OPTIONAL = ['@duckdb/node-api'];

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
  };
  return [
    {
      ...shared,
      entry: { ...library, cli: 'src/cli/main.ts' },
      format: ['esm'],
      dts: { entry: library },
      onSuccess: async () => {
        cpSync('docs/schema', `${outDir}/schema`, { recursive: true });
      },
    },
    { ...shared, entry: library, format: ['cjs'], dts: { entry: library } },
  ];
});
