/**
 * `Corpus.units` is what the loader accepted of a `units:` table: the
 * entries that fold (or change nothing), never an entry the table refuses,
 * a cycle's entries (its one message names only the first) nor an entry
 * leading into a cycle.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/claims/build-corpus.js';
import { failed, settled } from '../../src/model/result.js';

const PREDICATES = 'predicates:\n  - id: ships\n    valueType: quantity\n    cardinality: functional\n    description: Ships.\nunits:\n';

/** The corpus's units and the codes of the messages, for these `units:` lines. */
const load = (units: string) => {
  const built = buildCorpus({ yamlFiles: [{ path: 'predicates.yaml', text: PREDICATES + units }], readTextFile: () => failed([]) });
  return { units: settled(built).corpus.units, codes: built.messages.map((m) => m.code).filter((c) => c === 'invalid-unit-synonym') };
};

describe('Corpus.units holds the entries the loader accepted', () => {
  it.each([
    // units: lines, Corpus.units, how many invalid-unit-synonym messages
    ['  boxships: container ships\n  lorries: trucks\n', [{ unit: 'boxships', means: 'container ships' }, { unit: 'lorries', means: 'trucks' }], 0],
    ['  boats: ships\n  ships: boats\n  lorries: trucks\n', [{ unit: 'lorries', means: 'trucks' }], 1],
    ['  a: b\n  b: c\n  c: a\n  lorries: trucks\n', [{ unit: 'lorries', means: 'trucks' }], 1],
    ['  lorries: trucks\n  a: b\n  b: a\n  c: a\n', [{ unit: 'lorries', means: 'trucks' }], 1],
    ['  boats: ships\n  boat: dinghies\n', [{ unit: 'boats', means: 'ships' }], 1],
    ['  boats: ships\n  ships: boats\n', undefined, 1],
  ] as const)('%j', (lines, units, messages) => {
    const found = load(lines);
    expect(found.units).toEqual(units);
    expect(found.codes).toHaveLength(messages);
  });
});
