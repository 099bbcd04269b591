import { describe, expect, it } from 'vitest';
import { sourceDependenceRule } from '../../../src/reconcile/index.js';
import { type RuleCase, run, corpus } from '../fixture.js';

const PARA = 'The United States announced on Wednesday that it will work with Japan and European countries to develop an action plan for securing critical minerals supplies, amid concerns over potential Chinese export restrictions on rare earths.';
/** The passage as detected: from its first word to its last (the final full stop is not a word). */
const PASSAGE = PARA.slice(0, -1);
const WORDS = PARA.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const BANNER = 'We use cookies for analytics to improve our website. Read our privacy policy for more information about the cookies we use on this site.';

const cases: RuleCase[] = [
  {
    title: 'not ok: an aggregator page repeats a paragraph of another',
    sources: [
      { id: '000', text: `Related articles\n\n${PARA}\n\nOther news.` },
      { id: '003', text: `US launches critical minerals initiative.\n\n${PARA}` },
    ],
    predicates: [],
    claims: [],
    kinds: ['source-dependence'],
    says: [`000 and 003 share one passage (${WORDS} words): counted as one independent source`],
  },
  {
    title: 'ok: the same cookie banner marked as non-content',
    sources: [
      { id: '000', text: `News about Japan.\n\n${BANNER}`, nonContent: [{ quote: BANNER, kind: 'cookie-banner' }] },
      { id: '003', text: `News about Korea.\n\n${BANNER}`, nonContent: [{ quote: BANNER, kind: 'cookie-banner' }] },
    ],
    predicates: [],
    claims: [],
    kinds: [],
  },
  {
    title: 'ok: a shared phrase shorter than a passage ("critical minerals supply chains")',
    sources: [
      { id: '000', text: 'The initiative aims to secure critical minerals supply chains for allies.' },
      { id: '003', text: 'Officials said critical minerals supply chains are at risk.' },
    ],
    predicates: [],
    claims: [],
    kinds: [],
  },
  {
    title: 'not ok: a declared derivation',
    sources: [
      { id: '000', text: 'A summary of the report.', derivedFrom: [{ source: '003' }] },
      { id: '003', text: 'The report itself.' },
    ],
    predicates: [],
    claims: [],
    kinds: ['source-dependence'],
    says: ['000 derives from 003'],
  },
];

describe('source-dependence', () => {
  it.each(cases)('$title', (c) => {
    const result = run([sourceDependenceRule()], corpus(c));
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => f.kind)).toEqual(c.kinds);
    for (const f of result.findings) for (const words of c.says ?? []) expect(f.message).toContain(words);
  });

  it('notes each shared passage with its span in both sources', () => {
    const c = cases[0] as RuleCase;
    const [f] = run([sourceDependenceRule()], corpus(c)).findings;
    expect(f?.related.map((n) => [n.sourceId, n.span?.quote.exact])).toEqual([
      ['000', PASSAGE],
      ['003', PASSAGE],
    ]);
    const text003 = c.sources[1]?.text ?? '';
    const span = f?.related[1]?.span;
    expect(text003.slice(span?.position.start, span?.position.end)).toBe(PASSAGE);
    expect(WORDS).toBe(35);
  });
});
