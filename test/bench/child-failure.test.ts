import { describe, expect, it } from 'vitest';
import { childFailureText } from '../tools/bench/child-failure.js';

const TRAILER = '\nNode.js v20.20.2\n';

describe('childFailureText: what a failed bench child\'s stderr is quoted by', () => {
  it.each<[string, string, number, string]>([
    ['an uncaught exception: its error line and frames, not the trailer', `/x/duckdb-scale.ts:88\n  hash.update(x);\n\nRangeError: Invalid string length\n    at JSON.stringify (<anonymous>)\n    at digestOf (/x/duckdb-scale.ts:88:5)\n${TRAILER}`, 3, 'RangeError: Invalid string length / at JSON.stringify (<anonymous>) / at digestOf (/x/duckdb-scale.ts:88:5)'],
    ['V8 out of memory', '<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb8d0a3 node::Abort()\n', 2, 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory / 1: 0xb8d0a3 node::Abort()'],
    ['an error named inside a line', `Uncaught [Error: Out of Memory Error: could not allocate block of size 256 KiB]\n${TRAILER}`, 3, 'Uncaught [Error: Out of Memory Error: could not allocate block of size 256 KiB]'],
    ['the first error line, past lines before it', `loading 10,000,000 claims\n[Error: Out of Memory Error: could not allocate block]\n    at Error.captureStackTrace (native)\n${TRAILER}`, 2, '[Error: Out of Memory Error: could not allocate block] / at Error.captureStackTrace (native)'],
    ['DuckDB out of memory after Node\'s own source line', `node:internal/process/promises:394\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n\n[Error: Out of Memory Error: failed to pin block of size 256.0 KiB (3.7 GiB/3.7 GiB used)\n\nPossible solutions:\n* Reducing the number of threads (SET threads=X)]\n${TRAILER}`, 2, '[Error: Out of Memory Error: failed to pin block of size 256.0 KiB (3.7 GiB/3.7 GiB used) / Possible solutions:'],
    ['no error line: the last lines', 'loading\nstill loading\nkilled\n', 2, 'still loading / killed'],
    ['nothing but the trailer', TRAILER, 3, ''],
  ])('%s', (_, stderr, lines, expected) => {
    expect(childFailureText(stderr, lines)).toBe(expected);
  });
});
