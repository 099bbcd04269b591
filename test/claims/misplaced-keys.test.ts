/**
 * Keys a new author writes in the wrong place get a hint that says where
 * they belong, not only the keys allowed there: `speaker:` on a claim goes
 * under `attribution:`, `date:` on a source is `publishedAt:`, `quote:`
 * inside an attribution is the claim's, a claim's keys at the top of a claim
 * file go in a `claims:` item, `type:` on an entity is `kind:`. A typo of an
 * allowed key still gets "did you mean". And an entity needs no `aliases`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { misplacedKeyHint } from '../../src/claims/misplaced-keys.js';
import { settled } from '../../src/model/result.js';
import { flat } from '../support/flat-message.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const folderWith = (file: string, edit: (text: string) => string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-misplaced-'));
  scratch.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(FIXTURE, file), 'utf8')));
  return dir;
};

/** The minimal fixture's `reserve` claim with `lines` in place of its attribution. */
const claimWith = (lines: string) => (t: string) => t.replace('    attribution: { speaker: officials }\n', lines);

describe('a key written at the wrong level says where it belongs', () => {
  it.each([
    // what, file, edit, the key, words of the hint
    ['speaker on a claim', 'claims/wire.yaml', claimWith('    speaker: officials\n'), 'speaker', "a claim's speaker goes under `attribution`: `attribution: { speaker: … }`"],
    ['outlet on a claim', 'claims/wire.yaml', claimWith('    outlet: Politico\n'), 'outlet', '`attribution: { outlet: … }`'],
    ['said_by on a claim', 'claims/wire.yaml', claimWith('    said_by: officials\n'), 'said_by', 'who says it goes under `attribution`: `attribution: { speaker: … }`'],
    ['according_to on a claim', 'claims/wire.yaml', claimWith('    according_to: Politico\n'), 'according_to', '`attribution: { outlet: … }`'],
    ['date on a claim', 'claims/wire.yaml', claimWith('    date: 2025-12-12\n'), 'date', 'a date the claim states is its value (`value: { date: … }`'],
    ['place on a claim', 'claims/wire.yaml', claimWith('    place: Washington\n'), 'place', '`qualifiers: { place: … }`'],
    ['source on a claim', 'claims/wire.yaml', claimWith('    source: wire\n'), 'source', "a claim quotes the claim file's `source:`"],
    ['url on a claim', 'claims/wire.yaml', claimWith('    url: https://example.org/a\n'), 'url', 'belongs in its source file (sources/<id>.yaml), not on a claim'],
    ['quote inside an attribution', 'claims/wire.yaml', claimWith('    attribution: { speaker: officials, quote: worth nearly $12 billion }\n'), 'quote', "`quote` is the claim's, beside `attribution:`, not inside it"],
    ['name inside an attribution', 'claims/wire.yaml', claimWith('    attribution: { name: officials }\n'), 'name', 'write who says it as `speaker`'],
    ['speaker inside an evidence entry', 'claims/wire.yaml', (t: string) => t.replace('    quote: worth nearly $12 billion\n    attribution: { speaker: officials }\n', '    evidence:\n      - quote: worth nearly $12 billion\n        speaker: officials\n'), 'speaker', "an attribution is the claim's: `attribution: { speaker: … }` beside `evidence:`"],
    ['date inside qualifiers', 'claims/wire.yaml', claimWith('    qualifiers: { date: 2025 }\n'), 'date', '`qualifiers: { time: … }`'],
    ['a claim written at the top of a claim file', 'claims/wire.yaml', (t: string) => `id: stray\n${t}`, 'id', 'each claim is an item of the `claims:` list'],
    ['the page date in a claim file', 'claims/wire.yaml', (t: string) => `date: 2025-12-12\n${t}`, 'date', 'belongs in its source file (sources/<id>.yaml)'],
    ['date on a source', 'sources/wire.yaml', (t: string) => t.replace('publishedAt: { date: 2025-12-12 }\n', 'publishedAt: { date: 2025-12-12 }\ndate: 2025-12-12\n'), 'date', 'the publication date is `publishedAt: { date: YYYY-MM-DD }`'],
    ['site on a source', 'sources/wire.yaml', (t: string) => `${t}site: Example Wire\n`, 'site', 'write who publishes the page as `publisher:`'],
    ['byline on a source', 'sources/wire.yaml', (t: string) => `${t}byline: Jo Bloggs\n`, 'byline', 'write who wrote the page as `author:`'],
    ['type on a predicate', 'predicates.yaml', (t: string) => t.replace('    valueType: quantity\n', '    valueType: quantity\n    type: number\n'), 'type', 'the kind of value is written `valueType:`'],
    ['unit on a predicate', 'predicates.yaml', (t: string) => t.replace('    valueType: quantity\n', '    valueType: quantity\n    unit: dollars\n'), 'unit', 'unit synonyms go in the `units:` table'],
    ['type on an entity', 'entities.yaml', (t: string) => t.replace('    kind: agreement\n', '    kind: agreement\n    type: treaty\n'), 'type', "an entity's type is written `kind:`"],
  ] as const)('%s', async (_what, file, edit, key, words) => {
    const loaded = await loadCorpus(folderWith(file, edit));
    const found = loaded.messages.map(flat).filter((m) => m.code === 'schema' && m.message.includes(`unknown key "${key}"`));
    expect(found.map((m) => m.file)).toEqual([file]);
    expect(found[0]?.hint).toContain(words);
    expect(found[0]?.hint).toMatch(/; allowed here: /);
  });

  it.each([
    // a typo of an allowed key: the closest allowed key, as before
    ['qoute', 'quote'],
    ['atribution', 'attribution'],
    ['subjet', 'subject'],
  ])('a typo "%s" on a claim: did you mean "%s"', async (typo, meant) => {
    const loaded = await loadCorpus(folderWith('claims/wire.yaml', claimWith(`    ${typo}: x\n`)));
    const found = loaded.messages.map(flat).filter((m) => m.message.includes(`unknown key "${typo}"`));
    expect(found.map((m) => m.hint?.split(' allowed here')[0])).toEqual([`did you mean "${meant}"?`]);
  });

  it('names no place for a key it does not know, or for objects it cannot tell apart', () => {
    expect(misplacedKeyHint('colour', ['attribution', 'id', 'predicate', 'qualifiers', 'quote', 'subject', 'value'])).toBeUndefined();
    expect(misplacedKeyHint('speaker', ['a', 'b'])).toBeUndefined();
  });
});

describe('an entity needs an id, a name and a kind; aliases are optional', () => {
  it('loads an entity without aliases and resolves its name', async () => {
    const dir = folderWith('entities.yaml', (t) => `${t}  - id: project-vault\n    name: Project Vault\n    kind: programme\n`);
    const loaded = await loadCorpus(dir);
    expect(loaded.messages.map(flat)).toEqual([]);
    const { corpus } = settled(loaded);
    expect(corpus.entities.find((e) => e.id === 'project-vault')).toMatchObject({ name: 'Project Vault', aliases: [] });
    expect(corpus.claims.find((c) => c.id === 'reserve')?.subject).toMatchObject({ id: 'project-vault' });
  });
});

describe('a list written as one item says how to write it as a list', () => {
  it.each([
    ['aliases of an entity', 'entities.yaml', (t: string) => t.replace('    aliases: [Pax Silica, Pax Silica agreement]\n', '    aliases: Pax Silica\n'), '`aliases: [Pax Silica]`'],
    ['evidence written as one quote (a list of quotes, not of words)', 'claims/wire.yaml', (t: string) => t.replace('value: { members: [Singapore, Australia, Japan, South Korea, Israel], list: closed }', 'value: { members: [Singapore, Australia, Japan, South Korea, Israel], list: closed }\n    evidence: worth'), undefined],
  ] as const)('%s', async (_what, file, edit, words) => {
    const loaded = await loadCorpus(folderWith(file, edit));
    const hints = loaded.messages.map(flat).filter((m) => m.file === file).map((m) => m.hint ?? '');
    expect(hints.length).toBeGreaterThan(0);
    if (words === undefined) expect(hints.some((h) => h.startsWith('write a list'))).toBe(false); // `evidence` is a list of quotes, not of words: the general hint
    else expect(hints).toContainEqual(expect.stringContaining(words));
  });
});
