/**
 * An empty value gets one message: "must not be empty", placed at it — not
 * that and "must not be only spaces" or an id's pattern too. `suggest`
 * leaves `subject: ""` and `predicate: ""` for the author to fill in, and
 * check must then say once per field what to do. A value of only spaces, or
 * an id with a bad character, still gets its own message.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { isFilePlace } from '../../src/model/message.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The minimal fixture with the `reserve` claim's subject and predicate lines replaced. */
const messagesWith = async (subject: string, predicate: string): Promise<string[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-empty-'));
  scratch.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'claims/wire.yaml');
  const text = readFileSync(file, 'utf8')
    .replace('    subject: Project Vault\n', `    subject: ${subject}\n`)
    .replace('    predicate: amount\n', `    predicate: ${predicate}\n`);
  writeFileSync(file, text);
  const result = await loadCorpus(dir);
  return result.messages.filter((m) => m.severity === 'error').map((m) => `${isFilePlace(m.place) ? `${m.place.start.line}:${m.place.start.column}` : '?'} ${m.message}`);
};

describe('one message for an empty value', () => {
  it.each([
    // what, subject, predicate, the messages (line:column text)
    ['an empty subject and predicate, as suggest writes them', '""', '""', [
      '14:14 claims[2].subject: must not be empty',
      '15:16 claims[2].predicate: a predicate id must not be empty',
    ]],
    ['a subject of only spaces', '"   "', 'amount', ['14:14 claims[2].subject: must not be only spaces']],
    ['a predicate id with a space', 'Project Vault', '"an amount"', ['15:16 claims[2].predicate: a predicate id may contain only letters, digits, ".", "_", "-" and ":", and must start with a letter or digit']],
  ])('%s', async (_what, subject, predicate, expected) => {
    const messages = await messagesWith(subject, predicate);
    expect(messages.map((m) => m.replace(/ \(claim reserve\)$/u, ''))).toEqual(expected);
  });
});
