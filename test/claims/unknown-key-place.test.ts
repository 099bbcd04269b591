/**
 * An unknown key is placed at the key itself (where its name is written),
 * not at its value, in every YAML file the loader reads: a claim's written
 * value and time qualifier (value kinds' strict forms), a claim entry, a
 * source, an entity, a predicate, the units table's parent. The column is
 * the first character of the key's name.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { flat } from '../support/flat-message.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the minimal fixture with one file's text replaced by `edit` of it. */
const folderWith = (file: string, edit: (text: string) => string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-unknown-key-'));
  scratch.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(FIXTURE, file), 'utf8')));
  return dir;
};

const claim = (lines: string) => () => `source: wire\nclaims:\n  - id: typo\n    subject: Project Vault\n    predicate: amount\n${lines}    quote: worth nearly $12 billion\n`;

describe('an unknown key is placed at the key, not at its value', () => {
  it.each([
    // what, file, its new text (from the fixture's), code, line:column of the key, words of the message
    ['a typo inside a written value (flow)', 'claims/wire.yaml', claim('    value: { quantity: nearly $12 billion, hegde: about }\n'), 'invalid-value', '6:44', 'value: unknown key "hegde"'],
    ['a typo inside a written value (block)', 'claims/wire.yaml', claim('    value:\n      quantity: nearly $12 billion\n      hegde: about\n'), 'invalid-value', '8:7', 'value: unknown key "hegde"'],
    ['a key of the claim inside its value', 'claims/wire.yaml', claim('    value: { quantity: "5", hedge: expected }\n'), 'invalid-value', '6:29', 'value: unknown key "hedge"'],
    ['a typo in a structured value', 'claims/wire.yaml', claim('    value: { type: quantity, low: 5, high: 5, lowInclusive: true, highInclusive: true, colour: red }\n'), 'invalid-value', '6:88', 'value: unknown key "colour"'],
    ['a typo inside the time qualifier', 'claims/wire.yaml', claim('    value: { quantity: "5" }\n    qualifiers:\n      time: { date: 2025, wen: later }\n'), 'invalid-value', '8:27', 'qualifiers.time: unknown key "wen"'],
    ['a typo in a claim entry', 'claims/wire.yaml', claim('    value: { quantity: "5" }\n    qoute: worth\n'), 'schema', '7:5', 'unknown key "qoute"'],
    ['a typo in a source', 'sources/wire.yaml', (t: string) => t.replace('language: en\n', 'language: en\nlangauge: fr\n'), 'schema', '6:1', 'unknown key "langauge"'],
    ['a typo in an entity', 'entities.yaml', (t: string) => `${t}    knd: place\n`, 'schema', '6:5', 'unknown key "knd"'],
    ['a typo in a predicate', 'predicates.yaml', (t: string) => t.replace('    cardinality: functional\n', '    cardinality: functional\n    cardinalty: set\n'), 'schema', '5:5', 'unknown key "cardinalty"'],
  ] as const)('%s', async (_what, file, edit, code, at, words) => {
    const loaded = await loadCorpus(folderWith(file, edit));
    const found = loaded.messages.map(flat).filter((m) => m.code === code && m.message.includes(words));
    expect(found.map((m) => `${m.file}:${m.line}:${m.column}`)).toEqual([`${file}:${at}`]);
  });
});
