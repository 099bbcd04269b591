import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/reconcile/index.js';
import { run } from './fixture.js';
import { S000, S003, paxSilicaCorpus } from './pax-silica-corpus.js';

describe('the Pax Silica seed texts', () => {
  const result = run(builtinRules(), paxSilicaCorpus());
  const of = (ruleId: string) => result.findings.filter((f) => f.ruleId === ruleId);

  it('reconciles without problems', () => {
    expect(result.messages).toEqual([]);
  });

  it('surfaces the founding-list conflict: 001 names five, 002 lists eight including the UAE', () => {
    expect(of('membership-conflict').map((f) => f.message)).toEqual([
      '002 lists UAE, Netherlands and UK among the signatories of Pax Silica; 001 names five signatories without them',
    ]);
    expect(of('membership-conflict')[0]?.related[0]?.message).toContain('001 names UAE elsewhere (Pax Silica Summit, participants)');
  });

  it('surfaces "MP Minerals" (002) vs "MP Materials" (003)', () => {
    expect(of('name-variant').map((f) => f.data?.['names'])).toEqual([['MP Materials', 'MP Minerals']]);
  });

  it('surfaces the passages 000 and 003 share, and counts them as one', () => {
    expect(of('source-dependence').map((f) => f.message)).toEqual([
      expect.stringMatching(/^000 and 003 share four passages \(\d+ words\): counted as one independent source$/),
    ]);
    // Single-source values are coverage, not findings: the ministerial attendance only the 000/003 group gives.
    expect(of('uncorroborated')).toEqual([]);
    const ministerial = result.coverage.singleSource.find((v) => v.key.predicate === 'attendance');
    expect(ministerial?.sources).toEqual([S000, S003]);
    expect(ministerial?.witness).toBe(`group:${S000}`);
    // … and the rule, turned on, says why they count as one.
    const optedIn = run(builtinRules(), paxSilicaCorpus(), { uncorroborated: 'on' }).findings.find((f) => f.ruleId === 'uncorroborated' && f.key?.predicate === 'attendance');
    expect(optedIn?.message).toContain('but they are one independent source');
    expect(optedIn?.sourceGroups).toEqual([[S000, S003]]);
  });

  it('surfaces the launch-date tension: signed Fri 12 Dec, reported by a page published 24 Dec', () => {
    expect(of('date-tension').map((f) => [f.kind, f.data?.['days']])).toEqual([['late-report', 12]]);
  });

  it('calls no alias or compatible value a conflict', () => {
    expect(of('value-conflict')).toEqual([]);
    expect(of('attribution-conflict')).toEqual([]);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toEqual(['membership-conflict']);
  });
});
