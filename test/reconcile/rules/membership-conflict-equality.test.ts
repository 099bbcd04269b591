/**
 * membership-conflict walks each group's claims once before it builds
 * anything (reading the group facts grouping tallied), and its mention
 * search looks up a group's subject once (issue 19, round 6): on a context
 * `buildContext` made and on a copy of it (a context made elsewhere, whose
 * facts come from a walk over the groups) it gives the same drafts, byte
 * for byte, and it finds something on every case. Round 6 checked the
 * rewrite against a frozen copy of the previous rule on these cases; the
 * copy was dropped at the merge as it repeated most of the rule line for
 * line.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/model/corpus.js';
import { membershipConflictRule } from '../../../src/reconcile/index.js';
import { corpus, predicate, v } from '../fixture.js';
import { contextOf, helperCorpora } from './captured-context.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';

const founders = predicate('founding-members', 'entity-set', 'multi', 'founding members');
const partner = predicate('partner', 'entity', 'multi', 'partner');

/** Claims [source, subject, predicate, value, negative?] over sources x, y, z. */
const made = (claims: readonly (readonly [string, string, string, ReturnType<typeof v.entity>, boolean?])[]): Corpus =>
  corpus({
    sources: ['x', 'y', 'z'].map((id) => ({ id, text: `Text of ${id}.` })),
    predicates: [founders, partner],
    claims: claims.map(([source, subject, p, value, negative], i) => ({
      id: `c${i}`,
      source,
      quote: `Text of ${source}`,
      subject,
      predicate: p,
      value,
      ...(negative === true ? { polarity: 'negative' as const } : {}),
    })),
  });

const cases: readonly (readonly [string, () => Corpus])[] = [
  ...helperCorpora(11),
  ['a synthetic corpus of 8,000 claims', () => syntheticCorpus(8000, 3)],
  ['a synthetic corpus of 8,000 claims, another seed', () => syntheticCorpus(8000, 99)],
  [
    'closed lists against open lists, denials, counts and quantities, with mentions elsewhere',
    () =>
      made([
        ['x', 'Pact', 'founding-members', v.closed('Japan', 'Korea', 'India')],
        ['y', 'Pact', 'founding-members', v.open(['Japan', 'Qatar'])],
        ['z', 'Pact', 'founding-members', v.entity('Korea'), true],
        ['y', 'Pact', 'founding-members', v.count(7)],
        ['z', 'Pact', 'founding-members', v.quantity(9, 9)],
        ['x', 'Summit', 'partner', v.entity('Qatar')],
        ['x', 'Qatar', 'partner', v.entity('Japan')],
        ['x', 'Alike', 'founding-members', v.closed('Japan', 'Korea')],
        ['y', 'Alike', 'founding-members', v.closed('Japan', 'Korea')],
        ['x', 'Sized', 'founding-members', v.open(['Japan'], 3)],
        ['y', 'Sized', 'founding-members', v.open(['Japan'], 3)],
        ['z', 'Sized', 'founding-members', v.open(['Korea', 'India', 'Qatar', 'Chile'])],
        ['x', 'Lone', 'partner', v.entity('Japan')],
        ['y', 'Lone', 'partner', v.entity('Korea'), true],
      ]),
  ],
  [
    'a group of twenty distinct complete lists (past the short array of lists)',
    () =>
      made(
        Array.from({ length: 20 }, (_, i) => [['x', 'y', 'z'][i % 3] as string, 'Crowded', 'founding-members', v.closed('Japan', 'Korea', ...(i % 2 === 0 ? ['India'] : []), `Member ${i % 7}`)] as const),
      ),
  ],
];

describe('membership-conflict gives the same drafts on its fast path and on a context made elsewhere', () => {
  it.each(cases)('%s', (_title, make) => {
    const context = contextOf(make());
    const drafts = membershipConflictRule.check(context, {});
    expect(membershipConflictRule.check({ ...context }, {})).toEqual(drafts);
    expect(drafts.length).toBeGreaterThan(0);
  }, 60_000);
});
