#!/usr/bin/env node
// The `claimtrace` command line run from the sources (`npm start`: tsx src/cli/main.ts). The built bin,
// dist/cli.js, is src/cli/bin.ts: the same runMain, from a bundle compiled through a V8 code cache.
import { runMain } from './run-main.js';

await runMain();
