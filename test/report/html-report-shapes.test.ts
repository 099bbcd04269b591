/**
 * The HTML report renders findings from their generic shape, so that
 * findings with any number of value clusters, a graded discrepancy, stale
 * spans or no sides at all, and sources with unusual metadata, all come out
 * right. Hand-made findings over the small two-source fixture.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder, reportInputFromCheck } from '../../src/check/index.js';
import type { Finding, FindingClaim, FindingSide } from '../../src/model/finding.js';
import { formatMessage } from '../../src/model/message.js';
import type { SourceDocument } from '../../src/model/source.js';
import { renderHtmlReport, type ReportInput } from '../../src/report/index.js';
import { attr, byClass, elements, type Element, hasClass, parseHtml, placeHighlights, textOf } from './html-dom.js';

let base: ReportInput;

beforeAll(async () => {
  const check = await checkClaimsFolder(join(import.meta.dirname, '../fixtures/cli/conflict'));
  if (!check.ok) throw new Error(check.messages.map(formatMessage).join('\n'));
  base = reportInputFromCheck(check.value, check.value.reconciled, { title: 'Shapes', corpusLabel: 'conflict/', command: 'test' });
});

const claimOf = (id: string): FindingClaim => {
  const c = base.corpus.claims.find((x) => x.id === id);
  if (c === undefined) throw new Error(id);
  return { claimId: c.id, sourceId: c.evidence[0]!.sourceId, span: c.evidence[0]!, value: c.value };
};

/** A side as the engine counts it: sources, independent groups (one per source here), witnesses. */
const side = (label: string, claims: readonly FindingClaim[]): FindingSide => {
  const sources = [...new Set(claims.map((c) => c.sourceId))].sort();
  return { label, claims: [...claims], sources, sourceGroups: sources.map((x) => [x]), support: sources.length };
};

const finding = (id: string, over: Partial<Finding> = {}): Finding => ({
  id: id as Finding['id'],
  source: 'reconcile',
  code: 'finding',
  ruleId: 'value-conflict' as Finding['ruleId'],
  kind: 'value-conflict',
  severity: 'warning',
  message: `finding ${id}`,
  disagreement: 'value',
  sides: [],
  related: [],
  disputed: [],
  fingerprint: 'f',
  ...over,
});

const cards = (root: Element): Element[] => elements(root).filter((el) => el.tagName === 'article' && attr(el, 'data-finding') !== undefined);

describe('the HTML report over generic finding shapes', () => {
  it('renders any number of value clusters, each with its own tone, support and quotes', () => {
    const sides = [
      side('first', [claimOf('cost-gazette')]),
      side('second', [claimOf('cost-herald')]),
      side('third', [claimOf('cost-gazette'), claimOf('cost-herald')]),
      side('fourth', [claimOf('opening-gazette')]),
    ];
    const root = parseHtml(renderHtmlReport({ ...base, findings: [finding('n:1', { sides })] }));
    const rendered = byClass(cards(root)[0] as Element, 'side');
    expect(rendered.map((s) => [attr(s, 'data-group'), attr(s, 'data-title'), [...(attr(s, 'class') ?? '').matchAll(/tone-\d/g)].map((m) => m[0])])).toEqual([
      ['0', 'Value 1 of 4: first', ['tone-0']],
      ['1', 'Value 2 of 4: second', ['tone-1']],
      ['2', 'Value 3 of 4: third', ['tone-2']],
      ['3', 'Value 4 of 4: fourth', ['tone-3']],
    ]);
    expect(textOf(rendered[2] as Element)).toContain('Support: 2 independent witnesses, 2 sources in 2 independent groups');
    expect(byClass(rendered[2] as Element, 'evidence')).toHaveLength(2);
  });

  it('orders by severity, then by discrepancy (largest first), then as given', () => {
    const graded = (grade: 'minor' | 'substantial' | 'magnitude', score: number, label: string) => ({ discrepancy: { grade, score, label } });
    const findings = [
      finding('w:none-1'),
      finding('w:small', graded('minor', 0.2, 'minor tension: 2% apart')),
      finding('i:huge', { severity: 'info', ...graded('magnitude', 2.9, 'far') }),
      finding('w:graded', graded('substantial', 1.5, 'about fivefold')),
      finding('w:big', graded('magnitude', 2.1, 'about tenfold apart')),
      finding('e:any', { severity: 'error' }),
      finding('w:none-2'),
    ];
    const root = parseHtml(renderHtmlReport({ ...base, findings }));
    expect(cards(root).map((c) => attr(c, 'data-finding'))).toEqual(['e:any', 'w:big', 'w:graded', 'w:small', 'w:none-1', 'w:none-2', 'i:huge']);
    expect(textOf(cards(root)[1] as Element)).toContain('about tenfold apart (magnitude)');
  });

  it('shows a quote whose span no longer stands in its source without highlighting other words', () => {
    const stale = claimOf('cost-gazette');
    const moved: FindingClaim = { ...stale, span: { ...stale.span, position: { ...stale.span.position, start: stale.span.position.start + 3, end: stale.span.position.end + 3 } } };
    const root = parseHtml(renderHtmlReport({ ...base, findings: [finding('s:1', { sides: [side('moved', [moved])] })] }));
    const card = cards(root)[0] as Element;
    expect(byClass(card, 'evidence')).toEqual([]);
    expect(textOf(byClass(card, 'stale')[0] as Element)).toContain('these words are not in the source text');
  });

  it('renders a finding with no sides from its related notes, each linked to its words', () => {
    const c = claimOf('cost-herald');
    const root = parseHtml(renderHtmlReport({ ...base, findings: [finding('r:1', { related: [{ message: 'see here', sourceId: c.sourceId, span: c.span }, { message: 'a note without words' }] })] }));
    const card = cards(root)[0] as Element;
    expect(byClass(card, 'side')).toEqual([]);
    expect(byClass(card, 'evidence').map((a) => attr(a, 'data-source'))).toEqual(['source-coast-herald-terminal']);
    expect(textOf(card)).toContain('a note without words');
  });

  it('says when the page labels a whole source as written by AI, links only web addresses, and lists a claim under every source it cites', () => {
    const cited = base.corpus.claims.find((c) => c.id === 'cost-gazette')!;
    // `second` is the other source (the herald), where the claim gains a second span.
    const second = base.corpus.sources.find((d) => d.source.id !== cited.evidence[0]!.sourceId) as SourceDocument;
    const first = base.corpus.sources.find((d) => d !== second) as SourceDocument;
    const quote = 'due to open in 2028';
    const at = second.text.indexOf(quote);
    const twoSources = { ...cited, evidence: [...cited.evidence, { sourceId: second.source.id, quote: { type: 'TextQuoteSelector' as const, exact: quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: at, end: at + quote.length } }] };
    const input: ReportInput = {
      ...base,
      corpus: {
        ...base.corpus,
        sources: base.corpus.sources.map((d) =>
          d === first
            ? { ...first, source: { ...first.source, aiGenerated: { whole: true, ranges: [] }, url: 'https://example.org/a?b=1&c=2' } }
            : { ...second, source: { ...second.source, url: 'ftp://example.org/x' } },
        ),
        claims: base.corpus.claims.map((c) => (c.id === cited.id ? twoSources : c)),
      },
    };
    const root = parseHtml(renderHtmlReport(input));
    const sectionOf = (d: SourceDocument): Element => byClass(root, 'source').find((s) => attr(s, 'data-source-id') === d.source.id) as Element;
    expect(byClass(sectionOf(first), 'ai-whole')).toHaveLength(1);
    expect(byClass(sectionOf(second), 'ai-whole')).toHaveLength(0);
    const links = elements(root).filter((el) => el.tagName === 'a' && !(attr(el, 'href') ?? '#').startsWith('#'));
    expect(links.map((a) => attr(a, 'href'))).toEqual(['https://example.org/a?b=1&c=2']);
    expect(textOf(sectionOf(second))).toContain('ftp://example.org/x (not a web address)');
    const entries = elements(root).filter((el) => hasClass(el, 'claim-entry') && textOf(el).includes(cited.id));
    expect(entries.map((e) => attr(e, 'id')).sort()).toEqual(['claim-cost-gazette', 'claim-cost-gazette-in-coast-herald-terminal']);
    const words = placeHighlights(byClass(sectionOf(second), 'source-text')[0] as Element).highlights;
    expect([...words.values()].map((w) => w.text)).toContain(quote);
  });

  it('renders an empty corpus and no findings as a short, valid page', () => {
    const { dependence: _dependence, ...rest } = base;
    const root = parseHtml(renderHtmlReport({ ...rest, corpus: { sources: [], predicates: [], claims: [], entities: [] }, findings: [] }));
    expect(textOf(root)).toContain('No findings: the sources agree wherever they overlap.');
    expect(byClass(root, 'source')).toEqual([]);
  });
});
