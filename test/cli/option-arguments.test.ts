/**
 * Option values parseArgs cannot take as they are: a negative number after
 * an option reaches the command (which says what is wrong with it); a missing
 * value or one that starts with `-` gets a usage error naming the option,
 * what it takes and the argument given — never parseArgs's "argument is
 * ambiguous".
 */
import { describe, expect, it } from 'vitest';
import { negativeNumbersAsValues } from '../../src/cli/option-arguments.js';
import { fixture } from './built-bin.js';
import { runInProcess } from './memory-io.js';

const NOTICE = fixture('texts', 'notice.txt');

describe('claimtrace: option values', () => {
  it.each([
    ['a negative number', ['anchor', NOTICE, 'port', '--hint', '-5'], 'error: --hint must be a non-negative integer (got "-5")', undefined],
    ['a negative decimal', ['anchor', NOTICE, 'port', '--hint', '-2.5'], 'error: --hint must be a non-negative integer (got "-2.5")', undefined],
    ['a negative number written with =', ['anchor', NOTICE, 'port', '--hint=-5'], 'error: --hint must be a non-negative integer (got "-5")', undefined],
    ['no value at the end', ['anchor', NOTICE, 'port', '--hint'], 'error: --hint takes <offset>, but no value follows it', undefined],
    ['an option where the value goes', ['anchor', NOTICE, 'port', '--hint', '--json'], 'error: --hint takes <offset>; the argument after it, "--json", starts with "-" and reads as an option', 'hint: to give a value that starts with "-", write --hint=--json'],
    ['a value that starts with a dash', ['anchor', NOTICE, 'port', '--prefix', '-the'], 'error: --prefix takes <text>; the argument after it, "-the", starts with "-" and reads as an option', 'hint: to give a value that starts with "-", write --prefix=-the'],
    ['a short option missing its value', ['check', 'claims', '-o'], 'error: --output-file takes <file>, but no value follows it', undefined],
    ['a short option before a dash', ['check', 'claims', '-o', '-q'], 'error: --output-file takes <file>; the argument after it, "-q", starts with "-" and reads as an option', 'write --output-file=-q'],
  ])('%s: exit 2 with our own message', async (_name, args, message, hint) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    if (hint !== undefined) expect(run.stderr).toContain(hint);
    expect(run.stderr).not.toContain('ambiguous');
    expect(run.stderr).toMatch(/^usage: claimtrace /m);
  });

  it('a negative number that is the value of a text option is taken as it is', async () => {
    const run = await runInProcess(['anchor', NOTICE, 'port authority approved', '--prefix', '-1', '--json']);
    expect(run.stderr).not.toContain('error');
    expect(JSON.parse(run.stdout)).toMatchObject({ status: expect.any(String) });
  });
});

describe('negativeNumbersAsValues', () => {
  const options = { hint: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string', short: 'o' } } as const;
  it.each([
    [['a', '--hint', '-5'], ['a', '--hint=-5']],
    [['-o', '-3', 'a'], ['--out=-3', 'a']],
    [['--hint', '-x'], ['--hint', '-x']], // not a number: parseArgs reports it
    [['--json', '-5'], ['--json', '-5']], // a flag takes no value
    [['--', '--hint', '-5'], ['--', '--hint', '-5']], // after `--` everything is a positional
    [['--hint=-1', '-2'], ['--hint=-1', '-2']],
  ])('%j → %j', (args, expected) => {
    expect(negativeNumbersAsValues(args, options)).toEqual(expected);
  });
});
