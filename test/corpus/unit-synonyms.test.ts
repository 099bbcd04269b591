/**
 * A claims repository that adds unit synonyms (test/fixtures/claims/unit-synonyms:
 * three outlets count the ships at anchor off Busan as "container ships",
 * "boxships" and "container vessels"; predicates.yaml says `boxships` are
 * container ships). Through the loader, the three counts are one measure and
 * the pilot's nine against the port authority's "at least 14" is found;
 * without the table they are different measures and nothing is. A bad table
 * is placed at the entry's key in predicates.yaml.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reconciled } from '../../src/check/index.js';
import { buildCorpus } from '../../src/claims/build-corpus.js';
import { failed } from '../../src/model/result.js';
import { checkedFolder, checkedInBeforeAll, findingsAbout, groupClaimOf } from '../support/checked-folder.js';

const FOLDER = 'test/fixtures/claims/unit-synonyms';
const corpus = checkedInBeforeAll(FOLDER);
const { about, claim } = corpus;
let withoutTable: Reconciled;
let fromLines: Reconciled;
const copies: string[] = [];

beforeAll(async () => {
  const copy = mkdtempSync(join(tmpdir(), 'claimtrace-units-'));
  copies.push(copy);
  cpSync(FOLDER, copy, { recursive: true });
  const predicates = readFileSync(join(copy, 'predicates.yaml'), 'utf8');
  writeFileSync(join(copy, 'predicates.yaml'), predicates.slice(0, predicates.indexOf('\nunits:') + 1));
  ({ reconciled: withoutTable } = await checkedFolder(copy));
  // the same folder with one claim file written as NDJSON lines
  const lines = mkdtempSync(join(tmpdir(), 'claimtrace-units-'));
  copies.push(lines);
  cpSync(FOLDER, lines, { recursive: true });
  rmSync(join(lines, 'claims', 'shipping-gazette.yaml'));
  const line = { id: 'anchored-shipping-gazette', source: 'shipping-gazette', subject: 'Busan anchorage', predicate: 'ships-at-anchor', value: { quantity: 'Nine boxships' }, quote: 'Nine boxships were anchored outside Busan' };
  writeFileSync(join(lines, 'claims', 'shipping-gazette.ndjson'), `${JSON.stringify(line)}\n`);
  ({ reconciled: fromLines } = await checkedFolder(lines));
});

afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

describe('a claims repository with a units: table', () => {
  it('loads without a problem', () => {
    expect(corpus.messages.filter((m) => !m.includes('value-conflict'))).toEqual([]);
  });

  it('compares "Nine boxships" with "At least 14 container ships" and "Some 15 container vessels" as one measure', () => {
    const findings = about('ships-at-anchor');
    expect(findings.map((f) => f.kind)).toEqual(['value-conflict']);
    expect(findings[0]?.sides.map((s) => s.sources)).toEqual([['harbour-daily', 'port-wire'], ['shipping-gazette']]);
    expect(findings[0]?.message).toContain('Nine boxships');
  });

  it('keeps the source words of a folded value, with the unit it means', () => {
    expect(claim('anchored-shipping-gazette')?.value).toMatchObject({ type: 'quantity', low: 9, high: 9, unit: 'container ship', raw: 'Nine boxships' });
  });

  it('folds a claim read from an NDJSON line alike', () => {
    const findings = findingsAbout(fromLines, 'ships-at-anchor');
    expect(findings.map((f) => f.sides.map((s) => s.sources))).toEqual([[['harbour-daily', 'port-wire'], ['shipping-gazette']]]);
    const grouped = groupClaimOf(fromLines, 'anchored-shipping-gazette');
    expect(grouped?.value).toMatchObject({ unit: 'container ship', raw: 'Nine boxships' });
  });

  it('finds nothing without the table: boxships and container ships are different measures', () => {
    expect(findingsAbout(withoutTable, 'ships-at-anchor')).toEqual([]);
  });
});

describe('a bad units: table is placed in predicates.yaml', () => {
  const PREDICATES = 'predicates:\n  - id: ships\n    valueType: quantity\n    cardinality: functional\n    description: Ships.\nunits:\n';
  const problems = (units: string) =>
    buildCorpus({ yamlFiles: [{ path: 'predicates.yaml', text: PREDICATES + units }], readTextFile: () => failed([]) }).messages.map(
      (m) => [m.code, 'file' in (m.place ?? {}) ? `${(m.place as { file: string }).file}:${(m.place as { start: { line: number } }).start.line}:${(m.place as { start: { column: number } }).start.column}` : '', m.message] as const,
    );

  it.each([
    // the units: lines, code, place, words of the message
    ['  boats: ships\n  boat: dinghies\n', 'invalid-unit-synonym', 'predicates.yaml:8:3', 'is mapped to "dinghies"'],
    ['  boats: ships\n  ships: boats\n', 'invalid-unit-synonym', 'predicates.yaml:7:3', 'cycle'],
    ['  "% of exports": exports\n', 'invalid-unit-synonym', 'predicates.yaml:7:3', 'without digits or "%"'],
    ['  "12": ships\n', 'invalid-unit-synonym', 'predicates.yaml:7:3', 'without digits'],
    ['  boats: 12 ships\n', 'schema', 'predicates.yaml:7:10', 'without digits'],
    ['  boats: [ships, vessels]\n', 'schema', 'predicates.yaml:7:10', 'expected string'],
    ['  boats: "   "\n', 'schema', 'predicates.yaml:7:10', 'only spaces'],
  ])('%j → %s at %s', (units, code, place, words) => {
    const found = problems(units).filter(([c]) => c !== 'predicates-missing');
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe(code);
    expect(found[0]?.[1]).toBe(place);
    expect(found[0]?.[2]).toContain(words);
  });

  it('loads a good table without a message', () => {
    expect(problems('  boats: ships\n  container ships: ships\n')).toEqual([]);
  });
});
