/**
 * Baselines: a review is of a disagreement, so it survives a growing corpus
 * — new evidence carries it over, changed values reopen it, a disagreement
 * that is gone makes it stale.
 */
import { describe, expect, it } from 'vitest';
import {
  BaselineSchema,
  baselineEntryFor,
  builtinRules,
  compareWithBaseline,
  failingFindings,
  failsBaseline,
  findingFingerprint,
  sameDisputed,
  type Baseline,
  type RecheckOn,
  type ReviewStatus,
} from '../../src/reconcile/index.js';
import type { Corpus } from '../../src/model/corpus.js';
import { corpus, run, v, type ClaimInput, type SourceInput } from './fixture.js';
import { paxSilicaCorpus } from './pax-silica-corpus.js';

const review = { verdict: 'real-conflict', reason: 'reviewed in a test', reviewedBy: 'test desk' } as const;

/** The pax corpus with claim `id`'s value replaced. */
const withValue = (c: Corpus, id: string, value: Corpus['claims'][number]['value']): Corpus => ({
  ...c,
  claims: c.claims.map((claim) => (claim.id === id ? { ...claim, value } : claim)),
});

/** The pax corpus plus one more source and its claims. */
const withSource = (c: Corpus, source: SourceInput, claims: readonly ClaimInput[]): Corpus => {
  const extra = corpus({ sources: [source], predicates: c.predicates, claims, entities: c.entities });
  return { ...c, sources: [...c.sources, ...extra.sources], claims: [...c.claims, ...extra.claims] };
};

const AGREES: SourceInput = {
  id: '005_agrees',
  text: 'Japan, Israel, Australia, South Korea and Singapore signed the Pax Silica declaration as its founding members on Friday.',
};
const agreeing: ClaimInput = {
  id: 'signatories-005',
  source: '005_agrees',
  quote: 'Japan, Israel, Australia, South Korea and Singapore signed the Pax Silica declaration',
  subject: 'Pax Silica',
  predicate: 'signatories',
  value: v.closed('Japan', 'Israel', 'Australia', 'South Korea', 'Singapore'),
};

describe('BaselineSchema', () => {
  it.each([
    ['a valid entry', { findings: [{ id: 'membership-conflict:3f9a0c1b22', rule: 'membership-conflict', verdict: 'real-conflict', reason: 'r', reviewedBy: 'desk' }] }, true],
    [
      'an entry with what was disputed',
      { findings: [{ id: 'x:1', rule: 'x', verdict: 'tension', reason: 'r', reviewedBy: 'desk', disputed: [['country:AE'], ['country:GB']], fingerprint: 'abc' }] },
      true,
    ],
    ['an unknown verdict', { findings: [{ id: 'x:1', rule: 'x', verdict: 'maybe', reason: 'r', reviewedBy: 'desk' }] }, false],
    ['no reason', { findings: [{ id: 'x:1', rule: 'x', verdict: 'tension', reason: '', reviewedBy: 'desk' }] }, false],
    ['an id with spaces', { findings: [{ id: 'x 1', rule: 'x', verdict: 'tension', reason: 'r', reviewedBy: 'desk' }] }, false],
    ['the same id twice', { findings: [1, 2].map(() => ({ id: 'x:1', rule: 'x', verdict: 'tension', reason: 'r', reviewedBy: 'desk' })) }, false],
  ])('%s', (_t, input, ok) => {
    expect(BaselineSchema.safeParse(input).success).toBe(ok);
  });
});

describe('sameDisputed: whether the set of conflicting values changed', () => {
  it.each([
    ['the same positions', [['a'], ['b']], [['a'], ['b']], true],
    ['a value joins a side (another spelling of the same amount)', [['a'], ['b']], [['a', 'a2'], ['b']], true],
    ['positions in another order', [['a'], ['b']], [['b'], ['a']], true],
    ['a new side', [['a'], ['b']], [['a'], ['b'], ['c']], false],
    ['a side gone', [['a'], ['b'], ['c']], [['a'], ['b']], false],
    ['a side whose values were all replaced', [['a'], ['b']], [['a'], ['c']], false],
    ['two sides merged by a bridging value', [['a'], ['b']], [['a', 'b'], ['c']], false],
  ] as const)('%s → %s', (_t, recorded, current, same) => {
    expect(sameDisputed(recorded, current)).toBe(same);
  });
});

describe('compareWithBaseline', () => {
  const findings = run(builtinRules(), paxSilicaCorpus()).findings;
  const full: Baseline = { findings: findings.map((f) => baselineEntryFor(f, review)) };
  const membershipId = findings.find((f) => f.kind === 'membership-conflict')?.id;
  const statusAfter = (c: Corpus, baseline: Baseline = full) => compareWithBaseline(run(builtinRules(), c).findings, baseline);

  it('reviews every finding of the fixture, a membership conflict among them', () => {
    expect(membershipId).toBeDefined();
    expect(compareWithBaseline(findings, full).acknowledged).toHaveLength(findings.length);
  });

  // How each change to the corpus leaves the reviewed membership finding, and whether CI fails, per policy.
  it.each([
    ['nothing changed', paxSilicaCorpus(), 'reviewed', { 'changed-values': false, 'new-evidence': false, never: false }],
    ['a new source agrees with one side', withSource(paxSilicaCorpus(), AGREES, [agreeing]), 'new-evidence', { 'changed-values': false, 'new-evidence': true, never: false }],
    ['a claim on a side is reworded to the same members', withValue(paxSilicaCorpus(), 'signatories-001', v.closed('Israel', 'Japan', 'Singapore', 'Australia', 'Republic of Korea')), 'reviewed', { 'changed-values': false, 'new-evidence': false, never: false }],
    ['a new member is disputed (India)', withValue(paxSilicaCorpus(), 'signatories-002', v.open(['Singapore', 'UAE', 'Netherlands', 'UK', 'India'])), 'changed', { 'changed-values': true, 'new-evidence': true, never: false }],
  ] as const)('%s → %s', (_t, changed, status, fails) => {
    const cmp = statusAfter(changed);
    expect(cmp.statusOf.get(membershipId as string)).toBe<ReviewStatus>(status);
    for (const [recheckOn, expected] of Object.entries(fails)) {
      expect(failsBaseline(cmp, { recheckOn: recheckOn as RecheckOn }), recheckOn).toBe(expected);
    }
  });

  it('keeps the id of a disagreement whatever claims join it', () => {
    const after = run(builtinRules(), withSource(paxSilicaCorpus(), AGREES, [agreeing])).findings;
    const membership = after.find((f) => f.id === membershipId);
    expect(membership?.sides.flatMap((s) => s.claims.map((c) => c.claimId))).toContain('signatories-005');
    expect(membership?.fingerprint).not.toBe(findings.find((f) => f.id === membershipId)?.fingerprint);
  });

  it('reports an entry whose disagreement is gone as stale, and fails CI', () => {
    const fixed = withValue(paxSilicaCorpus(), 'signatories-002', v.open(['Singapore', 'Japan']));
    const cmp = statusAfter(fixed);
    expect(cmp.stale.map((e) => e.id)).toContain(membershipId);
    expect(failsBaseline(cmp)).toBe(true);
  });

  it('reports a new finding as unacknowledged and fails CI when it is an error or warning', () => {
    const cmp = compareWithBaseline(findings, { findings: full.findings.filter((e) => e.rule !== 'membership-conflict') });
    expect(cmp.unacknowledged.map((f) => f.ruleId)).toEqual(['membership-conflict']);
    expect(failsBaseline(cmp)).toBe(true);
  });

  it('does not fail CI on a new info finding unless asked', () => {
    const cmp = compareWithBaseline(findings, { findings: full.findings.filter((e) => e.rule !== 'source-dependence') });
    expect(cmp.unacknowledged.map((f) => f.severity)).toEqual(['info']);
    expect(failsBaseline(cmp)).toBe(false);
    expect(failsBaseline(cmp, { severities: ['error', 'warning', 'info'] })).toBe(true);
    expect(failingFindings(cmp, { severities: ['error', 'warning', 'info'] }).map((f) => f.ruleId)).toEqual(['source-dependence']);
  });

  it('acknowledges by id alone an entry that pins neither evidence nor values', () => {
    const edited = withValue(paxSilicaCorpus(), 'signatories-002', v.open(['Singapore', 'UAE', 'India']));
    const idOnly: Baseline = { findings: full.findings.map(({ fingerprint: _f, disputed: _d, ...rest }) => rest) };
    const cmp = statusAfter(edited, idOnly);
    expect(cmp.changed).toEqual([]);
    expect(cmp.statusOf.get(membershipId as string)).toBe('reviewed');
  });

  it('cannot tell new evidence from changed values for an entry with a fingerprint but no disputed values: changed', () => {
    const noValues: Baseline = { findings: full.findings.map(({ disputed: _d, ...rest }) => rest) };
    const cmp = statusAfter(withSource(paxSilicaCorpus(), AGREES, [agreeing]), noValues);
    expect(cmp.statusOf.get(membershipId as string)).toBe('changed');
  });

  it('fingerprints the evidence, not the words of the message', () => {
    const f = findings[0];
    if (f === undefined) throw new Error('no finding');
    expect(findingFingerprint({ ...f, message: 'reworded' } as typeof f)).toBe(findingFingerprint(f));
    expect(findingFingerprint(f)).toBe(f.fingerprint);
  });
});
