/**
 * Three documents on a (made-up) fire at a battery recycling plant in Darrow
 * Falls, each of a kind the other corpora lack, captured with `claimtrace
 * add` from test/fixtures/darrow-fire-pages/ and given claims by hand from
 * `claimtrace suggest`'s candidates, as a new user writes them
 * (test/fixtures/darrow-fire/):
 *
 * - The Valley Courier (Friday 16 October 2026): an Allied Press wire story
 *   run under the paper's own <title> headline, with another <h1>; the page
 *   states no publisher (its <title> ends "- The Valley Courier"), its menu is
 *   a list of separate <li> links ending in "Log in" in a <div> that does not
 *   call itself a nav, and an editor's note at the foot corrects the plant's
 *   workforce (410 → 140).
 * - KDFL 8 (Thursday 15 October, 6:12 am, updated 6:40 pm): a local TV
 *   station's page whose metadata is a JSON-LD @graph (WebPage, NewsArticle,
 *   VideoObject), with a weather-alert bar, a video caption and an "app"
 *   promotion link between two paragraphs.
 * - The county's Office of Emergency Management (Thursday 15 October): a
 *   press release in Markdown without front matter — the issuer's name,
 *   "FOR IMMEDIATE RELEASE" and the date, then the headline, a list of key
 *   facts and "###".
 *
 * Expected from the documents, not from the output: they disagree on how
 * many homes are evacuated (about 900 / approximately 1,200 / more than
 * 2,000), on how many firefighters were hurt (five, says the chief to the
 * wire; three, say the county and the station) and on the evacuation radius
 * (half a mile against one mile). The batteries in the building ("about 200
 * tons" / "roughly 180 tons") differ only by rounding, the workforce (140 as
 * corrected, "about 150 employees") agrees, and "Wednesday" in a Thursday
 * and a Friday story is the same day, 14 October; "until at least noon
 * Saturday" (expected, in the release) is the station's Saturday, October 17.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureSource } from '../../src/capture/index.js';
import { loadCorpus } from '../../src/claims/index.js';
import type { Corpus } from '../../src/model/corpus.js';
import { settled } from '../../src/model/result.js';
import { suggestClaims } from '../../src/suggest/index.js';
import { runInProcess } from '../cli/memory-io.js';
import { checkedInBeforeAll } from '../support/checked-folder.js';

const FOLDER = 'test/fixtures/darrow-fire';
const PAGES = 'test/fixtures/darrow-fire-pages';
const COURIER = 'courier-allied-press';
const KDFL = 'kdfl8-evacuation';
const OEM = 'county-oem-release';

const checked = checkedInBeforeAll(FOLDER);
const { about, claim } = checked;
let corpus: Corpus;
beforeAll(async () => {
  ({ corpus } = settled(await loadCorpus(FOLDER)));
});
const source = (id: string) => corpus.sources.find((s) => s.source.id === id)?.source;

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('capturing three documents of new kinds', () => {
  it.each([
    // page, source id
    ['valley-courier-allied-press-fire.html', COURIER],
    ['kdfl8-brightcell-fire-evacuation.html', KDFL],
    ['darrow-county-oem-release.md', OEM],
  ])('%s captures again to the committed text and non-content ranges', (page, id) => {
    const captured = captureSource(readFileSync(join(PAGES, page)), { fileName: page });
    expect(captured.ok).toBe(true);
    if (!captured.ok) return;
    expect(captured.value.text).toBe(readFileSync(join(FOLDER, 'sources', `${id}.txt`), 'utf8'));
    expect(captured.value.contentHash).toBe(source(id)?.contentHash);
  });

  it.each([
    // source, title, publisher, publication
    [COURIER, 'Crews battle stubborn battery fire as hundreds told to leave homes', 'The Valley Courier', '2026-10-16'],
    [KDFL, 'Brightcell fire: More than 2,000 homes evacuated as crews fight battery blaze', 'KDFL 8', '2026-10-15'],
    [OEM, 'Evacuation order remains in place after fire at Brightcell Recycling', 'Darrow County Office of Emergency Management', '2026-10-15'],
  ])('%s: its headline, its publisher and its day', (id, title, publisher, day) => {
    const s = source(id);
    expect(s?.title).toBe(title);
    expect(s?.publisher).toBe(publisher);
    expect(s?.publishedAt.precision === 'unknown' ? undefined : s?.publishedAt.value.slice(0, 10)).toBe(day);
  });

  it('says which metadata was inferred, not stated, in the source files', () => {
    expect(readFileSync(join(FOLDER, 'sources', `${COURIER}.yaml`), 'utf8')).toContain('# publisher: inferred: the page states no publisher, and its <title> ends with "The Valley Courier"');
    const release = readFileSync(join(FOLDER, 'sources', `${OEM}.yaml`), 'utf8');
    expect(release).toContain('# publisher: inferred: the line above "FOR IMMEDIATE RELEASE"');
    expect(release).toContain('# publishedAt: from the date line at its top: "FOR IMMEDIATE RELEASE October 15, 2026" — inferred');
  });

  it('keeps the menu, the app promotion, the trending links and the release’s furniture out of the article', () => {
    const kinds = (id: string) => source(id)?.nonContent.map((n) => n.kind) ?? [];
    expect(kinds(COURIER)).toEqual(['navigation', 'related-links', 'page-chrome']); // no lone "Log in" login prompt
    expect(kinds(KDFL)).toEqual(expect.arrayContaining(['navigation', 'related-links', 'boilerplate']));
    expect(kinds(OEM)).toEqual(['boilerplate']); // the release's mark, date and contact lines
    const text = readFileSync(join(FOLDER, 'sources', `${KDFL}.txt`), 'utf8');
    const promo = text.indexOf('Download the KDFL 8 app');
    expect(promo).toBeGreaterThan(0);
    expect(source(KDFL)?.nonContent.some((n) => n.range.start <= promo && promo < n.range.end)).toBe(true);
  });
});

describe('the claims of a new user on the Brightcell fire', () => {
  it('loads without a problem: every quote anchors, every value normalizes', () => {
    expect(checked.messages).toEqual([]);
  });

  it('finds three counts of evacuated homes that cannot all be true', () => {
    const findings = about('homes-evacuated');
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([['value-conflict', 'error']]);
    const sides = new Set(findings[0]?.sides.map((s) => [...s.sources].sort().join()));
    expect(sides).toEqual(new Set([COURIER, KDFL, OEM]));
  });

  it('finds five firefighters hurt (the chief, to the wire) against three (the county and the station)', () => {
    const findings = about('firefighters-injured');
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([['value-conflict', 'error']]);
    const sides = new Set(findings[0]?.sides.map((s) => [...s.sources].sort().join()));
    expect(sides).toEqual(new Set([COURIER, [KDFL, OEM].sort().join()]));
  });

  // A reader sees a half-mile zone against a one-mile zone: "one mile", a
  // lone digit of a unit, is exact, not ±0.5 (docs/normalization.md, Rounding).
  it('finds a half-mile evacuation radius (the wire) against one mile (the county and the station)', () => {
    expect(about('evacuation-radius').map((f) => f.kind)).toEqual(['value-conflict']);
  });

  it.each([
    ['batteries-stored', '"about 200 tons" ≈ "roughly 180 tons": rounding'],
    ['employees', '140 (as corrected) ≈ "about 150 employees" (units: employees = people)'],
    ['fire-started', '"late Wednesday" (Friday) = "10:40 p.m. Wednesday" (Thursday)'],
    ['evacuation-until', '"until at least noon Saturday" (expected) = "noon Saturday, October 17"'],
    ['opened', '2023, twice'],
  ])('calls no conflict on %s: %s', (predicate) => {
    expect(about(predicate)).toEqual([]);
  });

  it('reads every "Wednesday" as 14 October and the evacuation order as lasting to Saturday 17 October', () => {
    for (const id of ['ap-started', 'tv-started', 'oem-started']) expect(claim(id)?.value).toMatchObject({ type: 'date', start: '2026-10-14', end: '2026-10-14' });
    for (const id of ['tv-until', 'oem-until']) expect(claim(id)?.value).toMatchObject({ type: 'date', start: '2026-10-17' });
  });

  it('claims the corrected workforce, and suggest does not offer the withdrawn one', () => {
    expect(claim('ap-employees')?.value).toMatchObject({ low: 140, high: 140 });
    const suggested = suggestClaims(corpus, COURIER);
    expect(suggested.ok).toBe(true);
    if (!suggested.ok) return;
    expect(suggested.value.suggestions.map((s) => s.quote)).not.toContainEqual(expect.stringContaining('410'));
  });
});

describe('the folder from the command line', () => {
  const withoutReviews = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-darrow-'));
    scratch.push(dir);
    cpSync(FOLDER, dir, { recursive: true });
    writeFileSync(join(dir, 'baseline.yaml'), 'findings: []\n');
    return dir;
  };

  it('check passes: the three disagreements are reviewed in baseline.yaml', async () => {
    const run = await runInProcess(['check', FOLDER]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('3 findings (3 reviewed)');
  });

  it('check fails on the three disagreements when nobody has reviewed them', async () => {
    const run = await runInProcess(['check', withoutReviews(), '--format', 'json']);
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; status: string }[] }).findings;
    expect(findings.map((f) => [f.ruleId, f.status])).toEqual([
      ['value-conflict', 'new'],
      ['value-conflict', 'new'],
      ['value-conflict', 'new'],
    ]);
  });

  it('report writes the conflict report for people and as data', async () => {
    const out = mkdtempSync(join(tmpdir(), 'claimtrace-darrow-report-'));
    scratch.push(out);
    const run = await runInProcess(['report', FOLDER, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(join(out, 'conflict-report.md'), 'utf8');
    expect(md).toContain('homes evacuated');
    expect(md).toContain('firefighters hurt');
  });
});
