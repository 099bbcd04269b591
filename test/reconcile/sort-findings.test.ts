/**
 * Findings are sorted with their keys read once into arrays (`sortFindings`);
 * the order must be exactly `sort(compareFindings)`'s — the report order,
 * on which baselines and the check's output depend — including ties of
 * severity, discrepancy and rule, a finding without a group key or a
 * discrepancy, and a plugin's odd severity or score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { compareFindings, sortFindings } from '../../src/reconcile/assemble-findings.js';

const text = fc.constantFrom('', 'a', 'b', 'ab', 'B');
const finding = fc.record(
  {
    id: fc.string({ unit: fc.constantFrom('0', '1', 'f'), maxLength: 3 }),
    ruleId: fc.constantFrom('value-conflict', 'date-tension', 'house:rule'),
    severity: fc.constantFrom('error', 'warning', 'info', 'odd'),
    key: fc.option(fc.record({ subject: text, predicate: text }), { nil: undefined }),
    discrepancy: fc.option(fc.record({ score: fc.oneof(fc.constantFrom(0, 0.5, 1, 2), fc.double({ noNaN: false })) }), { nil: undefined }),
  },
  { requiredKeys: ['id', 'ruleId', 'severity'] },
);

describe('sortFindings', () => {
  it('orders findings exactly as sort(compareFindings) does', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 80 }), (items) => {
        const findings = items as unknown as Finding[];
        const expected = [...findings].sort(compareFindings);
        const given = [...findings];
        expect(sortFindings(given)).toBe(given);
        expect(given.map((f) => findings.indexOf(f))).toEqual(expected.map((f) => findings.indexOf(f)));
      }),
    );
  });
});
