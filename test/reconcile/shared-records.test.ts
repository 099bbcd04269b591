/**
 * What a run shares instead of copying (issue 19): one finding claim per
 * claim for every finding and coverage row that shows it, a private way back
 * from it to its group claim, the resolver's memo, and flat strings — none of
 * which may change what a run returns.
 */
import { describe, expect, it } from 'vitest';
import type { FindingClaim } from '../../src/model/finding.js';
import { settled } from '../../src/model/result.js';
import { type GroupClaim, findingClaimOf, groupClaimOf, groupClaims, valueEntryOf } from '../../src/reconcile/claim-groups.js';
import type { SourceId } from '../../src/model/ids.js';
import { createEntityResolver } from '../../src/normalize/entity-resolver.js';
import { valueKinds, type ValueKinds } from '../../src/values/registry.js';
import type { AnyValue } from '../../src/values/value-kind.js';
import { memoizedResolver } from '../../src/reconcile/create-reconciler.js';
import { flattened } from '../../src/reconcile/flat-string.js';
import { detectNearDuplicate } from '../../src/normalize/near-duplicate.js';
import { builtinRules, createReconciler } from '../../src/reconcile/index.js';
import { syntheticCorpus } from '../tools/bench/reconcile.js';
import { paxSilicaCorpus } from './pax-silica-corpus.js';

const corpora = [
  { name: 'the Pax Silica corpus', corpus: paxSilicaCorpus() },
  { name: '3,000 synthetic claims', corpus: syntheticCorpus(3_000, 7) },
];

const findingClaimsOf = (run: ReturnType<typeof settledRun>): FindingClaim[] => [
  ...run.findings.flatMap((f) => f.sides.flatMap((s) => s.claims)),
  ...run.coverage.singleSource.flatMap((row) => row.claims),
];

const settledRun = (corpus: (typeof corpora)[number]['corpus']) => settled(createReconciler({ rules: builtinRules(), options: { validateFindings: true } }).reconcile(corpus));

describe('finding claims are shared, not copied', () => {
  it.each(corpora)('$name: one object per claim across findings and coverage, with exactly the four fields of FindingClaim', ({ corpus }) => {
    const run = settledRun(corpus);
    const shown = findingClaimsOf(run);
    expect(shown.length).toBeGreaterThan(0);
    const byId = new Map<string, FindingClaim>();
    for (const claim of shown) {
      const first = byId.get(claim.claimId);
      if (first === undefined) byId.set(claim.claimId, claim);
      else expect(claim).toBe(first);
      expect(Object.keys(claim)).toEqual(['claimId', 'sourceId', 'span', 'value']);
      expect(JSON.parse(JSON.stringify(claim))).toEqual({ claimId: claim.claimId, sourceId: claim.sourceId, span: claim.span, value: claim.value });
    }
  });

  it.each(corpora)('$name: each leads back to its group claim', ({ corpus }) => {
    const run = settledRun(corpus);
    const groupClaims = new Map(run.groups.flatMap((g) => g.claims.map((c) => [c.claimId, c] as const)));
    for (const claim of findingClaimsOf(run)) {
      const origin = groupClaimOf(claim);
      expect(origin).toBe(groupClaims.get(claim.claimId));
      expect(findingClaimOf(origin as GroupClaim)).toBe(claim);
    }
  });

  it('a finding claim made elsewhere has no group claim; a group claim made elsewhere gets a fresh copy each time', () => {
    const [claim] = findingClaimsOf(settledRun(paxSilicaCorpus()));
    const plain: FindingClaim = { ...(claim as FindingClaim) };
    expect(groupClaimOf(plain)).toBeUndefined();
    const literal = { ...(groupClaimOf(claim as FindingClaim) as GroupClaim) };
    const a = findingClaimOf(literal);
    const b = findingClaimOf(literal);
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    expect(groupClaimOf(a)).toBe(literal);
  });

  it.each([
    { name: 'a copy made before the first ask keeps one of its own (made from its own fields)', freeze: false, same: true },
    { name: 'a frozen copy made before the first ask gets a new one each time (nothing is written to it)', freeze: true, same: false },
  ])('$name', ({ freeze, same }) => {
    // Claims just grouped: no finding claim made yet.
    const corpus = paxSilicaCorpus();
    const placement = { sourceGroup: (id: SourceId) => id, witness: (_: unknown, group: SourceId) => `group:${group}` };
    const fresh = groupClaims(corpus.claims, createEntityResolver({ entities: corpus.entities }), valueKinds as unknown as ValueKinds<AnyValue>, placement)[0]?.claims[0] as GroupClaim;
    const copy = freeze ? Object.freeze({ ...fresh }) : { ...fresh };
    const a = findingClaimOf(copy);
    const b = findingClaimOf(copy);
    expect(a === b).toBe(same);
    expect(a).toEqual(b);
    expect(groupClaimOf(a)).toBe(copy);
    // The original is untouched: its own finding claim, shared, leading back to it.
    expect(findingClaimOf(fresh)).toBe(findingClaimOf(fresh));
    expect(findingClaimOf(fresh)).not.toBe(a);
    expect(groupClaimOf(findingClaimOf(fresh))).toBe(fresh);
  });

  it('a claim keeps its value entry once its finding claim is made (the one slot holds either)', () => {
    const run = settledRun(syntheticCorpus(500, 3));
    for (const claim of run.groups.flatMap((g) => g.claims)) {
      const entry = valueEntryOf(claim);
      expect(entry).toBeDefined();
      findingClaimOf(claim);
      expect(valueEntryOf(claim)).toBe(entry);
      expect(valueEntryOf({ ...claim })).toBe(entry);
      expect(valueEntryOf({ ...claim, value: { type: 'text', text: 'another value' } })).toBeUndefined();
    }
  });

  it('a run gives the same findings and coverage as a second run of the same reconciler (nothing shared leaks between runs)', () => {
    const corpus = syntheticCorpus(2_000, 11);
    const reconciler = createReconciler({ rules: builtinRules() });
    const first = settled(reconciler.reconcile(corpus));
    const second = settled(reconciler.reconcile(corpus));
    expect(JSON.stringify(second.findings)).toBe(JSON.stringify(first.findings));
    expect(JSON.stringify(second.coverage)).toBe(JSON.stringify(first.coverage));
    expect(findingClaimsOf(second)[0]).not.toBe(findingClaimsOf(first)[0]);
  });
});

describe('memoizedResolver', () => {
  const counting = (known: Readonly<Record<string, string>>) => {
    const asked: string[] = [];
    return {
      asked,
      resolver: {
        resolve: (name: string) => {
          asked.push(name);
          return known[name] as never;
        },
        canonicalName: () => undefined,
        nearDuplicate: (a: string, b: string) => detectNearDuplicate(a, b, () => undefined),
      },
    };
  };

  it.each([
    { names: ['Japan', 'Japan', 'Japan'], asked: ['Japan'], ids: ['country:JP', 'country:JP', 'country:JP'] },
    { names: ['Nowhere', 'Nowhere'], asked: ['Nowhere'], ids: [undefined, undefined] },
    { names: ['Japan', 'Nowhere', 'Japan', 'Nowhere'], asked: ['Japan', 'Nowhere'], ids: ['country:JP', undefined, 'country:JP', undefined] },
  ])('asks the resolver once per name, known or not: $names', ({ names, asked, ids }) => {
    const { resolver, asked: seen } = counting({ Japan: 'country:JP' });
    const memo = memoizedResolver(resolver);
    expect(names.map((n) => memo.resolve(n))).toEqual(ids);
    expect(seen).toEqual(asked);
  });

  it('keeps at most maxNames names and still answers for the others', () => {
    const { resolver, asked } = counting({ a: 'x:a', b: 'x:b' });
    const memo = memoizedResolver(resolver, 1);
    expect(['a', 'b', 'a', 'b'].map((n) => memo.resolve(n))).toEqual(['x:a', 'x:b', 'x:a', 'x:b']);
    expect(asked).toEqual(['a', 'b', 'b']);
  });
});

describe('flattened', () => {
  const built = (parts: number): string => {
    let text = '';
    for (let i = 0; i < parts; i++) text = `${text}piece ${i}; `;
    return text;
  };
  it.each([
    { name: 'empty', text: '' },
    { name: 'one code unit', text: 'x' },
    { name: 'a concatenation of 500 pieces', text: built(500) },
    { name: 'astral and combining characters', text: `${'𝔸'}e\u0301${built(3)}` },
  ])('returns the same string: $name', ({ text }) => {
    const copy = `${text}`;
    expect(flattened(text)).toBe(copy);
    expect(flattened(text).length).toBe(copy.length);
  });
});
