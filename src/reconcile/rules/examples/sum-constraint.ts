/**
 * Ok / not-ok examples of `sum-constraint`: `ruleTester` runs them, docs/rules.md shows them.
 */
import type { ExampleClaim, ExamplePredicate, ExampleSource, RuleExample } from '../../rule.js';

const total: ExamplePredicate = { id: 'amount', valueType: 'quantity', cardinality: 'functional', label: 'size', sumOf: ['loan-amount', 'private-capital'] };
const loan: ExamplePredicate = { id: 'loan-amount', valueType: 'quantity', cardinality: 'functional', label: 'loan' };
const privateCapital: ExamplePredicate = { id: 'private-capital', valueType: 'quantity', cardinality: 'functional', label: 'private capital' };

const HEADLINE: ExampleSource = {
  id: 'a',
  text: 'Project Vault, a $12 billion critical minerals reserve, combines a $100 billion loan from the Export-Import Bank with $20 billion in private capital.',
};
const ROUNDED: ExampleSource = {
  id: 'b',
  text: 'The $12 billion reserve is funded by a $10 billion Export-Import Bank loan and nearly $1.67 billion of private money.',
};
const LOAN_ONLY: ExampleSource = { id: 'c', text: 'The Export-Import Bank lends $10 billion to the reserve.' };
const BIG_LOAN: ExampleSource = { id: 'd', text: 'A $15 billion loan anchors the reserve.' };

const claim = (id: string, source: string, quote: string, predicate: string, quantity: string): ExampleClaim => ({
  id,
  source,
  quote,
  subject: 'Project Vault',
  predicate,
  value: { quantity },
});

export const sumConstraintExamples: readonly RuleExample[] = [
  {
    title: 'not ok: a page whose components ($100 billion + $20 billion) are ten times its headline ($12 billion)',
    sources: [HEADLINE],
    predicates: [total, loan, privateCapital],
    claims: [
      claim('total-a', 'a', 'a $12 billion critical minerals reserve', 'amount', '$12 billion'),
      claim('loan-a', 'a', 'a $100 billion loan', 'loan-amount', '$100 billion'),
      claim('private-a', 'a', '$20 billion in private capital', 'private-capital', '$20 billion'),
    ],
    findings: [{ kind: 'sum-mismatch', severity: 'error' }],
    says: ['Project Vault, size: a gives $12 billion', 'loan ($100 billion) + private capital ($20 billion)', 'tenfold'],
  },
  {
    title: 'ok: components that add up once rounding is allowed for ($10 billion + nearly $1.67 billion under $12 billion)',
    sources: [ROUNDED],
    predicates: [total, loan, privateCapital],
    claims: [
      claim('total-b', 'b', 'The $12 billion reserve', 'amount', '$12 billion'),
      claim('loan-b', 'b', 'a $10 billion Export-Import Bank loan', 'loan-amount', '$10 billion'),
      claim('private-b', 'b', 'nearly $1.67 billion of private money', 'private-capital', 'nearly $1.67 billion'),
    ],
    findings: [],
  },
  {
    title: 'ok: one component from another source, below the total',
    sources: [ROUNDED, LOAN_ONLY],
    predicates: [total, loan, privateCapital],
    claims: [claim('total-b', 'b', 'The $12 billion reserve', 'amount', '$12 billion'), claim('loan-c', 'c', 'lends $10 billion', 'loan-amount', '$10 billion')],
    findings: [],
  },
  {
    title: 'not ok: one component from another source is already larger than the total',
    sources: [ROUNDED, BIG_LOAN],
    predicates: [total, loan, privateCapital],
    claims: [claim('total-b', 'b', 'The $12 billion reserve', 'amount', '$12 billion'), claim('loan-d', 'd', 'A $15 billion loan', 'loan-amount', '$15 billion')],
    findings: ['sum-mismatch'],
    says: ['already exceed'],
  },
  {
    title: 'ok: different currencies are not added',
    sources: [HEADLINE],
    predicates: [total, loan, privateCapital],
    claims: [
      claim('total-a', 'a', 'a $12 billion critical minerals reserve', 'amount', '€12 billion'),
      claim('loan-a', 'a', 'a $100 billion loan', 'loan-amount', '$100 billion'),
    ],
    findings: [],
  },
];
