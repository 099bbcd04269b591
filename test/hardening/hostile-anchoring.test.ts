/**
 * The hostile-input catalogue, anchoring classes (issue 14): quotes typed in
 * another Unicode form, quotes inside a source's declared non-content,
 * quotes holding half of an emoji, and context long enough to make old
 * anchoring quadratic. Each entry copies the minimal claims folder, adds one
 * source and one claim file, loads it, and checks the outcome the loader
 * gives, and that the API (`anchorQuote` with the same text, quote and
 * non-content ranges) agrees with it. The catalogue of other classes is
 * `hostile-input.test.ts`; docs/limits.md describes every class.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/anchor/index.js';
import { loadCorpus, type LoadCorpusResult } from '../../src/claims/index.js';
import { settled } from '../../src/model/result.js';
import { contentHash, normalizeText } from '../../src/ingest/index.js';
import { generatedText } from '../tools/bench/worst-case-anchoring.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The fields of the one claim quoting the added source (YAML values, already quoted where needed). */
type QuoteFields = Readonly<Record<string, string>>;

interface AnchoringCase {
  readonly name: string;
  /** The raw text of the added source `page`. */
  readonly text: string;
  /** Its `nonContent:` entries as YAML flow mappings, e.g. `{ quote: "Summarize", kind: page-chrome }`. */
  readonly nonContent?: readonly string[];
  readonly quote: QuoteFields;
  /** What the loader gives for the claim: the quoted words, or a diagnostic. */
  readonly expected: { readonly anchoredTo: string; readonly at?: number } | { readonly code: string; readonly message: RegExp };
}

/** Load the fixture plus source `page` (text, non-content) and claim `q` quoting it. */
const load = async (c: AnchoringCase): Promise<LoadCorpusResult> => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-anchoring-'));
  scratch.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  const nonContent = c.nonContent === undefined ? '' : `nonContent:\n${c.nonContent.map((n) => `  - ${n}\n`).join('')}`;
  writeFileSync(join(dir, 'sources/page.yaml'), `id: page\ntext: page.txt\npublishedAt: unknown\ncontentHash: ${contentHash(normalizeText(c.text))}\n${nonContent}`);
  writeFileSync(join(dir, 'sources/page.txt'), c.text);
  const fields = Object.entries(c.quote).map(([k, v]) => `    ${k}: ${v}\n`).join('');
  writeFileSync(join(dir, 'claims/page.yaml'), `source: page\nclaims:\n  - id: q\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n${fields}`);
  return loadCorpus(dir);
};

const TEXT_32K = generatedText(32 * 1024);
const SAID_AT = TEXT_32K.indexOf(' said ', 16 * 1024) + 1;

const CATALOGUE: readonly AnchoringCase[] = [
  {
    name: 'a quote typed decomposed (NFD) anchors silently to the composed (NFC) source',
    text: 'Le Café de Paris a signé l’accord à Genève vendredi.',
    quote: { quote: '"Cafe\\u0301 de Paris a signe\\u0301"' },
    expected: { anchoredTo: 'Café de Paris a signé' },
  },
  {
    name: 'a decomposed prefix and suffix pick the occurrence they name',
    text: 'À Genève, la réserve est signée. À Zürich, la réserve est signée.',
    quote: { quote: 'la réserve', prefix: '"Zu\\u0308rich, "', suffix: '" est signe\\u0301e"' },
    expected: { anchoredTo: 'la réserve', at: 'À Genève, la réserve est signée. À Zürich, '.length },
  },
  {
    name: 'a quote standing only in a declared non-content range is refused, never anchored silently',
    text: 'Continue with Google\n\nThe reserve is worth nearly $12 billion, officials said.',
    nonContent: ['{ quote: "Continue with Google", kind: login-prompt }'],
    quote: { quote: 'Continue with Google' },
    expected: { code: 'quote-not-found', message: /non-content/ },
  },
  {
    name: 'a quote in a non-content range and in the article anchors in the article',
    text: 'Summarize\n\nThe panel will Summarize its findings on Friday.',
    nonContent: ['{ quote: "Summarize", suffix: "\\n\\nThe panel", kind: page-chrome }'],
    quote: { quote: 'Summarize' },
    expected: { anchoredTo: 'Summarize', at: 26 },
  },
  {
    name: 'a quote holding half of an emoji (a lone surrogate) is refused once, naming it, not "ambiguous" with one place twice',
    text: 'Pax Silica \u{1F600} signed on Friday.',
    quote: { quote: '"Silica \\ud83d"' },
    expected: { code: 'quote-not-found', message: /lone surrogate at code unit 7/ },
  },
  {
    name: 'a frequent word with a 2 KB prefix in a 32 KB source anchors at its place (it hung, then called it ambiguous)',
    text: TEXT_32K,
    quote: { quote: 'said', prefix: JSON.stringify(TEXT_32K.slice(SAID_AT - 2048, SAID_AT)) },
    expected: { anchoredTo: 'said', at: SAID_AT },
  },
];

describe('the hostile-input catalogue: anchoring', () => {
  it.each(CATALOGUE)('$name', async (c) => {
    const result = await load(c);
    const claim = settled(result).corpus.claims.find((x) => x.id === 'q');
    const diagnostics = result.messages.filter((d) => d.claimId === 'q');
    const page = settled(result).corpus.sources.find((s) => s.source.id === 'page');
    expect(page).toBeDefined();
    if ('anchoredTo' in c.expected) {
      expect(diagnostics).toEqual([]);
      const span = claim?.evidence[0];
      expect(span?.quote.exact).toBe(c.expected.anchoredTo);
      if (c.expected.at !== undefined) expect(span?.position.start).toBe(c.expected.at);
    } else {
      expect(claim).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ code: c.expected.code, place: expect.objectContaining({ file: 'claims/page.yaml', start: { line: 7, column: 12 } }) })]);
      expect(diagnostics[0]?.message).toMatch(c.expected.message);
    }
    // The API, given the same text, quote and non-content ranges, agrees with the loader.
    const yamlValue = (s: string | undefined): string | undefined => (s === undefined ? undefined : s.startsWith('"') ? (JSON.parse(s) as string) : s);
    const api = anchorQuote(page!.text, {
      exact: yamlValue(c.quote['quote'])!,
      ...(c.quote['prefix'] !== undefined ? { prefix: yamlValue(c.quote['prefix'])! } : {}),
      ...(c.quote['suffix'] !== undefined ? { suffix: yamlValue(c.quote['suffix'])! } : {}),
    }, { nonContent: page!.source.nonContent.map((n) => n.range) });
    expect(api.status === 'anchored' ? { start: api.start, end: api.end } : api.status).toEqual(
      claim === undefined ? 'orphaned' : { start: claim.evidence[0]!.position.start, end: claim.evidence[0]!.position.end },
    );
    // Nothing else is lost.
    expect(settled(result).corpus.claims.map((x) => x.id)).toEqual(expect.arrayContaining(['members', 'reserve', 'signed']));
  });
});
