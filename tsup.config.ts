import { defineConfig } from 'tsup';

// ESM + CJS + .d.ts for the library, and the CLI as an ESM bin.
// approx-string-match ships ESM only, so it is bundled (noExternal) to keep
// `require('claimtrace')` working.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    noExternal: ['approx-string-match'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    noExternal: ['approx-string-match'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
