import { cpSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The library's entry points (ESM + CJS + .d.ts each) and the CLI (the bin).
//
// - The ESM build holds the four entries and the CLI together, so they share
//   chunks: dist/cli.js imports the library's code instead of carrying a
//   second copy of it (the shebang comes from src/cli/main.ts). Each CJS entry
//   stands alone.
// - approx-string-match ships ESM only, so it is bundled (noExternal) to keep
//   `require('claimtrace')` working; it is a devDependency for that reason.
// - Source maps only with `npm run build -- --sourcemap` (they were two
//   thirds of the tarball; see docs/package.md).
// - dist/ is emptied once, before the two builds start side by side (so no
//   chunk of an earlier build is packed, and neither build's clean-up can
//   remove the other's files); a caller that passes `clean: false` keeps it.
//   The JSON Schemas of docs/schema/ (kept current by a test) are copied to
//   dist/schema/, served as `claimtrace/schema/<kind>.schema.json`.
const NO_EXTERNAL = ['approx-string-match'];

export default defineConfig((cli) => {
  const outDir = cli.outDir ?? 'dist';
  if (cli.clean !== false && cli.watch === undefined) rmSync(outDir, { recursive: true, force: true });
  const shared = { target: 'node20', noExternal: NO_EXTERNAL, sourcemap: cli.sourcemap ?? false, clean: false } as const;
  const library = { index: 'src/index.ts', schema: 'src/schema.ts', testing: 'src/testing/index.ts', browser: 'src/browser.ts' };
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
