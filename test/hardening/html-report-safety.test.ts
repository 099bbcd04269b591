/**
 * HTML report safety: markup, attribute breakers and `javascript:` URLs put
 * into sources (metadata and text), claims (subjects, values, quotes, notes,
 * attributions), a claim file's name, finding notes, preferred values, rule
 * descriptions and baseline reasons come out of `claimtrace report --format
 * html` as text. Checked on the DOM a browser's parser builds: the only
 * script is the report's own, no event-handler attribute exists, every link
 * is a fragment of the page or an http(s) address, and each payload is
 * visible as the words it is.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaimsFolder, reportInputFromCheck } from '../../src/check/index.js';
import type { Finding } from '../../src/model/finding.js';
import { formatMessage } from '../../src/model/message.js';
import { type FindingReview, renderHtmlReport, type ReportInput } from '../../src/report/index.js';
import { REPORT_SCRIPT } from '../../src/report/html/report-script.js';
import { runInProcess } from '../cli/memory-io.js';
import { attr, elements, type Element, parseErrors, parseHtml, textOf } from '../report/html-dom.js';
import { HOSTILE_CLAIM_FILE, HOSTILE_URL, PAYLOAD, writeHostileClaimsFolder } from './hostile-claims-folder.js';

/** Every tag the report writes itself. */
const REPORT_TAGS = new Set(
  'html head meta title style body a header div h1 h2 h3 h4 p code ul ol li nav main section form fieldset legend label input select option button article strong span blockquote meter details summary table caption thead tbody tr th td br dl dt dd figure figcaption svg desc defs marker path g line text circle mark footer dialog script'.split(' '),
);

let folder: string;
let out: string;
let page: string;
let root: Element;
let input: ReportInput;

beforeAll(async () => {
  folder = await writeHostileClaimsFolder();
  out = mkdtempSync(join(tmpdir(), 'claimtrace-hostile-out-'));
  const run = await runInProcess(['report', folder, '--out', out, '--format', 'html']);
  if (run.code !== 0) throw new Error(run.stderr);
  page = readFileSync(join(out, 'conflict-report.html'), 'utf8');
  root = parseHtml(page);
  const check = await checkClaimsFolder(folder);
  if (!check.ok) throw new Error(check.messages.map(formatMessage).join('\n'));
  input = reportInputFromCheck(check.value, check.value.reconciled, { title: 'x', corpusLabel: 'claims/', command: 'x' });
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** What a page must never contain, whatever its input. */
const expectInert = (markup: string): void => {
  const dom = parseHtml(markup);
  const all = elements(dom);
  const unexpected = [...new Set(all.map((el) => el.tagName).filter((t) => !REPORT_TAGS.has(t)))];
  expect(unexpected, 'elements the report never writes').toEqual([]);
  expect(all.filter((el) => el.tagName === 'script').map(textOf)).toEqual([REPORT_SCRIPT]);
  for (const el of all) {
    for (const a of el.attrs) {
      expect(a.name, `<${el.tagName} ${a.name}="${a.value}">`).not.toMatch(/^on/i);
      expect(a.value, `<${el.tagName} ${a.name}="${a.value}">`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
  const ids = new Set(all.flatMap((el) => (attr(el, 'id') !== undefined ? [attr(el, 'id')] : [])));
  for (const el of all) {
    const href = attr(el, 'href');
    if (href === undefined) continue;
    if (href.startsWith('#')) expect(ids.has(href.slice(1)), href).toBe(true);
    else expect(href).toMatch(/^https:\/\/example\.org\//);
  }
  expect(markup.includes('\u202E') ? 'a raw bidi override' : 'none').toBe('none');
  expect(parseErrors(markup)).toEqual([]);
};

describe('the HTML report of a hostile claims folder', () => {
  it('was built from the hostile input (the payloads reached the report)', () => {
    expect(input.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['membership-conflict', 'value-conflict', 'source-dependence']));
    expect(page.length).toBeGreaterThan(10_000);
  });

  it('contains no markup, handler or script from the input: only the report’s own elements', () => {
    expectInert(page);
  });

  it('shows every payload as the words it is, in titles, metadata, texts, claims, notes, file names and reviews', () => {
    const visible = textOf(root);
    const shown = PAYLOAD.replace('\u202E', '\u27E8U+202E\u27E9');
    const count = visible.split(shown).length - 1;
    // Source titles, publishers, notes, values, review reasons and reviewers, among others.
    expect(count).toBeGreaterThan(20);
    expect(visible).toContain(`Reviewed: ${shown}`);
    expect(visible).toContain(HOSTILE_CLAIM_FILE.replace('claims/', 'claims/'));
    expect(visible).toContain(`${HOSTILE_URL} (not a web address)`);
    // The source text itself keeps its markup as text, with the offsets intact.
    expect(visible).toContain('Menu | Home | <script>window.__pwned=10</script>');
  });

  it('puts attribute values from the input only in quoted, escaped attributes', () => {
    const titles = elements(root).flatMap((el) => (attr(el, 'title') !== undefined ? [attr(el, 'title') as string] : []));
    expect(titles.some((t) => t.includes('"><img src=x onerror="window.__pwned=2">'))).toBe(true);
    const labels = elements(root).flatMap((el) => (attr(el, 'data-label') !== undefined ? [attr(el, 'data-label') as string] : []));
    expect(labels.some((l) => l.includes('<script>window.__pwned=1</script>'))).toBe(true);
    // An invalid language tag is not used as one.
    expect(elements(root).filter((el) => attr(el, 'lang') !== undefined).map((el) => attr(el, 'lang'))).not.toContain(expect.stringContaining('onclick'));
  });

  it('stays inert for hand-made findings, notes, preferred values, rule descriptions and review text', () => {
    const hostile: Finding = {
      id: `value-conflict:"><script>window.__pwned=13</script>` as Finding['id'],
      source: 'reconcile',
      code: 'finding',
      ruleId: `rule"><b>` as Finding['ruleId'],
      kind: `kind ${PAYLOAD}`,
      severity: 'error',
      message: PAYLOAD,
      key: { subject: PAYLOAD, predicate: 'amount' as never },
      sides: input.findings.find((f) => f.ruleId === 'value-conflict')?.sides.map((s) => ({ ...s, label: PAYLOAD })) ?? [],
      related: [{ message: PAYLOAD, claimId: `c"><script>` as never, span: input.corpus.claims[0]!.evidence[0]!, ruleId: `r"><script>` as never }],
      disagreement: PAYLOAD,
      discrepancy: { grade: 'magnitude', score: 2, label: PAYLOAD },
      disputed: [[PAYLOAD]],
      fingerprint: PAYLOAD,
      data: { discrepancy: { score: 2, label: PAYLOAD } },
    };
    const html = renderHtmlReport({
      ...input,
      title: PAYLOAD,
      corpusLabel: PAYLOAD,
      command: PAYLOAD,
      findings: [...input.findings, hostile],
      ruleDescriptions: { [hostile.ruleId]: PAYLOAD },
      reviews: new Map([[hostile.id, { verdict: PAYLOAD as FindingReview['verdict'], reason: PAYLOAD, reviewedBy: PAYLOAD, status: 'new-evidence' }]]),
      preferred: new Map([[hostile.id, { strategy: PAYLOAD, value: PAYLOAD, confidence: Number.NaN, explanation: PAYLOAD }]]),
      claimLocations: new Map([[input.corpus.claims[0]!.id, { file: PAYLOAD, start: { line: 1, column: 1 } }]]),
    });
    expectInert(html);
    const dom = parseHtml(html);
    expect(elements(dom).find((el) => el.tagName === 'title')?.childNodes.length).toBe(1);
    expect(textOf(dom)).toContain('(magnitude)');
  });
});
