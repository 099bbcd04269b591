/**
 * Reviews that survive a growing corpus: a copy of the bundled claims folder
 * gets a sixth page that agrees with one side of each reviewed
 * disagreement, and `claimtrace check` still passes, showing those reviews
 * as carried over ("reviewed, new evidence"). A page that brings a new
 * value instead reopens the review.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, normalizeText } from '../../src/ingest/index.js';
import { runInProcess } from '../cli/memory-io.js';

const CLAIMS = join(import.meta.dirname, '../../claims');
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of claims/ with one more source and its claim file. */
const withPage = (id: string, text: string, published: string, claims: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-carry-over-'));
  scratch.push(dir);
  cpSync(CLAIMS, dir, { recursive: true });
  writeFileSync(join(dir, 'sources', `${id}.txt`), text);
  writeFileSync(
    join(dir, 'sources', `${id}.yaml`),
    [
      `id: ${id}`,
      `text: ${id}.txt`,
      'title: Five nations sign Pax Silica pact on critical minerals',
      'publisher: Harbour Wire',
      'language: en',
      `publishedAt: { date: "${published}" }`,
      `contentHash: ${contentHash(normalizeText(text))}`,
      'aiGenerated: { whole: false, sections: [] }',
      'cites: []',
      'derivedFrom: []',
      'nonContent: []',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'claims', `${id}.yaml`), `source: ${id}\nclaims:\n${claims}`);
  return dir;
};

const AGREEING_PAGE = [
  'Five nations sign Pax Silica pact on critical minerals',
  '',
  'Japan, South Korea, Singapore, Israel and Australia signed the Pax Silica Declaration on December 12, 2025, launching the coalition with the United States.',
  'Officials described the five countries as its founding members and said more could join next year.',
  'The Pentagon last year bought a stake in MP Materials, which runs the only operating rare earth mine in the United States.',
  '',
].join('\n');

const claim = (id: string, subject: string, predicate: string, value: string, quote: string): string =>
  `  - id: ${id}\n    subject: ${subject}\n    predicate: ${predicate}\n    value: ${value}\n    quote: ${JSON.stringify(quote)}\n`;

const AGREEING_CLAIMS = [
  claim('pax-silica-founding-members-005', 'Pax Silica', 'founding-members', '{ members: [Japan, South Korea, Singapore, Israel, Australia], list: closed }', 'Japan, South Korea, Singapore, Israel and Australia signed the Pax Silica Declaration'),
  claim('pax-silica-founding-count-005', 'Pax Silica', 'founding-members', '{ count: 5 }', 'the five countries as its founding members'),
  claim('pax-silica-launched-on-005', 'Pax Silica', 'launched-on', '{ date: "December 12, 2025" }', 'on December 12, 2025, launching the coalition'),
  claim('mp-materials-stake-pentagon-005', 'MP Materials', 'stake-acquired-by', '{ entity: Pentagon }', 'The Pentagon last year bought a stake in MP Materials'),
].join('');

/** The ClaimReview rating of each claim of Pax Silica's launch date with one, as `export --format claimreview` gives it. */
const launchRatings = async (dir: string): Promise<Record<string, string>> => {
  const exported = await runInProcess(['export', dir, '--format', 'claimreview', '--date', '2026-12-01', '--author', 'Test desk', '--base-url', 'https://example.org/checks']);
  expect(exported.code, exported.stderr).toBe(0);
  const graph = (JSON.parse(exported.stdout) as { '@graph': { itemReviewed: { identifier: string }; reviewRating: { alternateName: string } }[] })['@graph'];
  return Object.fromEntries(graph.filter((r) => /^pax-silica-launched-on-\d+$/.test(r.itemReviewed.identifier)).map((r) => [r.itemReviewed.identifier, r.reviewRating.alternateName]));
};

describe('a new source that agrees with one side of each reviewed disagreement', () => {
  it('passes check, with the four reviews it touches carried over and the fifth unchanged', async () => {
    const dir = withPage('005_harbour_wire', AGREEING_PAGE, '2025-12-13', AGREEING_CLAIMS);
    const result = await runInProcess(['check', dir, '--json']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { findings: { kind: string; status: string; review?: { verdict: string } }[] };
    expect(json.findings.map((f) => [f.kind, f.status, f.review?.verdict])).toEqual([
      ['membership-conflict', 'new-evidence', 'real-conflict'],
      ['count-conflict', 'new-evidence', 'real-conflict'],
      ['value-conflict', 'new-evidence', 'tension'],
      ['name-variant', 'new-evidence', 'real-conflict'],
      ['source-dependence', 'acknowledged', 'dependence'],
    ]);
  });

  it('says so in the human report: the old verdict shown under "Reviewed, new evidence"', async () => {
    const dir = withPage('005_harbour_wire', AGREEING_PAGE, '2025-12-13', AGREEING_CLAIMS);
    const result = await runInProcess(['check', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 reviewed with new evidence');
    expect(result.stdout).toContain('Reviewed, new evidence (the review carries over');
    expect(result.stdout).toContain('reviewed as tension by claimtrace maintainers: 000\'s "Published on December 24, 2025" dates its own aggregated page');
    expect(result.stdout).toContain('✔ check passed');
  });

  it('exports the carried-over verdict: the launch-date claims are rated as the reviewer judged them (a tension)', async () => {
    const dir = withPage('005_harbour_wire', AGREEING_PAGE, '2025-12-13', AGREEING_CLAIMS);
    expect(await launchRatings(dir)).toEqual({
      'pax-silica-launched-on-000': 'Sources in tension',
      'pax-silica-launched-on-001': 'Sources in tension',
      'pax-silica-launched-on-005': 'Sources in tension',
    });
  });

  it('fails when asked to recheck any new evidence (--recheck-on new-evidence)', async () => {
    const dir = withPage('005_harbour_wire', AGREEING_PAGE, '2025-12-13', AGREEING_CLAIMS);
    const result = await runInProcess(['check', dir, '--recheck-on', 'new-evidence']);
    expect(result.code).toBe(1);
  });
});

describe('a new source that brings a new value', () => {
  it('reopens the review: the disputed values changed, check fails', async () => {
    const text = 'Pax Silica was launched on December 19, 2025, a week after the first signing ceremony.\n';
    const dir = withPage('005_other', text, '2025-12-20', claim('pax-silica-launched-on-005', 'Pax Silica', 'launched-on', '{ date: "December 19, 2025" }', 'launched on December 19, 2025'));
    const result = await runInProcess(['check', dir, '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { findings: { kind: string; status: string }[] };
    expect(json.findings.find((f) => f.kind === 'value-conflict')?.status).toBe('changed');
  });

  it('no longer exports the old verdict: the reopened date finding is rated by its severity, as unreviewed', async () => {
    const text = 'Pax Silica was launched on December 19, 2025, a week after the first signing ceremony.\n';
    const dir = withPage('005_other', text, '2025-12-20', claim('pax-silica-launched-on-005', 'Pax Silica', 'launched-on', '{ date: "December 19, 2025" }', 'launched on December 19, 2025'));
    // reviewed as a tension; with a third date it is an unreviewed error again
    expect(await launchRatings(dir)).toEqual({
      'pax-silica-launched-on-000': 'Conflicting sources',
      'pax-silica-launched-on-001': 'Conflicting sources',
      'pax-silica-launched-on-005': 'Conflicting sources',
    });
  });
});
