import { describe, expect, it } from 'vitest';
import {
  BaselineSchema,
  baselineEntryFor,
  builtinRules,
  compareWithBaseline,
  failsBaseline,
  findingFingerprint,
  type Baseline,
} from '../../src/reconcile/index.js';
import type { Corpus } from '../../src/model/corpus.js';
import { run, v } from './fixture.js';
import { paxSilicaCorpus } from './pax-silica-corpus.js';

const review = { verdict: 'real-conflict', reason: 'reviewed in a test', reviewedBy: 'test desk' } as const;

/** The pax corpus with claim `id`'s value replaced. */
const withValue = (c: Corpus, id: string, value: Corpus['claims'][number]['value']): Corpus => ({
  ...c,
  claims: c.claims.map((claim) => (claim.id === id ? { ...claim, value } : claim)),
});

describe('BaselineSchema', () => {
  it.each([
    ['a valid entry', { findings: [{ id: 'membership-conflict:3f9a0c1b22', rule: 'membership-conflict', verdict: 'real-conflict', reason: 'r', reviewedBy: 'desk' }] }, true],
    ['an unknown verdict', { findings: [{ id: 'x:1', rule: 'x', verdict: 'maybe', reason: 'r', reviewedBy: 'desk' }] }, false],
    ['no reason', { findings: [{ id: 'x:1', rule: 'x', verdict: 'tension', reason: '', reviewedBy: 'desk' }] }, false],
    ['an id with spaces', { findings: [{ id: 'x 1', rule: 'x', verdict: 'tension', reason: 'r', reviewedBy: 'desk' }] }, false],
    ['the same id twice', { findings: [1, 2].map(() => ({ id: 'x:1', rule: 'x', verdict: 'tension', reason: 'r', reviewedBy: 'desk' })) }, false],
  ])('%s', (_t, input, ok) => {
    expect(BaselineSchema.safeParse(input).success).toBe(ok);
  });
});

describe('compareWithBaseline', () => {
  const findings = run(builtinRules(), paxSilicaCorpus()).findings;
  const full: Baseline = { findings: findings.map((f) => baselineEntryFor(f, review)) };

  it('acknowledges every reviewed finding and passes CI', () => {
    const cmp = compareWithBaseline(findings, full);
    expect(cmp.acknowledged).toHaveLength(findings.length);
    expect([cmp.unacknowledged, cmp.changed, cmp.stale, cmp.mismatched]).toEqual([[], [], [], []]);
    expect(failsBaseline(cmp)).toBe(false);
  });

  it('reports a new finding as unacknowledged and fails CI when it is an error', () => {
    const withoutMembership: Baseline = { findings: full.findings.filter((e) => e.rule !== 'membership-conflict') };
    const cmp = compareWithBaseline(findings, withoutMembership);
    expect(cmp.unacknowledged.map((f) => f.ruleId)).toEqual(['membership-conflict']);
    expect(failsBaseline(cmp)).toBe(true);
  });

  it('does not fail CI on a new info finding unless asked', () => {
    const withoutInfo: Baseline = { findings: full.findings.filter((e) => e.rule !== 'uncorroborated') };
    const cmp = compareWithBaseline(findings, withoutInfo);
    expect(cmp.unacknowledged.length).toBeGreaterThan(0);
    expect(failsBaseline(cmp)).toBe(false);
    expect(failsBaseline(cmp, ['error', 'warning', 'info'])).toBe(true);
  });

  it('reports stale entries for findings that are gone', () => {
    const fixed = withValue(paxSilicaCorpus(), 'signatories-002', v.open(['Singapore', 'Japan']));
    const cmp = compareWithBaseline(run(builtinRules(), fixed).findings, full);
    expect(cmp.stale.map((e) => e.rule)).toContain('membership-conflict');
    expect(failsBaseline(cmp)).toBe(true);
  });

  it('reports a finding whose claims changed (same id, new fingerprint) as changed', () => {
    const edited = withValue(paxSilicaCorpus(), 'signatories-002', v.open(['Singapore', 'UAE', 'India']));
    const after = run(builtinRules(), edited).findings;
    const cmp = compareWithBaseline(after, full);
    const membership = cmp.changed.find((c) => c.finding.ruleId === 'membership-conflict');
    expect(membership?.entry.fingerprint).not.toBe(membership?.fingerprint);
    expect(membership?.finding.id).toBe(findings.find((f) => f.ruleId === 'membership-conflict')?.id);
    expect(failsBaseline(cmp)).toBe(true);
  });

  it('acknowledges by id alone when the entry has no fingerprint', () => {
    const edited = withValue(paxSilicaCorpus(), 'signatories-002', v.open(['Singapore', 'UAE', 'India']));
    const idOnly: Baseline = { findings: full.findings.map(({ fingerprint: _f, ...rest }) => rest) };
    const cmp = compareWithBaseline(run(builtinRules(), edited).findings, idOnly);
    expect(cmp.changed).toEqual([]);
  });

  it('fingerprints ignore message wording', () => {
    const f = findings[0];
    if (f === undefined) throw new Error('no finding');
    expect(findingFingerprint({ ...f, message: 'reworded' } as typeof f)).toBe(findingFingerprint(f));
  });
});
