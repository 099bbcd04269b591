import { defineConfig } from 'tsup';

// The library's entry points (ESM + CJS + .d.ts each) and the CLI as an ESM
// bin. The ESM builds share chunks; each CJS build stands alone.
// approx-string-match, marked, encoding-sniffer and @exodus/bytes ship ESM
// only, so they are bundled (noExternal) to keep `require('claimtrace')` working.
const ESM_ONLY = ['approx-string-match', 'marked', 'encoding-sniffer', /^@exodus\/bytes/];
// The optional DuckDB driver is never bundled: claimtrace/scale imports it when the DuckDB path is used.
const OPTIONAL = ['@duckdb/node-api'];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema.ts',
      testing: 'src/testing/index.ts',
      browser: 'src/browser.ts',
      authoring: 'src/authoring.ts',
      scale: 'src/scale/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    noExternal: ESM_ONLY,
    external: OPTIONAL,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    noExternal: ESM_ONLY,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
