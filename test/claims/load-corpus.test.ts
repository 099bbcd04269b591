import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { formatMessage } from '../../src/model/message.js';
import { settled } from '../../src/model/result.js';
import { flat, type FlatMessage } from '../support/flat-message.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the minimal fixture with some files replaced. */
const folderWith = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-load-'));
  scratch.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
};

const claimFile = (claims: string): string => `source: wire\nclaims:\n${claims}`;

describe('loading a valid claims folder', () => {
  it('loads every source, predicate, entity and claim with no diagnostics', async () => {
    const result = await loadCorpus(FIXTURE);
    expect(result.messages.map((m) => formatMessage(m))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(settled(result).corpus.sources.map((s) => s.source.id)).toEqual(['wire']);
    expect(settled(result).corpus.claims.map((c) => c.id)).toEqual(['members', 'reserve', 'signed']);
  });

  it('anchors the quote the author wrote and fills prefix, suffix and position', async () => {
    const { corpus } = settled(await loadCorpus(FIXTURE));
    const text = corpus.sources[0]!.text;
    const signed = corpus.claims.find((c) => c.id === 'signed')!;
    const span = signed.evidence[0]!;
    expect(text.slice(span.position.start, span.position.end)).toBe('signed the Pax Silica Declaration on Friday');
    expect(span.quote.exact).toBe('signed the Pax Silica Declaration on Friday');
    expect(text.slice(0, span.position.start).endsWith(span.quote.prefix)).toBe(true);
    expect(text.slice(span.position.end).startsWith(span.quote.suffix)).toBe(true);
    expect(span.quote.prefix.length).toBeGreaterThan(0);
  });

  it('normalizes shorthand values against the source publication date', async () => {
    const { corpus } = settled(await loadCorpus(FIXTURE));
    const byId = new Map(corpus.claims.map((c) => [c.id as string, c]));
    expect(byId.get('signed')!.value).toMatchObject({ type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day' });
    expect(byId.get('reserve')!.value).toMatchObject({ type: 'quantity', high: 12e9, currency: 'USD' });
    expect(byId.get('members')!.value).toMatchObject({ type: 'entity-set', mode: 'closed' });
  });

  // The page is of Friday 12 December 2025. A claim the source says is expected (`hedge: expected`:
  // "talks will resume on December 17th") looks forward from publication, at most about half a
  // year (MAX_FORWARD_DAYS): a date further ahead is read back, as text a later page carries from
  // before the day ("are set to sign on October 29" on a December page). Any other claim looks back,
  // except at a date at most a month ahead (NEAR_AHEAD_DAYS), which is the coming one either way.
  it.each([
    ['expected', 'December 17th', '2025-12-17', '2025-12-17'],
    ['asserted', 'December 17th', '2025-12-17', '2025-12-17'],
    ['expected', 'January 30th', '2026-01-30', '2026-01-30'],
    ['asserted', 'January 30th', '2025-01-30', '2025-01-30'],
    ['expected', 'December 10th', '2025-12-10', '2025-12-10'],
    ['expected', 'October 29', '2025-10-29', '2025-10-29'],
    ['expected', 'June 10th', '2026-06-10', '2026-06-10'],
    ['expected', 'June 30th', '2025-06-30', '2025-06-30'],
    ['expected', 'December 10th, 2026', '2026-12-10', '2026-12-10'],
    ['asserted', 'December 10th', '2025-12-10', '2025-12-10'],
    ['expected', 'December 12th', '2025-12-12', '2025-12-12'],
    ['reported', 'December 12th', '2025-12-12', '2025-12-12'],
    ['expected', 'Tuesday', '2025-12-16', '2025-12-16'],
    ['hedged', 'Tuesday', '2025-12-09', '2025-12-09'],
    ['expected', 'March', '2026-03-01', '2026-03-31'],
    ['claimed', 'March', '2025-03-01', '2025-03-31'],
    ['expected', 'Q1', '2026-01-01', '2026-03-31'],
  ])('reads a date without a year in a %s claim forward or back from publication: %s → %s', async (hedge, date, start, end) => {
    const dir = folderWith({
      'claims/wire.yaml': claimFile(`  - id: when\n    subject: Pax Silica\n    predicate: signed-on\n    value: { date: "${date}" }\n    quote: signed the Pax Silica Declaration on Friday\n    hedge: ${hedge}\n`),
    });
    const result = await loadCorpus(dir);
    expect(result.messages.map((m) => formatMessage(m))).toEqual([]);
    expect(settled(result).corpus.claims[0]?.value).toMatchObject({ type: 'date', start, end });
  });

  it('resolves subjects through the alias tables', async () => {
    const { corpus } = settled(await loadCorpus(FIXTURE));
    const subjects = corpus.claims.filter((c) => c.id !== 'reserve').map((c) => c.subject.id);
    expect(subjects).toEqual(['pax-silica-declaration', 'pax-silica-declaration']);
  });

  it('anchors declared citations, picking the occurrence the suffix names', async () => {
    const { corpus } = settled(await loadCorpus(FIXTURE));
    const [cite] = corpus.sources[0]!.source.cites;
    expect(cite?.outside).toBe('Example Agency');
    expect(cite?.evidence?.quote.suffix.startsWith('.')).toBe(true);
  });

  it('returns a Result: ok, the folder as value, no messages', async () => {
    const result = await loadCorpus(FIXTURE);
    expect(result).toMatchObject({ ok: true, messages: [], value: { corpus: { claims: expect.any(Array) }, root: expect.any(String) } });
  });
});

interface BadCase {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly expected: Partial<FlatMessage>;
  /** Claims that must still load despite the problem. */
  readonly stillLoads?: readonly string[];
}

const BAD_CASES: readonly BadCase[] = [
  {
    name: 'malformed YAML',
    files: { 'claims/wire.yaml': 'source: wire\nclaims:\n  - id: x\n    subject: a: b\n    predicate: amount\n' },
    expected: { code: 'yaml-syntax', file: 'claims/wire.yaml', line: 4, column: 14 },
  },
  {
    name: 'a duplicate key',
    files: { 'claims/wire.yaml': claimFile('  - id: a\n    id: b\n') },
    expected: { code: 'yaml-duplicate-key', file: 'claims/wire.yaml', line: 4, column: 5 },
  },
  {
    name: 'a wrong type',
    files: {
      'claims/wire.yaml': claimFile(
        '  - id: typed\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: 5 }\n    quote: worth nearly $12 billion\n    hedge: 42\n',
      ),
    },
    expected: { code: 'schema', file: 'claims/wire.yaml', line: 8, column: 12, claimId: 'typed' },
  },
  {
    name: 'an unknown key (a typo)',
    files: { 'claims/wire.yaml': claimFile('  - id: typo\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "5" }\n    qoute: worth\n') },
    expected: { code: 'schema', file: 'claims/wire.yaml', line: 7, column: 5, claimId: 'typo' },
  },
  {
    name: 'a key of the claim written inside its value',
    files: {
      'claims/wire.yaml': claimFile('  - id: inside\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "5", hedge: expected }\n    quote: worth nearly $12 billion\n'),
    },
    expected: {
      code: 'invalid-value',
      file: 'claims/wire.yaml',
      line: 6,
      column: 29,
      claimId: 'inside',
      message: 'value: unknown key "hedge"',
      hint: '`hedge` is a key of the claim: write it beside `value:` (at the same indentation), not inside the value',
    },
  },
  {
    name: 'a required key left out',
    files: { 'entities.yaml': 'entities:\n  - id: x-corp\n    kind: organization\n' },
    expected: {
      code: 'schema',
      file: 'entities.yaml',
      line: 2,
      message: 'entities[0]: the key "name" is missing (string expected)',
      hint: 'add `name:` with a value of type string (docs/claim-files.md)',
    },
  },
  {
    name: 'a required key with a fixed set of values left out',
    files: { 'entities.yaml': 'entities:\n  - id: x-corp\n    name: X Corp\n' },
    expected: {
      code: 'schema',
      file: 'entities.yaml',
      line: 2,
      message: 'entities[0]: the key "kind" is missing (one of country, organization, company, person, programme, agreement, event, place, publication, other)',
      hint: 'add `kind:` with one of country, organization, company, person, programme, agreement, event, place, publication, other (docs/claim-files.md)',
    },
  },
  {
    name: 'an unknown predicate',
    files: {
      'claims/wire.yaml': claimFile('  - id: p\n    subject: Pax Silica\n    predicate: founding-member\n    value: { count: 5 }\n    quote: five founding members”\n'),
    },
    expected: { code: 'unknown-predicate', file: 'claims/wire.yaml', line: 5, column: 16, claimId: 'p' },
  },
  {
    name: 'duplicate claim ids',
    files: {
      'claims/more.yaml': claimFile('  - id: members\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    quote: worth nearly $12 billion\n'),
    },
    expected: { code: 'duplicate-claim-id', file: 'claims/wire.yaml', claimId: 'members' },
    stillLoads: ['members', 'reserve', 'signed'],
  },
  {
    name: 'a claim pointing at a missing source',
    files: {
      'claims/wire.yaml':
        claimFile('  - id: lost\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    evidence:\n      - quote: worth\n        source: wirre\n') +
        '  - id: kept\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    quote: worth nearly $12 billion\n',
    },
    expected: { code: 'unknown-source', file: 'claims/wire.yaml', line: 8, column: 16, claimId: 'lost' },
    stillLoads: ['kept'],
  },
  {
    name: 'a quote that is not in the source',
    files: {
      'claims/wire.yaml': claimFile('  - id: ghost\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    quote: the Pentagon bought a majority stake\n'),
    },
    expected: { code: 'quote-not-found', file: 'claims/wire.yaml', line: 7, column: 12, claimId: 'ghost' },
  },
  {
    name: 'an ambiguous quote',
    files: {
      'claims/wire.yaml': claimFile('  - id: twice\n    subject: Pax Silica\n    predicate: founding-members\n    value: { count: 5 }\n    quote: officials said\n'),
    },
    expected: { code: 'quote-ambiguous', file: 'claims/wire.yaml', line: 7, column: 12, claimId: 'twice' },
  },
  {
    name: 'an empty quote',
    files: {
      'claims/wire.yaml': claimFile('  - id: empty\n    subject: Pax Silica\n    predicate: founding-members\n    value: { count: 5 }\n    quote: ""\n'),
    },
    expected: { code: 'schema', file: 'claims/wire.yaml', line: 7, column: 12, claimId: 'empty' },
  },
  {
    name: 'a subject of only spaces',
    files: {
      'claims/wire.yaml': claimFile('  - id: blank\n    subject: "   "\n    predicate: founding-members\n    value: { count: 5 }\n    quote: Pax Silica\n'),
    },
    expected: { code: 'schema', file: 'claims/wire.yaml', line: 4, column: 14, claimId: 'blank', message: 'claims[0].subject: must not be only spaces' },
  },
  {
    name: 'a speaker of only spaces (tab and no-break space)',
    files: {
      'claims/wire.yaml': claimFile('  - id: blank\n    subject: Pax Silica\n    predicate: founding-members\n    value: { count: 5 }\n    quote: Pax Silica\n    attribution: { speaker: "\\t\\u00a0" }\n'),
    },
    expected: { code: 'schema', file: 'claims/wire.yaml', line: 8, column: 29, claimId: 'blank' },
  },
  {
    name: 'a value of the wrong kind for the predicate',
    files: {
      'claims/wire.yaml': claimFile('  - id: kind\n    subject: Pax Silica\n    predicate: signed-on\n    value: { quantity: "5" }\n    quote: on Friday\n'),
    },
    expected: { code: 'value-type-mismatch', file: 'claims/wire.yaml', line: 6, column: 12, claimId: 'kind' },
  },
  {
    name: 'a source text that changed since its hash was recorded',
    files: { 'sources/wire.txt': 'Pax Silica signed on Friday\n\nSomething else entirely.\n' },
    expected: { code: 'source-hash-mismatch', file: 'sources/wire.yaml', line: 7, column: 14, sourceId: 'wire' },
  },
  {
    name: 'a source path that escapes the claims folder',
    files: { 'sources/wire.yaml': 'id: wire\ntext: ../../etc/passwd\npublishedAt: unknown\n' },
    expected: { code: 'source-path', file: 'sources/wire.yaml', line: 2, column: 7, sourceId: 'wire' },
  },
  {
    name: 'an absolute source path',
    files: { 'sources/wire.yaml': 'id: wire\ntext: /etc/passwd\npublishedAt: unknown\n' },
    expected: { code: 'source-path', file: 'sources/wire.yaml', line: 2, column: 7 },
  },
  {
    name: 'a missing predicates.yaml',
    files: {},
    expected: { code: 'predicates-missing', file: 'predicates.yaml', line: 1, column: 1 },
  },
];

describe('loading a claims folder with a problem', () => {
  it.each(BAD_CASES)('reports $name with file, line and column', async ({ name, files, expected, stillLoads }) => {
    const dir = folderWith(files);
    if (name === 'a missing predicates.yaml') rmSync(join(dir, 'predicates.yaml'));
    const result = await loadCorpus(dir);
    expect(result.ok).toBe(false);
    expect(result.messages.map(flat)).toContainEqual(expect.objectContaining(expected));
    for (const d of result.messages.map(flat)) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message.length).toBeGreaterThan(10);
    }
    for (const id of stillLoads ?? []) expect(settled(result).corpus.claims.map((c) => c.id)).toContain(id);
  });

  it('collects every problem, not only the first', async () => {
    const dir = folderWith({
      'claims/wire.yaml': claimFile(
        '  - id: one\n    subject: X\n    predicate: nope\n    value: { count: 1 }\n    quote: not here\n' +
          '  - id: two\n    subject: X\n    predicate: amount\n    value: { quantity: "$1" }\n    quote: also not here\n',
      ),
    });
    const result = await loadCorpus(dir);
    const codes = result.messages.map((d) => `${d.claimId}:${d.code}`);
    expect(codes).toEqual(expect.arrayContaining(['one:unknown-predicate', 'one:quote-not-found', 'two:quote-not-found']));
  });

  it('refuses a symbolic link that points outside the folder', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'claimtrace-outside-'));
    scratch.push(outside);
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    const dir = folderWith({ 'sources/wire.yaml': 'id: wire\ntext: link.txt\npublishedAt: unknown\n' });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'sources/link.txt'));
    const result = await loadCorpus(dir);
    expect(result.messages.map(flat)).toContainEqual(expect.objectContaining({ code: 'source-path', file: 'sources/wire.yaml', line: 2 }));
  });

  it('never throws: a broken folder is a failed Result whose messages format as file:line:col', async () => {
    const dir = folderWith({ 'claims/wire.yaml': 'claims: [\n' });
    const result = await loadCorpus(dir);
    expect(result.ok).toBe(false);
    expect(result.messages.map((m) => formatMessage(m)).join('\n')).toMatch(/claims\/wire\.yaml:\d+:\d+: error \[yaml-syntax\]/);
    expect(settled(result).corpus.sources.map((s) => s.source.id)).toEqual(['wire']);
  });
});
