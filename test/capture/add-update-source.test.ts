/**
 * From a saved page to checked claims, through the command line: `add` a
 * page written for the test into a fresh folder and `check` passes; the
 * suggested claims, once a person fills in subject and predicate, pass
 * `check`; `update-source` with an edited page reports every claim as
 * unchanged, moved, changed or orphaned and rewrites only what it should;
 * `rehash` accepts an edit made in place.
 */
import { copyFileSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeFileAtomic } from '../../src/files/atomic-write.js';
import { runInProcess } from '../cli/memory-io.js';

const FIXTURES = new URL('../fixtures/capture/', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'claimtrace-capture-'));
const folder = join(temp, 'claims');
const ID = 'harbour-expansion-approved';

const PREDICATES = `predicates:
  - { id: cost, valueType: quantity, cardinality: multi, label: cost, description: "x" }
  - { id: cargo-volume, valueType: quantity, cardinality: multi, label: cargo handled, description: "x" }
  - { id: starts-on, valueType: date, cardinality: multi, label: start date, description: "x" }
  - { id: funded-by, valueType: entity-set, cardinality: multi, label: funded by, description: "x" }
  - { id: said, valueType: text, cardinality: multi, label: said, description: "x" }
  - { id: title, valueType: text, cardinality: multi, label: headline, description: "x" }
`;

const CLAIMS = `# Claims on the harbour page, written by hand.
source: ${ID}
claims:
  - id: harbour-title
    subject: northern harbour
    predicate: title
    value: { text: "Harbour expansion approved" }
    quote: "Harbour expansion approved"
  - id: harbour-cost     # the headline figure
    subject: northern harbour
    predicate: cost
    value: { quantity: "$450 million" }
    quote: "a $450 million expansion"
  - id: harbour-decided
    subject: northern harbour
    predicate: starts-on
    value: { date: "Tuesday" }
    quote: "on Tuesday"
  - id: harbour-cargo
    subject: northern harbour
    predicate: cargo-volume
    value: { quantity: "more than 12 million", unit: tonnes }
    quote: "more than 12 million tonnes of cargo"
  - id: harbour-funders
    subject: northern harbour
    predicate: funded-by
    value: { members: [Portugal, Spain, France], list: closed }
    quote: "Portugal, Spain and France will share the cost"
  - id: harbour-appeal
    subject: northern harbour
    predicate: said
    value: { text: "the plan would harm the estuary's wetlands" }
    quote: "the plan would harm the estuary's wetlands"
`;

const run = (args: readonly string[]) => runInProcess(args, { cwd: temp });

beforeAll(async () => {
  expect((await run(['init', 'claims'])).code).toBe(0);
  writeFileSync(join(folder, 'predicates.yaml'), PREDICATES);
  rmSync(join(folder, 'claims', 'example.yaml'));
  rmSync(join(folder, 'sources', 'example.yaml'));
  rmSync(join(folder, 'sources', 'example.txt'));
  copyFileSync(join(FIXTURES, 'harbour.html'), join(temp, 'harbour.html'));
  copyFileSync(join(FIXTURES, 'harbour-edited.html'), join(temp, 'harbour-edited.html'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('claimtrace add', () => {
  it('adds the saved page as a source, and check passes on the folder', async () => {
    const added = await run(['add', 'harbour.html', '--into', 'claims', '--retrieved', '2026-03-05T08:00Z', '--keep-original']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`added source ${ID}`);
    const meta = parse(readFileSync(join(folder, 'sources', `${ID}.yaml`), 'utf8')) as Record<string, unknown>;
    expect(meta).toMatchObject({
      id: ID,
      text: `${ID}.txt`,
      title: 'Harbour expansion approved',
      publisher: 'Coastal Gazette',
      author: 'Ana Lima',
      url: 'https://gazette.example/news/2026/03/harbour-expansion',
      language: 'en-GB',
      publishedAt: { datetime: '2026-03-04T09:30Z' },
      retrievedAt: '2026-03-05T08:00Z',
    });
    expect(readFileSync(join(folder, 'sources', `${ID}.html`))).toEqual(readFileSync(join(temp, 'harbour.html')));
    const check = await run(['check', 'claims']);
    expect(check.stdout + check.stderr).toContain('every quote anchors');
    expect(check.code).toBe(0);
  });

  it.each([
    [['add', 'harbour.html', '--into', 'claims'], /already in the folder as source harbour-expansion-approved/],
    [['add', 'harbour.html', '--into', 'missing'], /does not exist/],
    [['add', 'harbour.html'], /needs --into/],
    [['add', 'harbour.html', '--into', 'claims', '--published', '2026-02-30'], /not a calendar date/],
    // retrievedAt is what the exports give as the retrieval time: the one ISO 8601 form they read.
    [['add', 'harbour.html', '--into', 'claims', '--retrieved', 'March 5, 2026'], /invalid-source-field.*--retrieved "March 5, 2026" is not an ISO 8601 date/],
    [['add', 'harbour.html', '--into', 'claims', '--retrieved', '2026-03-05 08:00'], /--retrieved "2026-03-05 08:00" is not an ISO 8601 date/],
    [['add', 'harbour.html', '--into', 'claims', '--retrieved', '2026-02-30'], /--retrieved "2026-02-30" is not an ISO 8601 date/],
  ])('refuses %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('overrides what the page states with --id, --url and --published, and keeps an undated page unknown', async () => {
    const page = readFileSync(join(temp, 'harbour.html'), 'utf8').replace(/<meta property="article:published_time"[^>]*>/, '').replace(/"datePublished": "[^"]*",/, '').replace('$450 million', '$460 million');
    writeFileSync(join(temp, 'undated.html'), page);
    expect((await run(['add', 'undated.html', '--into', 'claims', '--id', 'undated', '--url', 'https://mirror.example/h'])).code).toBe(0);
    expect(parse(readFileSync(join(folder, 'sources', 'undated.yaml'), 'utf8'))).toMatchObject({ id: 'undated', url: 'https://mirror.example/h', publishedAt: 'unknown' });
    writeFileSync(join(temp, 'dated.html'), page.replace('$460 million', '$470 million'));
    expect((await run(['add', 'dated.html', '--into', 'claims', '--id', 'dated', '--published', '2026-03-01'])).code).toBe(0);
    expect(parse(readFileSync(join(folder, 'sources', 'dated.yaml'), 'utf8'))).toMatchObject({ publishedAt: { date: '2026-03-01' } });
    expect((await run(['check', 'claims'])).code).toBe(0);
  });
});

describe('claimtrace suggest', () => {
  it('proposes claims that check accepts once subject and predicate are filled in', async () => {
    const result = await run(['suggest', 'claims', ID]);
    expect(result.code).toBe(0);
    const file = parse(result.stdout) as { source: string; claims: { subject: string; predicate: string; value: Record<string, unknown>; quote: string }[] };
    expect(file.source).toBe(ID);
    const quotes = file.claims.map((c) => c.quote).join(' | ');
    for (const expected of ['$450 million', 'Tuesday', 'June', 'more than 12 million tonnes', '4%']) expect(quotes).toContain(expected);
    expect(file.claims.some((c) => JSON.stringify(c.value).includes('Portugal'))).toBe(true);
    // As it comes, check refuses the empty subjects and predicates a person must fill in.
    writeFileSync(join(folder, 'claims', 'suggested.yaml'), result.stdout);
    expect((await run(['check', 'claims'])).code).toBe(2);
    const byKind = { quantity: 'cost', date: 'starts-on', members: 'funded-by', text: 'said' } as const;
    const filled = result.stdout
      .replace(/subject: ""/g, 'subject: northern harbour')
      .split('\n  - id: ')
      .map((block) => {
        const kind = (Object.keys(byKind) as (keyof typeof byKind)[]).find((k) => block.includes(`value: { ${k}:`));
        return kind === undefined ? block : block.replace('predicate: ""', `predicate: ${byKind[kind]}`);
      })
      .join('\n  - id: ');
    writeFileSync(join(folder, 'claims', 'suggested.yaml'), filled);
    const check = await run(['check', 'claims']);
    expect(check.stderr).not.toMatch(/error/);
    expect(check.code).toBe(0);
    rmSync(join(folder, 'claims', 'suggested.yaml'));
  });

  it('does not propose claims the folder already has', async () => {
    writeFileSync(join(folder, 'claims', 'harbour.yaml'), CLAIMS);
    expect((await run(['check', 'claims'])).code).toBe(0);
    const result = await run(['suggest', 'claims', ID, '--json']);
    const { suggestions, alreadyClaimed } = JSON.parse(result.stdout) as { suggestions: { quote: { exact: string } }[]; alreadyClaimed: number };
    expect(alreadyClaimed).toBeGreaterThanOrEqual(4);
    const quotes = suggestions.map((s) => s.quote.exact);
    expect(quotes.some((q) => q.includes('$450 million') || q.includes('12 million') || q.includes('Portugal'))).toBe(false);
    expect(quotes.some((q) => q.includes('June'))).toBe(true);
  });

  it('names an unknown source and its closest ids', async () => {
    const result = await run(['suggest', 'claims', 'harbour']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(ID);
  });
});

describe('claimtrace update-source', () => {
  it('reports each claim as unchanged, moved, changed or orphaned, and rewrites only unchanged and moved ones', async () => {
    const claimsBefore = readFileSync(join(folder, 'claims', 'harbour.yaml'), 'utf8');
    const result = await run(['update-source', ID, 'harbour-edited.html', 'claims', '--retrieved', '2026-03-06T07:00Z']);
    expect(result.code).toBe(1);
    const status = (id: string): string | undefined => new RegExp(`^\\s+(\\w+)\\s+${id}\\b`, 'm').exec(result.stdout)?.[1];
    expect({
      title: status('harbour-title'),
      cost: status('harbour-cost'),
      decided: status('harbour-decided'),
      cargo: status('harbour-cargo'),
      funders: status('harbour-funders'),
      appeal: status('harbour-appeal'),
    }).toEqual({ title: 'unchanged', cost: 'moved', decided: 'moved', cargo: 'changed', funders: 'orphaned', appeal: 'moved' });
    expect(result.stdout).toContain('more than 1[-2-]{+3+} million tonnes of cargo');
    expect(result.stdout).toMatch(/needs a person/);

    const claimsAfter = readFileSync(join(folder, 'claims', 'harbour.yaml'), 'utf8');
    // "on Tuesday" now also stands in the correction: its selectors were updated with a prefix, nothing else changed.
    const changedLines = claimsAfter.split('\n').filter((l) => !claimsBefore.split('\n').includes(l));
    expect(changedLines).toHaveLength(1);
    expect(changedLines[0]).toMatch(/^ {4}prefix: /);
    expect(claimsAfter).toContain('# Claims on the harbour page, written by hand.');
    expect(claimsAfter).toContain('- id: harbour-cost     # the headline figure');
    expect(claimsAfter).toContain('quote: "more than 12 million tonnes of cargo"');

    const meta = parse(readFileSync(join(folder, 'sources', `${ID}.yaml`), 'utf8')) as Record<string, unknown>;
    expect(meta['retrievedAt']).toBe('2026-03-06T07:00Z');
    expect(readFileSync(join(folder, 'sources', `${ID}.txt`), 'utf8')).toContain('more than 13 million tonnes');

    // Until a person fixes them, check and another run say so.
    const check = await run(['check', 'claims']);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('harbour-funders');
    const again = await run(['update-source', ID, 'harbour-edited.html', 'claims']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('text unchanged');
  });

  it.each(['yesterday', '2026-03-06T25:00Z'])('refuses --retrieved %s and changes nothing', async (retrieved) => {
    const before = readFileSync(join(folder, 'sources', `${ID}.yaml`), 'utf8');
    const result = await run(['update-source', ID, 'harbour-edited.html', 'claims', '--retrieved', retrieved]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`invalid-source-field.*--retrieved "${retrieved}" is not an ISO 8601 date`));
    expect(readFileSync(join(folder, 'sources', `${ID}.yaml`), 'utf8')).toBe(before);
  });

  it('passes once the person has fixed the quotes', async () => {
    const path = join(folder, 'claims', 'harbour.yaml');
    const fixed = readFileSync(path, 'utf8')
      .replace('value: { quantity: "more than 12 million", unit: tonnes }', 'value: { quantity: "more than 13 million", unit: tonnes }')
      .replace('quote: "more than 12 million tonnes of cargo"', 'quote: "more than 13 million tonnes of cargo"')
      .replace(/ {2}- id: harbour-funders[\s\S]*?(?= {2}- id: harbour-appeal)/, '');
    writeFileSync(path, fixed);
    const result = await run(['update-source', ID, 'harbour-edited.html', 'claims']);
    expect(result.stdout).toMatch(/0 changed, 0 orphaned/);
    expect(result.code).toBe(0);
    expect((await run(['check', 'claims'])).code).toBe(0);
  });
});

describe('claimtrace rehash', () => {
  it('accepts an edit made in place and records the new hash', async () => {
    const textPath = join(folder, 'sources', `${ID}.txt`);
    writeFileSync(textPath, readFileSync(textPath, 'utf8').replace('in Porto', 'in Porto, Portugal'));
    expect((await run(['check', 'claims'])).code).toBe(2);
    const result = await run(['rehash', 'claims']);
    expect(result.stdout).toContain('text edited in place');
    expect(result.code).toBe(0);
    expect((await run(['check', 'claims'])).code).toBe(0);
    expect((await run(['rehash', 'claims'])).stdout).toContain('nothing to rehash');
  });
});

describe('writes', () => {
  it('never follow a symbolic link into another file', () => {
    const victim = join(temp, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const link = join(folder, 'sources', 'link.txt');
    symlinkSync(victim, link);
    expect(() => writeFileAtomic(link, 'overwritten')).toThrow(/symbolic link/);
    expect(() => writeFileAtomic(link, 'overwritten', { createOnly: true })).toThrow(/symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    rmSync(link);
  });

  it('refuse a folder that leads outside the claims folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'claimtrace-outside-'));
    symlinkSync(outside, join(folder, 'escape'));
    expect(() => writeFileAtomic(join(folder, 'escape', 'x.txt'), 'x', { within: folder })).toThrow(/outside/);
    rmSync(join(folder, 'escape'));
    rmSync(outside, { recursive: true, force: true });
  });
});
