#!/usr/bin/env node
// The `claimtrace` command line (built to dist/cli.js, the package's bin).
import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

const io = processIo();
process.exitCode = await io.finish(await runCli(process.argv.slice(2), io));
