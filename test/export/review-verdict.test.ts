import { describe, expect, it } from 'vitest';
import { claimVerdict, findingVerdict, type ReviewedStatus } from '../../src/export/review-verdict.js';
import type { ReviewVerdict } from '../../src/model/baseline.js';
import type { Finding, Severity } from '../../src/model/index.js';
import { findings } from './fixture-corpus.js';

const base = findings[0] as Finding;
const withSeverity = (severity: Severity, id = `rule:${severity}`): Finding => ({ ...base, id: id as Finding['id'], severity });

describe('findingVerdict', () => {
  it.each<[Severity, string, number]>([
    ['error', 'Conflicting sources', 1],
    ['warning', 'Sources in tension', 2],
    ['info', 'Minor discrepancy', 4],
  ])('an unreviewed %s is "%s" (%d)', (severity, name, value) => {
    expect(findingVerdict(withSeverity(severity))).toEqual({ alternateName: name, ratingValue: value, reviewed: false });
  });

  it.each<[ReviewVerdict, string, number]>([
    ['real-conflict', 'Conflicting sources', 1],
    ['tension', 'Sources in tension', 2],
    ['dependence', 'Sources depend on one another', 3],
    ['single-source', 'Single source', 3],
    ['not-a-conflict', 'No conflict after review', 5],
  ])('a finding reviewed as %s is "%s" (%d)', (verdict, name, value) => {
    const f = withSeverity('error');
    expect(findingVerdict(f, new Map([[f.id, { id: f.id, verdict }]]))).toEqual({ alternateName: name, ratingValue: value, reviewed: true });
  });

  // A review answers for its finding while the finding disputes what it did when reviewed (compareWithBaseline's statuses).
  it.each<[ReviewedStatus | undefined, string | undefined, boolean]>([
    [undefined, undefined, true],
    ['reviewed', undefined, true],
    ['new-evidence', undefined, true],
    ['changed', undefined, false],
    ['mismatched', undefined, false],
    [undefined, 'membership-conflict', true],
    [undefined, 'value-conflict', false],
  ])('a review with status %s naming rule %s carries its verdict: %s', (status, rule, carried) => {
    const f = withSeverity('error');
    const review = { id: f.id, verdict: 'not-a-conflict' as const, ...(status !== undefined ? { status } : {}), ...(rule !== undefined ? { rule } : {}) };
    expect(findingVerdict(f, new Map([[f.id, review]]))).toEqual(
      carried ? { alternateName: 'No conflict after review', ratingValue: 5, reviewed: true } : { alternateName: 'Conflicting sources', ratingValue: 1, reviewed: false },
    );
  });
});

describe('claimVerdict', () => {
  it('takes the worst verdict, whatever the order, reviewed only when all are', () => {
    const fs = [withSeverity('info'), withSeverity('warning'), withSeverity('error')];
    const reviewed = new Map([['rule:error', { id: 'rule:error', verdict: 'single-source' as const }]]);
    const expected = { alternateName: 'Sources in tension', ratingValue: 2, reviewed: false };
    expect(claimVerdict(fs, reviewed)).toEqual(expected);
    expect(claimVerdict([...fs].reverse(), reviewed)).toEqual(expected);
  });

  it('is undefined without findings', () => {
    expect(claimVerdict([])).toBeUndefined();
  });
});
