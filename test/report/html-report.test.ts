/**
 * The HTML conflict report of the bundled corpus, read as a browser's parser
 * reads it: self-contained, every quote highlighted at its exact offsets in
 * the one copy of its source's text, every claim listed with its file:line,
 * non-content and AI-labelled ranges marked, findings in severity order with
 * N sides, and the same bytes every time.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder, reportInputFromCheck } from '../../src/check/index.js';
import { compareWithBaseline } from '../../src/reconcile/index.js';
import { formatMessage } from '../../src/model/message.js';
import type { Finding } from '../../src/model/finding.js';
import type { ReportInput } from '../../src/report/index.js';
import { renderHtmlReport } from '../../src/report/index.js';
import { REPORT_SCRIPT } from '../../src/report/html/report-script.js';
import { REPORT_STYLE } from '../../src/report/html/report-style.js';
import { attr, byClass, elements, type Element, hasClass, parseErrors, parseHtml, placeHighlights, textOf } from './html-dom.js';

const CLAIMS = join(import.meta.dirname, '../../claims');

let input: ReportInput;
let page: string;
let root: Element;

beforeAll(async () => {
  const check = await checkClaimsFolder(CLAIMS);
  if (!check.ok) throw new Error(check.messages.map(formatMessage).join('\n'));
  input = reportInputFromCheck(check.value, check.value.reconciled, { title: 'Conflict report', corpusLabel: 'claims/', command: 'claimtrace report claims' });
  page = renderHtmlReport(input);
  root = parseHtml(page);
});

const sourceTextOf = (sourceId: string): Element => {
  const section = elements(root).find((el) => hasClass(el, 'source') && attr(el, 'data-source-id') === sourceId);
  const text = section !== undefined ? byClass(section, 'source-text')[0] : undefined;
  if (text === undefined) throw new Error(`no source text for ${sourceId}`);
  return text;
};

const placedCache = new Map<string, ReturnType<typeof placeHighlights>>();
/** A source text's highlights, placed once per source. */
const placedIn = (sourceId: string): ReturnType<typeof placeHighlights> => {
  const cached = placedCache.get(sourceId) ?? placeHighlights(sourceTextOf(sourceId));
  placedCache.set(sourceId, cached);
  return cached;
};

/** The spans a finding's card links into the sources, in the card's order. */
const cardSpans = (f: Finding) => [...f.sides.flatMap((s) => s.claims.map((c) => c.span)), ...f.related.flatMap((n) => (n.span !== undefined ? [n.span] : []))];

const cardOf = (f: Finding): Element => {
  const card = elements(root).find((el) => attr(el, 'data-finding') === f.id);
  if (card === undefined) throw new Error(`no card for ${f.id}`);
  return card;
};

describe('the HTML conflict report of the bundled corpus', () => {
  it('is one self-contained file: nothing to load, only its own style and script, allowed by hash', () => {
    const all = elements(root);
    expect(all.filter((el) => ['link', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'base'].includes(el.tagName)).map((el) => el.tagName)).toEqual([]);
    expect(all.filter((el) => attr(el, 'src') !== undefined || attr(el, 'srcset') !== undefined)).toEqual([]);
    const scripts = all.filter((el) => el.tagName === 'script');
    const styles = all.filter((el) => el.tagName === 'style');
    expect(scripts.map(textOf)).toEqual([REPORT_SCRIPT]);
    expect(styles.map(textOf)).toEqual([REPORT_STYLE]);
    expect(REPORT_STYLE).not.toMatch(/@import|url\(/);
    const csp = attr(all.find((el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'Content-Security-Policy') as Element, 'content') ?? '';
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(textOf(scripts[0] as Element))}`);
    expect(csp).toContain(`style-src ${hash(textOf(styles[0] as Element))}`);
  });

  it('is well-formed HTML: the parser reports no error', () => {
    expect(parseErrors(page)).toEqual([]);
  });

  it('links only to its own fragments (each of which exists) and to the sources’ web pages', () => {
    const ids = new Set(elements(root).flatMap((el) => (attr(el, 'id') !== undefined ? [attr(el, 'id')] : [])));
    const hrefs = elements(root).flatMap((el) => (attr(el, 'href') !== undefined ? [attr(el, 'href') as string] : []));
    expect(hrefs.length).toBeGreaterThan(500);
    for (const href of hrefs) {
      if (href.startsWith('#')) expect(ids.has(href.slice(1)), href).toBe(true);
      else expect(href, href).toMatch(/^https?:\/\//);
    }
    expect(ids.size, 'ids are unique').toBe(elements(root).filter((el) => attr(el, 'id') !== undefined).length);
  });

  it('holds each source text exactly once, character for character', () => {
    for (const doc of input.corpus.sources) {
      const copies = elements(root).filter((el) => hasClass(el, 'source-text') && attr(el, 'data-source') !== undefined && byClass(root, 'source').some((s) => attr(s, 'data-source-id') === doc.source.id && elements(s).includes(el)));
      expect(copies, doc.source.id).toHaveLength(1);
      expect(placedIn(doc.source.id).text).toBe(doc.text);
    }
    expect(byClass(root, 'source-text')).toHaveLength(input.corpus.sources.length);
  });

  it('highlights every quote of every finding at its exact offsets, linked from the finding’s card', () => {
    let checked = 0;
    for (const f of input.findings) {
      const links = byClass(cardOf(f), 'evidence').filter((el) => el.tagName === 'a');
      const spans = cardSpans(f);
      expect(links.map((l) => attr(l, 'href')?.slice(1)), f.id).toEqual(links.map((l) => attr(l, 'data-hl')));
      expect(links, f.id).toHaveLength(spans.length);
      spans.forEach((span, i) => {
        const placed = placedIn(span.sourceId).highlights.get(attr(links[i] as Element, 'data-hl') ?? '');
        expect(placed, `${f.id} ${span.quote.exact}`).toEqual({ start: span.position.start, end: span.position.end, text: span.quote.exact, contiguous: true });
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('lists the single-source values in the coverage table, each quote highlighted at its exact offsets', () => {
    const section = elements(root).find((el) => attr(el, 'id') === 'single-source') as Element;
    expect(section).toBeDefined();
    const coverage = input.coverage?.singleSource ?? [];
    const links = byClass(section, 'evidence').filter((el) => el.tagName === 'a');
    const spans = coverage.flatMap((v) => v.claims.map((c) => c.span));
    expect(links).toHaveLength(spans.length);
    spans.forEach((span, i) => {
      const placed = placedIn(span.sourceId).highlights.get(attr(links[i] as Element, 'data-hl') ?? '');
      expect(placed, span.quote.exact).toEqual({ start: span.position.start, end: span.position.end, text: span.quote.exact, contiguous: true });
    });
    expect(spans.length).toBeGreaterThan(200);
  });

  it('highlights the UAE membership conflict on 001 and 002 at the right words', () => {
    const uae = input.findings.find((f) => f.kind === 'membership-conflict' && f.message.includes('United Arab Emirates') && f.message.includes('001 and 004'));
    expect(uae).toBeDefined();
    const card = cardOf(uae as Finding);
    const quotes = byClass(card, 'evidence').map((l) => {
      const source = elements(root).find((el) => attr(el, 'id') === `${attr(l, 'data-source')}-text`) as Element;
      return { source: attr(l, 'data-source'), words: placeHighlights(source).highlights.get(attr(l, 'data-hl') ?? '')?.text };
    });
    expect(quotes).toEqual([
      { source: 'source-001', words: 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members.' },
      { source: 'source-004', words: 'bringing Singapore, Australia, Japan, South Korea and Israel in a collaboration' },
      {
        source: 'source-002',
        words: 'Singapore, Australia, Japan, South Korea, the United Arab Emirates, the Netherlands, the UK and Israel are among a band of nations working with the U.S. under the “Pax Silica” agreement signed Friday',
      },
      // Related notes: 001 names the UAE elsewhere (as summit participants, not founders).
      { source: 'source-001', words: 'with officials from the European Union, Canada, Netherlands, and United Arab Emirates' },
      { source: 'source-001', words: 'with officials from the European Union, Canada, Netherlands, and United Arab Emirates' },
    ]);
  });

  it('lists every claim under each source it cites, with its file:line, linked both ways with its highlights', () => {
    const sections = new Map(byClass(root, 'source').map((s) => [attr(s, 'data-source-id') ?? '', s]));
    const entriesOf = new Map([...sections].map(([id, s]) => [id, byClass(s, 'claim-entry')]));
    const refsOf = new Map([...sections].map(([id]) => [id, new Set(byClass(sourceTextOf(id), 'ref').map((a) => attr(a, 'href')))]));
    for (const claim of input.corpus.claims) {
      const where = input.claimLocations?.get(claim.id);
      for (const span of claim.evidence) {
        const entry = entriesOf.get(span.sourceId)?.find((li) => textOf(byClass(li, 'claim-head')[0] as Element).startsWith(claim.id));
        expect(entry, claim.id).toBeDefined();
        expect(textOf(entry as Element)).toContain(`claims/${where?.file}:${where?.start.line}`);
        const placed = placedIn(span.sourceId).highlights;
        const wordLinks = elements(entry as Element).filter((el) => el.tagName === 'a' && attr(el, 'href')?.startsWith('#hl-'));
        expect(wordLinks.map((a) => placed.get(attr(a, 'href')?.slice(1) ?? '')?.text), claim.id).toContain(span.quote.exact);
        // The highlight's small number leads back to this entry.
        expect(refsOf.get(span.sourceId)?.has(`#${attr(entry as Element, 'id')}`), claim.id).toBe(true);
      }
    }
  });

  it('marks every non-content range and AI-labelled section, with its label, at its offsets', () => {
    let regions = 0;
    for (const doc of input.corpus.sources) {
      const text = sourceTextOf(doc.source.id);
      const spans = (kind: string): { start: number; label: string | undefined }[] => {
        const out: { start: number; label: string | undefined }[] = [];
        let at = 0;
        const walk = (el: Element): void => {
          for (const child of el.childNodes) {
            if (child.nodeName === '#text' && 'value' in child) at += child.value.length;
            else if ('tagName' in child) {
              if (hasClass(child, 'region') && hasClass(child, kind) && hasClass(child, 'first')) out.push({ start: at, label: attr(child, 'data-label') });
              walk(child);
            }
          }
        };
        walk(text);
        return out;
      };
      const nc = spans('nc');
      const ai = spans('ai');
      expect(nc.map((r) => r.start), doc.source.id).toEqual(doc.source.nonContent.filter((r) => r.range.end > r.range.start).map((r) => r.range.start).sort((a, b) => a - b));
      expect(ai.map((r) => r.start), doc.source.id).toEqual(doc.source.aiGenerated.ranges.filter((r) => r.range.end > r.range.start).map((r) => r.range.start).sort((a, b) => a - b));
      for (const r of nc) expect(r.label).toMatch(/^not content: /);
      for (const r of ai) expect(r.label).toMatch(/^AI-labelled/);
      regions += nc.length + ai.length;
    }
    expect(regions).toBeGreaterThan(20);
  });

  it('orders the cards by severity and shows each finding’s review, preferred value and support', () => {
    const cards = elements(root).filter((el) => el.tagName === 'article' && attr(el, 'data-finding') !== undefined);
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    const severities = cards.map((c) => rank[attr(c, 'data-severity') ?? ''] ?? 9);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    const uae = cards[0] as Element;
    expect(textOf(uae)).toContain('Reviewed real-conflict');
    expect(textOf(uae)).toMatch(/Most likely true \(attribute-accu\): the complete list \{Singapore, Australia, Japan, South Korea, Israel\}, confidence 0\.\d\d/);
    expect(textOf(uae)).toContain('Support: 2 independent witnesses, 2 sources in 2 independent groups');
    expect(textOf(uae)).toContain('Support: 1 independent witness, 1 source in 1 independent group');
    // The side that holds the preferred value says so: the complete list of five, in both the who and the how-many findings.
    expect(byClass(uae, 'side').map((side) => hasClass(side, 'preferred'))).toEqual([true, false]);
    expect(byClass(cards[1] as Element, 'side').map((side) => hasClass(side, 'preferred'))).toEqual([true, false]);
  });

  it('shows a finding whose baseline entry names another rule as new, since check fails on it', async () => {
    const check = await checkClaimsFolder(CLAIMS);
    if (!check.ok) throw new Error(check.messages.map(formatMessage).join('\n'));
    const { reconciled } = check.value;
    const [first, ...rest] = reconciled.baseline.findings;
    if (first === undefined) throw new Error('the bundled baseline is empty');
    const baseline = { findings: [{ ...first, rule: 'not-this-rule' as typeof first.rule }, ...rest] };
    const comparison = compareWithBaseline(reconciled.result.findings, baseline);
    expect(comparison.statusOf.get(first.id)).toBe('mismatched');
    const mismatched = reportInputFromCheck(check.value, { ...reconciled, baseline, comparison }, { title: 'Conflict report', corpusLabel: 'claims/', command: 'claimtrace report claims' });
    expect(mismatched.reviews?.has(first.id)).toBe(false);
    expect(rest.every((e) => mismatched.reviews?.has(e.id))).toBe(true);
  });

  it('draws the source-dependence graph as inline SVG with a description in words', () => {
    const svg = elements(root).find((el) => el.tagName === 'svg' && hasClass(el, 'dependence-graph')) as Element;
    expect(svg).toBeDefined();
    expect(attr(svg, 'role')).toBe('img');
    expect(elements(svg).filter((el) => hasClass(el, 'node'))).toHaveLength(5);
    expect(elements(svg).filter((el) => hasClass(el, 'edge-shared'))).toHaveLength(1);
    expect(textOf(elements(svg).find((el) => el.tagName === 'desc') as Element)).toContain('000 and 003 share 4 passages (186 words)');
  });

  it('renders the same bytes every time', async () => {
    expect(renderHtmlReport(input)).toBe(page);
    const again = await checkClaimsFolder(CLAIMS);
    if (!again.ok) throw new Error(again.messages.map(formatMessage).join('\n'));
    const input2 = reportInputFromCheck(again.value, again.value.reconciled, { title: 'Conflict report', corpusLabel: 'claims/', command: 'claimtrace report claims' });
    expect(renderHtmlReport(input2)).toBe(page);
  });

  it('stays a reasonable size: each source text once, not once per finding', () => {
    const textBytes = input.corpus.sources.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    // Measured: about 550 KB for 23 KB of text, 269 claims and 223 findings; a source text
    // repeated per finding would add megabytes.
    expect(Buffer.byteLength(page)).toBeLessThan(textBytes * 10 + (input.corpus.claims.length + input.findings.length) * 1500);
  });
});
