/**
 * Ok / not-ok examples of `source-dependence`: `ruleTester` runs them, docs/rules.md shows them.
 */
import type { RuleExample } from '../../rule.js';

/** A paragraph of 35 words that an aggregator page repeats. */
export const REPEATED_PARAGRAPH =
  'The United States announced on Wednesday that it will work with Japan and European countries to develop an action plan for securing critical minerals supplies, amid concerns over potential Chinese export restrictions on rare earths.';
const BANNER = 'We use cookies for analytics to improve our website. Read our privacy policy for more information about the cookies we use on this site.';

export const sourceDependenceExamples: readonly RuleExample[] = [
  {
    title: 'not ok (info): an aggregator page repeats a paragraph of another',
    sources: [
      { id: '000', text: `Related articles\n\n${REPEATED_PARAGRAPH}\n\nOther news.` },
      { id: '003', text: `US launches critical minerals initiative.\n\n${REPEATED_PARAGRAPH}` },
    ],
    predicates: [],
    claims: [],
    findings: [{ kind: 'source-dependence', severity: 'info' }],
    says: ['000 and 003 share one passage (35 words): counted as one independent source'],
  },
  {
    title: 'ok: the same cookie banner marked as non-content',
    sources: [
      { id: '000', text: `News about Japan.\n\n${BANNER}`, nonContent: [{ quote: BANNER, kind: 'cookie-banner' }] },
      { id: '003', text: `News about Korea.\n\n${BANNER}`, nonContent: [{ quote: BANNER, kind: 'cookie-banner' }] },
    ],
    predicates: [],
    claims: [],
    findings: [],
  },
  {
    title: 'ok: a shared phrase shorter than a passage ("critical minerals supply chains")',
    sources: [
      { id: '000', text: 'The initiative aims to secure critical minerals supply chains for allies.' },
      { id: '003', text: 'Officials said critical minerals supply chains are at risk.' },
    ],
    predicates: [],
    claims: [],
    findings: [],
  },
  {
    title: 'not ok (info): a declared derivation',
    sources: [
      { id: '000', text: 'A summary of the report.', derivedFrom: [{ source: '003' }] },
      { id: '003', text: 'The report itself.' },
    ],
    predicates: [],
    claims: [],
    findings: ['source-dependence'],
    says: ['000 derives from 003'],
  },
];
