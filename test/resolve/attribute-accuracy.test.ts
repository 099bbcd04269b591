import { describe, expect, it } from 'vitest';
import { agreementCounts, attributeAccuracyOf } from '../../src/resolve/attribute-accuracy.js';
import { compileProblem } from '../../src/resolve/compile-problem.js';
import { noKnowledge } from '../../src/resolve/user-knowledge.js';
import {
  attributeAccu,
  createAttributeAccu,
  defaultStrategy,
  majorityVote,
  pooledInvestment,
  type ClaimGroup,
  type Resolution,
  type ResolutionProblem,
} from '../../src/resolve/index.js';
import { obs } from './fixtures.js';

const item = (key: string, predicate: string, pairs: readonly (readonly [string, string])[]): ClaimGroup => ({
  key,
  functional: true,
  predicate,
  observations: pairs.map(([s, v]) => obs(s, v, `${s}.${key}`)),
});

/**
 * Two attributes of twelve flights. On `scheduled` the airline, an
 * aggregator and a mirror site are right and two "runway" sites share a
 * wrong value. On `actual` the airline and the aggregator give the gate
 * time, the mirror and the runway sites the runway time; on flights 0–7 two
 * more sites give the gate time (4 against 3), on flights 8–11 they are
 * silent and the runway time has a 3-to-2 majority.
 */
const camps = (): ResolutionProblem => {
  const groups: ClaimGroup[] = [];
  for (let i = 0; i < 12; i++) {
    groups.push(
      item(`f${String(i).padStart(2, '0')}|scheduled`, 'scheduled', [
        ['airline', `s${i}`],
        ['aggregator', `s${i}`],
        ['mirror', `s${i}`],
        ['runway-a', `s${i}-r`],
        ['runway-b', `s${i}-r`],
      ]),
    );
    const extra: [string, string][] = i < 8 ? [['site-x', `gate-${i}`], ['site-y', `gate-${i}`]] : [];
    groups.push(
      item(`f${String(i).padStart(2, '0')}|actual`, 'actual', [
        ['airline', `gate-${i}`],
        ['aggregator', `gate-${i}`],
        ['mirror', `runway-${i}`],
        ['runway-a', `runway-${i}`],
        ['runway-b', `runway-${i}`],
        ...extra,
      ]),
    );
  }
  return { groups };
};

describe('attribute-accu', () => {
  it('is the default strategy', () => {
    expect(defaultStrategy).toBe(attributeAccu);
    expect(attributeAccu.meta.reference).toMatch(/Pasternack & Roth/);
  });

  it('lets the sources that are right elsewhere win an attribute where they are the minority', () => {
    const problem = camps();
    const contested = (res: Resolution) => res.groups.filter((g) => /f(08|09|10|11)\|actual/.test(g.key)).map((g) => g.preferred!.valueKey);
    expect(contested(majorityVote.resolve(problem))).toEqual(['runway-8', 'runway-9', 'runway-10', 'runway-11']);
    const r = attributeAccu.resolve(problem);
    expect(contested(r)).toEqual(['gate-8', 'gate-9', 'gate-10', 'gate-11']);
    expect(r.groups.filter((g) => g.key.endsWith('|scheduled')).every((g) => /^s\d+$/.test(g.preferred!.valueKey))).toBe(true);
    expect(r.groups.find((g) => g.key === 'f08|actual')!.explanation).toMatch(/^"gate-8" preferred \(confidence [\d.]+\) over "runway-8"/);
  });

  it('measures accuracy per attribute, leaving the judged item out', () => {
    const p = compileProblem(camps());
    const k = noKnowledge(p);
    // Truth: the gate and scheduled values everywhere.
    const truth = Int32Array.from(p.groupKeys, (_, g) => {
      for (let v = p.groupValueStart[g]!; v < p.groupValueStart[g + 1]!; v++) if (/^(gate-|s\d+$)/.test(p.valueKeys[v]!)) return v;
      return -1;
    });
    const c = agreementCounts(p, truth, k);
    const s = p.sourceIds.indexOf('mirror');
    const actual = p.predicates.indexOf('actual');
    const slot = s * p.predicates.length + actual;
    // The mirror: 12 / 12 right on `scheduled`, 0 / 12 on `actual`; overall (12 + 1) / (24 + 2).
    expect(c.slotAgree[slot]).toBe(0);
    expect(c.slotItems[slot]).toBe(12);
    expect(attributeAccuracyOf(c, k, s, slot, 10)).toBeCloseTo((0 + 10 * (13 / 26)) / (12 + 10), 12);
    expect(attributeAccuracyOf(c, k, s, slot, 10, { agree: 0, items: 1 })).toBeCloseTo((10 * (13 / 25)) / (11 + 10), 12);
  });

  it('without attributes (one predicate) reduces to the seed and one ACCU vote', () => {
    const problem: ResolutionProblem = { groups: camps().groups.map(({ predicate: _p, ...g }) => g) };
    const seed = pooledInvestment.resolve(problem);
    const r = createAttributeAccu({ shrinkage: 1e9 }).resolve(problem);
    // With every accuracy global, the vote agrees with the seed on every item here.
    expect(r.groups.map((g) => g.preferred!.valueKey)).toEqual(seed.groups.map((g) => g.preferred!.valueKey));
  });

  it('supports a partial author list with the full one (type-aware similarity)', () => {
    // Two stores list both authors, two only the first: the vote ties, containment breaks it.
    const authors = (names: readonly string[]) => ({ type: 'entity-set' as const, mode: 'closed' as const, members: names.map((name) => ({ name })) });
    const problem: ResolutionProblem = {
      groups: [
        {
          key: 'book',
          functional: true,
          observations: [
            { sourceId: 'a', value: authors(['Han', 'Kamber']), valueKey: 'han; kamber' },
            { sourceId: 'b', value: authors(['Han', 'Kamber']), valueKey: 'han; kamber' },
            { sourceId: 'c', value: authors(['Han']), valueKey: 'han' },
            { sourceId: 'd', value: authors(['Han']), valueKey: 'han' },
          ],
        },
        // Other books all four stores agree on, so the stores are alike.
        ...Array.from({ length: 10 }, (_, i) => ({
          key: `other-${i}`,
          functional: true,
          observations: ['a', 'b', 'c', 'd'].map((sourceId) => ({ sourceId, value: authors([`A${i}`]), valueKey: `a${i}` })),
        })),
      ],
    };
    expect(majorityVote.resolve(problem).groups[0]!.preferred!.valueKey).toBe('han');
    expect(attributeAccu.resolve(problem).groups.find((g) => g.key === 'book')!.preferred!.valueKey).toBe('han; kamber');
  });
});
