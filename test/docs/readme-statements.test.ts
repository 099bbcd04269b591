/**
 * README.md's counted statements stay true: the bundled corpus's sources and
 * claims, the root entry's functions, the package's entry points, and every
 * command of its "Command line" block is one the CLI has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { loadCorpus } from '../../src/claims/index.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { settled } from '../../src/model/result.js';

const REPO = join(import.meta.dirname, '../..');
/** README.md with every run of white space as one space (statements wrap across lines). */
const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const FLAT = README.replace(/\s+/g, ' ');
const PACKAGE = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty'];
/** An English number word as the README writes it ("five", "thirty-six"). */
const numberWord = (n: number): string => (n < 10 ? WORDS[n]! : n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]!}-${WORDS[n % 10]!}`);

/** The text a pattern captures in the flattened README; fails the test when the statement is gone. */
const stated = (pattern: RegExp): string => {
  const match = pattern.exec(FLAT);
  if (match?.[1] === undefined) throw new Error(`README.md no longer states ${pattern.source}`);
  return match[1];
};

describe('README.md statements', () => {
  it('gives the bundled corpus its true number of articles and claims', async () => {
    const { corpus } = settled(await loadCorpus(join(REPO, 'claims')));
    expect(stated(/loads `claims\/` \((\w+) news articles/)).toBe(numberWord(corpus.sources.length));
    expect(Number(stated(/critical minerals, (\d+) claims\)/))).toBe(corpus.claims.length);
  });

  it('counts the root entry’s functions and constants', () => {
    const values = Object.values(root);
    const functions = values.filter((v) => typeof v === 'function').length;
    expect(stated(/`claimtrace` \(([\w-]+) functions —/)).toBe(numberWord(functions));
    expect(stated(/outputs — (\w+) constants and the types\)/)).toBe(numberWord(values.length - functions));
  });

  it('counts the package’s entry points', () => {
    const entries = Object.keys(PACKAGE.exports).filter((key) => !key.endsWith('.json'));
    expect(stated(/The package has (\w+) entry points/)).toBe(numberWord(entries.length));
  });

  it('shows only commands the CLI has', () => {
    const shown = [...README.matchAll(/^npx claimtrace ([a-z-]+)/gm)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(10);
    const known = new Set(COMMANDS.map((c) => c.name));
    expect(shown.filter((name) => !known.has(name))).toEqual([]);
  });
});
