/**
 * The committed HTML conflict report (docs/conflict-report.html) in a real
 * browser: headless Chromium from Debian's packages, driven by
 * puppeteer-core. It opens from disk without a single request leaving the
 * page, every quote's highlight reads exactly as the quote at its offsets,
 * the UAE membership conflict can be clicked through (side by side, both
 * sources, back to the claim and its file:line), filters and keyboard work,
 * the page reads without JavaScript, axe-core finds no serious or critical
 * accessibility violation, and a hostile claims folder stays inert.
 * Screenshots for a person to look at are saved under
 * .tmp/test-output/html-report/ (git-ignored).
 *
 * Skipped with a message where no Chromium is installed; on CI (CI=true)
 * a missing Chromium fails instead, since .ci/run installs it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder, reportInputFromCheck } from '../../src/check/index.js';
import { formatMessage } from '../../src/model/message.js';
import type { Finding } from '../../src/model/finding.js';
import type { ReportInput } from '../../src/report/index.js';
import { runInProcess } from '../cli/memory-io.js';
import { writeHostileClaimsFolder } from '../hardening/hostile-claims-folder.js';
import { findChromium, type HeadlessChromium, launchChromium, NO_CHROMIUM } from './headless-chromium.js';

const ROOT = join(import.meta.dirname, '../..');
const REPORT = join(ROOT, 'docs/conflict-report.html');
const REPORT_URL = pathToFileURL(REPORT).href;
const SHOTS = join(ROOT, '.tmp/test-output/html-report');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
// The who-founded-it disagreement (its id names the disagreement, so it survives new sources).
const UAE = 'membership-conflict:23683665d083';

const executable = findChromium();
if (executable === undefined) console.warn(`html-report.browser.test: ${NO_CHROMIUM}`);

/** What a page did: every request, console error, uncaught error, CSP violation and alert. */
interface PageLog {
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
}

const watch = async (page: Page): Promise<PageLog> => {
  const log: PageLog = { requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(`page: ${(e as Error).message}`));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  // Runs before the page's own script (and outside its Content-Security-Policy).
  await page.evaluateOnNewDocument(() => {
    const w = globalThis as unknown as { __violations: string[]; document: { addEventListener: (t: string, f: (e: { violatedDirective: string; blockedURI: string }) => void) => void } };
    w.__violations = [];
    w.document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return log;
};

const violations = (page: Page): Promise<string[]> => page.evaluate(() => (globalThis as unknown as { __violations: string[] }).__violations);

/**
 * In the page: for each `a.evidence` link (in document order, optionally inside one element),
 * where its highlight lies in its source text (text offsets, words) and the quote shown beside it.
 */
const evidenceInPage = (scope: string | null) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc = (globalThis as any).document;
  const place = (el: any): Map<string, { start: number; end: number; text: string; rects: number }> => {
    const out = new Map<string, { start: number; end: number; text: string; rects: number }>();
    let at = 0;
    const walk = (node: any, tokens: string[]): void => {
      if (node.nodeType === 3) {
        for (const t of tokens) {
          const p = out.get(t);
          out.set(t, p === undefined ? { start: at, end: at + node.data.length, text: node.data, rects: 0 } : { ...p, end: at + node.data.length, text: p.text + node.data });
        }
        at += node.data.length;
        return;
      }
      if (node.nodeType !== 1) return;
      const own: string[] = node.tagName === 'MARK' && node.dataset.hl ? node.dataset.hl.split(' ') : [];
      for (const t of own) {
        const p = out.get(t);
        if (p !== undefined) p.rects += node.getClientRects().length;
        else out.set(t, { start: at, end: at, text: '', rects: node.getClientRects().length });
      }
      for (const child of node.childNodes) walk(child, [...tokens, ...own]);
    };
    walk(el, []);
    return out;
  };
  const cache = new Map<string, Map<string, { start: number; end: number; text: string; rects: number }>>();
  const root = scope === null ? doc : doc.querySelector(scope);
  return [...root.querySelectorAll('[data-finding] a.evidence')].map((a: any) => {
    const source = a.dataset.source as string;
    if (!cache.has(source)) cache.set(source, place(doc.getElementById(`${source}-text`)));
    const placed = cache.get(source)?.get(a.dataset.hl);
    const quote = a.closest('.quote')?.querySelector('blockquote')?.textContent ?? null;
    return { finding: a.closest('[data-finding]').dataset.finding as string, source, start: placed?.start, end: placed?.end, text: placed?.text, rects: placed?.rects ?? 0, quote };
  });
};

const cardSpans = (f: Finding) => [...f.sides.flatMap((s) => s.claims.map((c) => c.span)), ...f.related.flatMap((n) => (n.span !== undefined ? [n.span] : []))];

const shot = async (page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> => {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), ...options });
};

interface AxeOutcome {
  /** Serious and critical violations, as "rule (impact): help — targets". */
  readonly problems: readonly string[];
  /** Elements whose colour contrast axe could not decide (hidden by scrolling or overlapped). */
  readonly undecidedContrast: number;
}

const axeCheck = async (page: Page): Promise<AxeOutcome> => {
  await page.evaluate(AXE);
  const result = (await page.evaluate(async () => {
    const g = globalThis as any;
    const r = await g.axe.run(g.document, { resultTypes: ['violations', 'incomplete'] });
    return {
      violations: r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) })),
      undecidedContrast: r.incomplete.filter((v: any) => v.id === 'color-contrast').reduce((n: number, v: any) => n + v.nodes.length, 0),
    };
  })) as { violations: { id: string; impact: string; help: string; targets: string[] }[]; undecidedContrast: number };
  return {
    problems: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`),
    undecidedContrast: result.undecidedContrast,
  };
};

/** Unfold every scrolling box and closed section, so that axe sees (and measures the contrast of) all the text. */
const unfold = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const doc = (globalThis as any).document;
    for (const el of doc.querySelectorAll('.source-text, .claim-list, .table-wrap')) {
      el.style.maxHeight = 'none';
      el.style.overflow = 'visible';
    }
    for (const d of doc.querySelectorAll('details')) d.open = true;
  });

if (executable === undefined && process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false') {
  describe('the HTML report in headless Chromium', () => {
    it('needs Chromium on CI', () => {
      throw new Error(`${NO_CHROMIUM}. .ci/run should have installed it.`);
    });
  });
}

/** Browser steps are slow on shared cores; generous limits, whatever the runner's defaults. */
const BROWSER_TIMEOUT = 90_000;

describe.skipIf(executable === undefined)(`the HTML report in headless Chromium${executable === undefined ? ` (${NO_CHROMIUM})` : ''}`, { timeout: BROWSER_TIMEOUT }, () => {
  let chromium: HeadlessChromium;
  let input: ReportInput;
  let uae: Finding;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const check = await checkClaimsFolder(join(ROOT, 'claims'));
    if (!check.ok) throw new Error(check.messages.map(formatMessage).join('\n'));
    input = reportInputFromCheck(check.value, check.value.reconciled, { title: 'Conflict report', corpusLabel: 'claims/', command: 'claimtrace report claims' });
    uae = input.findings.find((f) => f.id === UAE) as Finding;
    chromium = await launchChromium(executable as string);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await chromium?.close();
  }, BROWSER_TIMEOUT);

  const openReport = async (options: { javaScript?: boolean; url?: string } = {}): Promise<{ page: Page; log: PageLog }> => {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    if (options.javaScript === false) await page.setJavaScriptEnabled(false);
    const log = await watch(page);
    await page.goto(options.url ?? REPORT_URL, { waitUntil: 'load' });
    return { page, log };
  };

  it('opens from disk: no request leaves the page, no error, nothing blocked by its Content-Security-Policy', async () => {
    const { page, log } = await openReport();
    expect(await page.title()).toBe('Conflict report');
    expect(await violations(page)).toEqual([]);
    expect(log.requests).toEqual([REPORT_URL]);
    expect(log.errors).toEqual([]);
    // The script ran: the filters are shown.
    expect(await page.$eval('#filters', (f) => (f as unknown as { hidden: boolean }).hidden)).toBe(false);
    await shot(page, '01-overview');
    await page.close();
  });

  it('shows every quote highlighted in its source text at its exact offsets, and laid out on screen', async () => {
    const { page } = await openReport();
    const shown = await page.evaluate(evidenceInPage, null);
    let checked = 0;
    for (const f of input.findings) {
      const links = shown.filter((s) => s.finding === f.id);
      const spans = cardSpans(f);
      expect(links, f.id).toHaveLength(spans.length);
      spans.forEach((span, i) => {
        const link = links[i];
        expect({ start: link?.start, end: link?.end, text: link?.text }, `${f.id}: ${span.quote.exact}`).toEqual({ start: span.position.start, end: span.position.end, text: span.quote.exact });
        expect(link?.rects, `${f.id}: rendered`).toBeGreaterThan(0);
        // Cards quote the words in full; the compact table clips long ones.
        if (link?.quote !== null) expect(link?.quote).toBe(span.quote.exact);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(20);
    // Each source's text in the page is the source's text, character for character.
    const texts = await page.$$eval('.source .source-text', (els) => els.map((el) => (el as unknown as { textContent: string }).textContent));
    expect(texts).toEqual(input.corpus.sources.map((d) => d.text));
    await page.close();
  });

  it('clicks through the UAE membership conflict: both sources side by side, the right words, back to the claim', async () => {
    const { page, log } = await openReport();
    const card = `[data-finding="${UAE}"]`;
    await page.$eval(card, (el) => (el as unknown as { scrollIntoView: () => void }).scrollIntoView());
    await shot(page, '02-uae-card');
    const cardHandle = await page.$(card);
    await cardHandle?.screenshot({ path: join(SHOTS, '02-uae-card-full.png') });
    // Click 002's quote (the second value).
    await page.click(`${card} .side[data-group="1"] a.evidence`);
    await page.waitForSelector('#evidence[open]');
    const columns = await page.$$eval('#evidence .evidence-column', (cols) =>
      cols.map((c) => {
        const col = c as unknown as { querySelector: (s: string) => { textContent: string; scrollTop: number; getBoundingClientRect: () => DOMRectLike } | null; querySelectorAll: (s: string) => ArrayLike<{ textContent: string; getBoundingClientRect: () => DOMRectLike }> };
        type DOMRectLike = { top: number; bottom: number };
        const view = col.querySelector('.source-text');
        const current = Array.from(col.querySelectorAll('mark.current'));
        const viewRect = view?.getBoundingClientRect();
        const firstRect = current[0]?.getBoundingClientRect();
        return {
          title: col.querySelector('h3')?.textContent ?? '',
          where: col.querySelector('.evidence-where')?.textContent ?? '',
          current: current.map((m) => m.textContent).join(''),
          emphasized: col.querySelectorAll('mark.on').length,
          visible: viewRect !== undefined && firstRect !== undefined && firstRect.top >= viewRect.top && firstRect.bottom <= viewRect.bottom,
        };
      }),
    );
    const [side2, side1] = [uae.sides[1], uae.sides[0]];
    expect(columns.map((c) => c.title)).toEqual([`Value 2 of 2: ${side2?.label}`, `Value 1 of 2: ${side1?.label}`, 'Related words in 001']);
    expect(columns[0]?.current).toBe(side2?.claims[0]?.span.quote.exact);
    expect(columns[0]?.current).toContain('the United Arab Emirates');
    expect(columns[0]?.where).toContain('Source 002');
    expect(columns[1]?.current).toBe('It includes Singapore, Australia, Japan, South Korea, and Israel as founding members.');
    expect(columns[1]?.where).toContain('Source 001');
    expect(columns[2]?.current).toContain('United Arab Emirates');
    for (const c of columns) {
      expect(c.visible, `${c.title}: the chosen words are scrolled into view`).toBe(true);
      expect(c.emphasized).toBeGreaterThan(0);
    }
    await shot(page, '03-evidence-side-by-side');
    // The first value has two quotes (001 and 004): switch to 004's.
    await page.click('#evidence .evidence-column:nth-child(2) .evidence-choices button:nth-child(2)');
    const switched = await page.$eval('#evidence .evidence-column:nth-child(2)', (c) => ({
      where: (c as unknown as { querySelector: (s: string) => { textContent: string } }).querySelector('.evidence-where').textContent,
      current: Array.from((c as unknown as { querySelectorAll: (s: string) => ArrayLike<{ textContent: string }> }).querySelectorAll('mark.current'))
        .map((m) => m.textContent)
        .join(''),
    }));
    expect(switched.where).toContain('Source 004');
    expect(switched.current).toBe('bringing Singapore, Australia, Japan, South Korea and Israel in a collaboration');
    await shot(page, '04-evidence-switched-to-004');
    // Escape closes and gives focus back to the link that opened it.
    await page.keyboard.press('Escape');
    expect(await page.$eval('#evidence', (d) => (d as unknown as { open: boolean }).open)).toBe(false);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement.className)).toBe('evidence');
    // Reopen with the keyboard, then follow a highlight's number back to its claim.
    await page.keyboard.press('Enter');
    await page.waitForSelector('#evidence[open]');
    const claimId = side2?.claims[0]?.claimId ?? '';
    const ref = await page.$eval(`#evidence .evidence-column:first-child a.ref[aria-label*="${claimId} ("]`, (a) => (a as unknown as { getAttribute: (n: string) => string }).getAttribute('href'));
    await page.click(`#evidence .evidence-column:first-child a.ref[href="${ref}"]`);
    await page.waitForFunction((h) => (globalThis as unknown as { location: { hash: string } }).location.hash === h, {}, ref);
    expect(await page.$eval('#evidence', (d) => (d as unknown as { open: boolean }).open)).toBe(false);
    const entry = await page.$eval(ref, (li) => (li as unknown as { textContent: string }).textContent);
    const written = input.claimLocations?.get(claimId);
    expect(entry).toContain(claimId);
    expect(entry).toContain(`claims/${written?.file}:${written?.start.line}`);
    await shot(page, '05-back-to-the-claim');
    expect(log.requests).toEqual([REPORT_URL]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('filters by severity, rule, source and review status', async () => {
    const { page } = await openReport();
    const shown = () =>
      page.$$eval('[data-finding]:not([hidden])', (els) =>
        els.map((el) => {
          const get = (name: string): string => (el as unknown as { getAttribute: (n: string) => string }).getAttribute(`data-${name}`);
          return { severity: get('severity'), rule: get('rule'), sources: get('sources'), review: get('review') } as Record<string, string>;
        }),
      );
    const status = () => page.$eval('#filter-status', (p) => (p as unknown as { textContent: string }).textContent);
    expect(await status()).toBe(`Showing ${input.findings.length} of ${input.findings.length} findings.`);
    await page.click('#filters input[value="info"]');
    const noInfo = await shown();
    expect(noInfo.map((d) => d['severity'])).toEqual(['error', 'error', 'warning', 'warning']);
    expect(await status()).toBe(`Showing 4 of ${input.findings.length} findings.`);
    await page.select('#filters select[name="source"]', input.corpus.sources[4]?.source.id ?? '');
    const from004 = await shown();
    expect(from004.length).toBeGreaterThan(0);
    for (const d of from004) expect(d['sources']?.split(' ')).toContain(input.corpus.sources[4]?.source.id);
    await page.select('#filters select[name="rule"]', 'value-conflict');
    expect((await shown()).map((d) => d['rule'])).toEqual(['value-conflict']);
    await shot(page, '06-filters');
    await page.select('#filters select[name="review"]', 'new');
    expect(await shown()).toEqual([]);
    expect(await page.$eval('#findings .filter-empty', (p) => (p as unknown as { hidden: boolean }).hidden)).toBe(false);
    await page.click('#filters button[type="reset"]');
    await page.waitForFunction((n) => (globalThis as unknown as { document: { querySelectorAll: (s: string) => { length: number } } }).document.querySelectorAll('[data-finding]:not([hidden])').length === n, {}, input.findings.length);
    await page.close();
  });

  it('reads without JavaScript: every finding listed, quotes link to their words in the source view', async () => {
    const { page, log } = await openReport({ javaScript: false });
    expect(await page.$eval('#filters', (f) => (f as unknown as { offsetParent: unknown }).offsetParent)).toBeNull();
    const visibleCards = await page.$$eval('article[data-finding]', (els) => els.filter((el) => (el as unknown as { offsetParent: unknown }).offsetParent !== null).length);
    expect(visibleCards).toBe(input.findings.filter((f) => f.kind !== 'uncorroborated').length);
    const href = await page.$eval(`[data-finding="${UAE}"] .side[data-group="1"] a.evidence`, (a) => (a as unknown as { getAttribute: (n: string) => string }).getAttribute('href'));
    await page.click(`[data-finding="${UAE}"] .side[data-group="1"] a.evidence`);
    await page.waitForFunction((h) => (globalThis as unknown as { location: { hash: string } }).location.hash === h, {}, href);
    const inView = await page.$eval(href, (anchor) => {
      const next = (anchor as unknown as { nextElementSibling: { getBoundingClientRect: () => { top: number; bottom: number }; textContent: string } }).nextElementSibling;
      const r = next.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: (globalThis as unknown as { innerHeight: number }).innerHeight, words: next.textContent };
    });
    expect(inView.top).toBeGreaterThanOrEqual(0);
    expect(inView.bottom).toBeLessThanOrEqual(inView.height);
    expect(inView.words.startsWith('Singapore, Australia, Japan, South Korea, the United Arab Emirates')).toBe(true);
    await shot(page, '07-no-javascript-source-view');
    expect(log.requests).toEqual([REPORT_URL]);
    await page.close();
  });

  it('passes axe-core with no serious or critical violation: unfolded (contrast of all text), and as it opens with the evidence view open', async () => {
    const { page } = await openReport();
    await unfold(page);
    const unfolded = await axeCheck(page);
    expect(unfolded.problems).toEqual([]);
    // Only the graph's labels (drawn over its lines and circles) are left for a person to judge.
    expect(unfolded.undecidedContrast).toBeLessThanOrEqual(input.corpus.sources.length + 2);
    await page.reload({ waitUntil: 'load' });
    await page.click(`[data-finding="${UAE}"] a.evidence`);
    await page.waitForSelector('#evidence[open]');
    expect((await axeCheck(page)).problems).toEqual([]);
    await page.close();
  });

  it('saves views of the dependence graph and a source for a person to look at', async () => {
    const { page } = await openReport({ url: `${REPORT_URL}#dependence` });
    await shot(page, '08-source-dependence');
    await page.goto(`${REPORT_URL}#source-000`);
    await shot(page, '09-source-000-with-ai-and-non-content');
    await page.setViewport({ width: 400, height: 800 });
    await page.goto(`${REPORT_URL}#findings`);
    await shot(page, '10-narrow-screen');
    await page.close();
  });

  it('keeps a hostile claims folder inert: no script runs, no request is made, no alert opens', async () => {
    const folder = await writeHostileClaimsFolder();
    const out = mkdtempSync(join(tmpdir(), 'claimtrace-hostile-html-'));
    try {
      const run = await runInProcess(['report', folder, '--out', out, '--format', 'html']);
      expect(run.code, run.stderr).toBe(0);
      const url = pathToFileURL(join(out, 'conflict-report.html')).href;
      const { page, log } = await openReport({ url });
      // Open every card's evidence view too: the copied texts must stay inert.
      const cards = await page.$$eval('article[data-finding]', (els) => els.map((el) => (el as unknown as { dataset: Record<string, string> }).dataset['finding'] as string));
      expect(cards.length).toBeGreaterThan(0);
      for (const id of cards) {
        await page.click(`article[data-finding="${id.replace(/"/g, '\\"')}"] a.evidence`);
        await page.waitForSelector('#evidence[open]');
        await page.mouse.move(300, 300);
        await page.mouse.move(700, 500);
        await page.keyboard.press('Escape');
      }
      await shot(page, '11-hostile-input', { fullPage: false });
      expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(log.dialogs).toEqual([]);
      expect(log.requests).toEqual([url]);
      expect(await violations(page)).toEqual([]);
      expect(log.errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
