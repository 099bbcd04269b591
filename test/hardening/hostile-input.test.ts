/**
 * The hostile-input catalogue. Each entry copies the minimal claims folder,
 * changes one thing, loads it, and checks:
 * - the diagnostic it must produce (code, file, line, column, claim or source);
 * - that loading never throws and every diagnostic is placed (line, column ≥ 1)
 *   and worded (no stack trace);
 * - that nothing else is lost: the fixture's three claims (and a valid claim
 *   written next to the bad one) still load.
 * Big inputs (a 1 MB quote, a 20 MB source) are generated here, never committed.
 * What each behaviour is and why is written down in docs/limits.md.
 */
import { cpSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, MAX_TEXT_FILE_BYTES, MAX_YAML_ALIAS_COUNT, MAX_YAML_FILE_BYTES, type LoadCorpusResult } from '../../src/claims/index.js';
import { contentHash, normalizeText } from '../../src/ingest/index.js';
import type { Message } from '../../src/model/message.js';
import { settled } from '../../src/model/result.js';
import { flat, type FlatMessage } from '../support/flat-message.js';
import { scratchFolders } from '../support/scratch-folders.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const FIXTURE_CLAIMS = ['members', 'reserve', 'signed'];
const { tempDir } = scratchFolders('hostile');

/** A copy of the minimal fixture with some files written (and a hook for links). */
const folderWith = (files: Record<string, string | Uint8Array>, setup?: (dir: string) => void): string => {
  const dir = tempDir('hostile');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  setup?.(dir);
  return dir;
};

/** A claim entry quoting the fixture source. */
const claim = (id: string, fields: Record<string, string> = {}): string => {
  const all = { subject: 'Pax Silica', predicate: 'amount', value: '{ quantity: "$12 billion" }', quote: 'worth nearly $12 billion', ...fields };
  return `  - id: ${id}\n${Object.entries(all)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n')}\n`;
};
/** A claim file on the fixture source: the given entries, then a valid neighbour `kept`. */
const claimFile = (entries: string): string => `source: wire\nclaims:\n${entries}${claim('kept')}`;

const sourceMeta = (id: string, text: string, extra = ''): string => `id: ${id}\ntext: ${text}\npublishedAt: unknown\n${extra}`;

/** Every diagnostic is placed and worded, never a stack trace. */
const expectWellFormed = (messages: readonly Message[]): void => {
  for (const d of messages.map(flat)) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.file?.length).toBeGreaterThan(0);
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.message).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }
};

interface HostileCase {
  readonly name: string;
  readonly files?: Record<string, string | Uint8Array>;
  readonly setup?: (dir: string) => void;
  /** The diagnostic it must produce (a subset of its fields); `undefined` when it loads cleanly. */
  readonly expected: Partial<FlatMessage> | undefined;
  /** Claims that must load besides the fixture's three. */
  readonly alsoLoads?: readonly string[];
  readonly check?: (result: LoadCorpusResult) => void;
}

const WIRE_TEXT = 'Pax Silica signed on Friday';

const CATALOGUE: readonly HostileCase[] = [
  {
    name: 'malformed YAML (an unclosed flow sequence)',
    files: { 'claims/bad.yaml': 'source: wire\nclaims:\n  - id: x\n    subject: [unclosed\n' },
    expected: { code: 'yaml-syntax', file: 'claims/bad.yaml', line: 5, column: 1 },
  },
  {
    name: 'a wrong type (hedge: 42)',
    files: { 'claims/bad.yaml': claimFile(claim('typed', { hedge: '42' })) },
    expected: { code: 'schema', file: 'claims/bad.yaml', line: 8, column: 12, claimId: 'typed' },
    alsoLoads: ['kept'],
  },
  {
    name: 'a wrong type (claims is a number)',
    files: { 'claims/bad.yaml': 'source: wire\nclaims: 5\n' },
    expected: { code: 'schema', file: 'claims/bad.yaml', line: 2, column: 9 },
  },
  {
    name: 'an unknown predicate',
    files: { 'claims/bad.yaml': claimFile(claim('p', { predicate: 'amont' })) },
    expected: { code: 'unknown-predicate', file: 'claims/bad.yaml', line: 5, column: 16, claimId: 'p' },
    alsoLoads: ['kept'],
    check: (r) => expect(r.messages.map(flat).find((d) => d.code === 'unknown-predicate')?.hint).toContain('"amount"'),
  },
  {
    name: 'a duplicate claim id in another file',
    files: { 'claims/more.yaml': claimFile(claim('signed')) },
    expected: { code: 'duplicate-claim-id', file: 'claims/wire.yaml', claimId: 'signed' },
    alsoLoads: ['kept'],
    check: (r) => {
      // The first occurrence (claims/more.yaml sorts first) is kept; the other is reported, not merged.
      expect(settled(r).corpus.claims.filter((c) => c.id === 'signed')).toHaveLength(1);
      expect(r.messages.map(flat).find((d) => d.code === 'duplicate-claim-id')?.message).toContain('claims/more.yaml:3:5');
    },
  },
  {
    name: 'a duplicate source id (the second metadata file is reported, the first kept)',
    files: { 'sources/wire2.yaml': sourceMeta('wire', 'wire.txt') },
    expected: { code: 'duplicate-source-id', file: 'sources/wire2.yaml', line: 1, column: 5, sourceId: 'wire' },
    check: (r) => expect(settled(r).corpus.sources.map((s) => s.source.id)).toEqual(['wire']),
  },
  {
    name: 'a duplicate predicate id',
    files: { 'predicates.yaml': `predicates:\n  - { id: amount, valueType: quantity, cardinality: functional, description: A monetary amount. }\n  - { id: amount, valueType: text, cardinality: multi, description: Again. }\n  - { id: founding-members, valueType: entity-set, cardinality: functional, description: Founders. }\n  - { id: signed-on, valueType: date, cardinality: functional, description: Signed. }\n` },
    expected: { code: 'duplicate-predicate-id', file: 'predicates.yaml', line: 3, column: 11 },
  },
  {
    name: 'a claim pointing at a missing source',
    files: { 'claims/bad.yaml': claimFile('  - id: lost\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$1" }\n    evidence:\n      - quote: worth\n        source: wirre\n') },
    expected: { code: 'unknown-source', file: 'claims/bad.yaml', line: 8, column: 16, claimId: 'lost' },
    alsoLoads: ['kept'],
  },
  {
    name: 'a source path that escapes the folder (../../etc/passwd)',
    files: { 'sources/evil.yaml': sourceMeta('evil', '../../etc/passwd') },
    expected: { code: 'source-path', file: 'sources/evil.yaml', line: 2, column: 7, sourceId: 'evil' },
    check: (r) => expect(settled(r).corpus.sources.map((s) => s.source.id)).toEqual(['wire']),
  },
  {
    name: 'an absolute source path',
    files: { 'sources/evil.yaml': sourceMeta('evil', '/etc/passwd') },
    expected: { code: 'source-path', file: 'sources/evil.yaml', line: 2, column: 7, sourceId: 'evil' },
  },
  {
    name: 'a source path with a NUL byte',
    files: { 'sources/evil.yaml': sourceMeta('evil', '"wire.txt\\0../../etc/passwd"') },
    expected: { code: 'source-path', file: 'sources/evil.yaml', line: 2, column: 7, sourceId: 'evil' },
  },
  {
    name: 'a source text that is a symbolic link out of the folder',
    files: { 'sources/evil.yaml': sourceMeta('evil', 'link.txt') },
    setup: (dir) => {
      const outside = tempDir('outside');
      writeFileSync(join(outside, 'secret.txt'), 'secret');
      symlinkSync(join(outside, 'secret.txt'), join(dir, 'sources/link.txt'));
    },
    expected: { code: 'source-path', file: 'sources/evil.yaml', line: 2, column: 7, sourceId: 'evil' },
    check: (r) => expect(JSON.stringify(settled(r).corpus)).not.toContain('secret'),
  },
  {
    name: 'a claim file that is a symbolic link out of the folder',
    setup: (dir) => {
      const outside = tempDir('outside');
      writeFileSync(join(outside, 'x.yaml'), claimFile(claim('smuggled')));
      symlinkSync(join(outside, 'x.yaml'), join(dir, 'claims/x.yaml'));
    },
    expected: { code: 'source-path', file: 'claims/x.yaml', line: 1, column: 1 },
    check: (r) => expect(settled(r).corpus.claims.map((c) => c.id)).not.toContain('smuggled'),
  },
  {
    name: 'a folder that is a symbolic link out of the claims folder',
    setup: (dir) => {
      const outside = tempDir('outside');
      mkdirSync(join(outside, 'more'));
      writeFileSync(join(outside, 'more/x.yaml'), claimFile(claim('smuggled')));
      symlinkSync(join(outside, 'more'), join(dir, 'claims/more'));
    },
    expected: { code: 'source-path', file: 'claims/more', line: 1, column: 1 },
    check: (r) => expect(settled(r).corpus.claims.map((c) => c.id)).not.toContain('smuggled'),
  },
  {
    name: 'a symbolic link loop (claims/loop -> claims): each file read once',
    setup: (dir) => symlinkSync(join(dir, 'claims'), join(dir, 'claims/loop')),
    expected: { code: 'folder-link', severity: 'warning', file: 'claims/loop', line: 1, column: 1 },
    check: (r) => {
      expect(r.ok).toBe(true);
      expect(r.messages.map(flat)).toHaveLength(1);
      expect(settled(r).corpus.claims).toHaveLength(FIXTURE_CLAIMS.length);
    },
  },
  {
    name: 'a link to another folder inside (claims/more -> sources): read where it is, not as claims',
    setup: (dir) => symlinkSync(join(dir, 'sources'), join(dir, 'claims/more')),
    expected: { code: 'folder-link', severity: 'warning', file: 'claims/more', line: 1, column: 1 },
    check: (r) => {
      expect(settled(r).corpus.sources.map((s) => s.source.id)).toEqual(['wire']);
      expect(r.messages.map(flat).map((d) => d.code)).toEqual(['folder-link']);
    },
  },
  {
    name: 'a broken symbolic link and a link to itself',
    setup: (dir) => {
      symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'claims/broken.yaml'));
      symlinkSync(join(dir, 'claims/self.yaml'), join(dir, 'claims/self.yaml'));
    },
    expected: { code: 'broken-link', file: 'claims/broken.yaml', line: 1, column: 1 },
    check: (r) => expect(r.messages.map(flat).map((d) => `${d.file}:${d.code}`)).toEqual(['claims/broken.yaml:broken-link', 'claims/self.yaml:broken-link']),
  },
  {
    name: 'a named pipe called claims/pipe.yaml (never opened, so never blocks)',
    setup: (dir) => execFileSync('mkfifo', [join(dir, 'claims/pipe.yaml')]),
    expected: { code: 'not-a-file', file: 'claims/pipe.yaml', line: 1, column: 1 },
  },
  {
    name: 'a named pipe as a source text (never opened)',
    files: { 'sources/pipe.yaml': sourceMeta('pipe', 'pipe.txt') },
    setup: (dir) => execFileSync('mkfifo', [join(dir, 'sources/pipe.txt')]),
    expected: { code: 'source-text-missing', file: 'sources/pipe.yaml', line: 2, column: 7, sourceId: 'pipe' },
  },
  {
    name: 'a source text path that names a folder',
    files: { 'sources/evil.yaml': sourceMeta('evil', '../claims') },
    expected: { code: 'source-text-missing', file: 'sources/evil.yaml', line: 2, column: 7, sourceId: 'evil' },
  },
  {
    name: 'an empty quote',
    files: { 'claims/bad.yaml': claimFile(claim('empty', { quote: '""' })) },
    expected: { code: 'schema', file: 'claims/bad.yaml', line: 7, column: 12, claimId: 'empty' },
    alsoLoads: ['kept'],
  },
  {
    name: 'a 1 MB quote that is not in the source',
    files: { 'claims/bad.yaml': claimFile(claim('huge', { quote: JSON.stringify('officials said '.repeat(70_000)) })) },
    expected: { code: 'quote-not-found', file: 'claims/bad.yaml', line: 7, column: 12, claimId: 'huge' },
    alsoLoads: ['kept'],
    check: (r) => {
      // The message quotes a clipped excerpt, not the megabyte.
      for (const d of r.messages.map(flat)) expect(d.message.length).toBeLessThan(500);
    },
  },
  {
    name: 'a source text over the size limit (a sparse 64 MB + 1 file, never read)',
    files: { 'sources/huge.yaml': sourceMeta('huge', 'huge.txt'), 'sources/huge.txt': '' },
    setup: (dir) => truncateSync(join(dir, 'sources/huge.txt'), MAX_TEXT_FILE_BYTES + 1),
    expected: { code: 'source-too-large', file: 'sources/huge.yaml', line: 2, column: 7, sourceId: 'huge' },
  },
  {
    name: 'a claim file over the size limit (a sparse 16 MB + 1 file, never read)',
    files: { 'claims/huge.yaml': '' },
    setup: (dir) => truncateSync(join(dir, 'claims/huge.yaml'), MAX_YAML_FILE_BYTES + 1),
    expected: { code: 'file-too-large', file: 'claims/huge.yaml', line: 1, column: 1 },
  },
  {
    name: 'YAML nested 20 000 levels deep',
    files: { 'claims/bad.yaml': `source: wire\nclaims:\n  - id: deep\n    note: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` },
    expected: { code: 'yaml-too-deep', file: 'claims/bad.yaml', line: 4 },
  },
  {
    name: 'a YAML alias bomb ("billion laughs")',
    files: {
      'claims/bad.yaml':
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
        ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]\n`).join('') +
        'source: wire\nclaims: *i\n',
    },
    expected: { code: 'yaml-alias-limit', file: 'claims/bad.yaml', line: 1, column: 1 },
    check: (r) => expect(r.messages.map(flat).find((d) => d.code === 'yaml-alias-limit')?.hint).toContain(String(MAX_YAML_ALIAS_COUNT)),
  },
  {
    name: 'a __proto__ key in a claim (no prototype pollution)',
    files: { 'claims/bad.yaml': claimFile(claim('proto', { ['__proto__']: '{ polluted: true }' })) },
    expected: { code: 'schema', file: 'claims/bad.yaml', line: 8, column: 5, claimId: 'proto' },
    alsoLoads: ['kept'],
    check: () => expect(({} as Record<string, unknown>)['polluted']).toBeUndefined(),
  },
  {
    name: 'a constructor key in a claim and __proto__ at the top of a file',
    files: { 'claims/bad.yaml': `__proto__: { polluted: true }\n${claimFile(claim('ctor', { constructor: '{ prototype: { polluted: true } }' }))}` },
    expected: { code: 'schema', file: 'claims/bad.yaml', line: 1, column: 1 },
    check: (r) => {
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      // The file's top level is invalid, so none of its claims load, and that is reported.
      expect(settled(r).corpus.claims.map((c) => c.id)).toEqual(FIXTURE_CLAIMS);
    },
  },
  {
    name: 'a byte-order mark at the start of a claim file and of a source text',
    files: {
      'claims/bad.yaml': `\uFEFF${claimFile(claim('bom'))}`,
      'sources/bom.yaml': sourceMeta('bom', 'bom.txt', `contentHash: ${contentHash(WIRE_TEXT)}\n`),
      'sources/bom.txt': `\uFEFF${WIRE_TEXT}`,
      'claims/bom.yaml': `source: bom\nclaims:\n${claim('bom-text', { predicate: 'signed-on', value: '{ date: Friday }', quote: 'signed on Friday' })}`,
    },
    expected: undefined,
    check: (r) => {
      // The BOM is stripped: the hash is the text's without it and offsets do not count it.
      const span = settled(r).corpus.claims.find((c) => c.id === 'bom-text')?.evidence[0];
      expect(span?.position).toMatchObject({ start: WIRE_TEXT.indexOf('signed'), end: WIRE_TEXT.length });
      expect(r.messages.map(flat).filter((d) => d.severity === 'error')).toEqual([]);
    },
    alsoLoads: ['bom', 'bom-text', 'kept'],
  },
  {
    // YAML 1.2 counts a lone CR as a line break (old Mac editors save them): read as one line,
    // a file starting with a comment used to be all comment ("expected object, received null").
    name: 'a claim file with CR-only newlines, starting with a comment',
    files: { 'claims/cr.yaml': `# saved by an old editor\n${claimFile(claim('cr'))}`.replace(/\n/g, '\r') },
    expected: undefined,
    alsoLoads: ['cr', 'kept'],
  },
  {
    name: 'a claim file with CR-only newlines: an error is placed on its line',
    files: { 'claims/cr.yaml': claimFile(claim('cr', { predicate: 'no-such-predicate' })).replace(/\n/g, '\r') },
    expected: { code: 'unknown-predicate', file: 'claims/cr.yaml', line: 5, column: 16, claimId: 'cr' },
    alsoLoads: ['kept'],
  },
  {
    name: 'a claim file mixing CRLF, CR and LF newlines',
    files: { 'claims/cr.yaml': `# mixed\n${claimFile(claim('mixed'))}`.split('\n').map((line, i) => line + ['\r', '\r\n', '\n'][i % 3]).join('') },
    expected: undefined,
    alsoLoads: ['mixed'],
  },
  // An empty file (or one of only comments, or a bare `~`) used to get "the document: Invalid input:
  // expected object, received null": it now says the file is empty and what it should hold.
  ...(
    [
      ['an empty claim file', 'claims/empty.yaml', ''],
      ['a claim file of only comments', 'claims/empty.yaml', '# to do\n\n# later\n'],
      ['a claim file holding only ~ (null)', 'claims/empty.yaml', '~\n'],
      ['an empty entities.yaml', 'entities.yaml', '\n'],
    ] as const
  ).map(
    ([name, file, content]): HostileCase => ({
      name,
      files: { [file]: content },
      expected: { code: 'schema', file, line: 1, column: 1 },
      check: (r) => {
        const empty = r.messages.map(flat).find((d) => d.file === file);
        expect(empty?.message).toBe(`${file} is empty (no YAML value, only blank lines or comments)`);
        expect(empty?.hint).toMatch(/^write its keys \(docs\/claim-files\.md\) or delete it$/);
      },
    }),
  ),
  {
    name: 'a claim file that is not UTF-8 (Latin-1)',
    files: { 'claims/bad.yaml': Uint8Array.from([...new TextEncoder().encode('source: wire\nclaims: []\n# caf'), 0xe9, 0x0a]) },
    expected: { code: 'invalid-utf8', file: 'claims/bad.yaml', line: 3, column: 6 },
  },
  {
    name: 'a source text that is not UTF-8',
    files: { 'sources/evil.yaml': sourceMeta('evil', 'evil.txt'), 'sources/evil.txt': Uint8Array.from([0x41, 0xff, 0xfe, 0x42]) },
    expected: { code: 'invalid-utf8', file: 'sources/evil.yaml', line: 2, column: 7, sourceId: 'evil' },
  },
  {
    name: 'a zero-width space inside a quote',
    files: { 'claims/bad.yaml': claimFile(claim('zwsp', { quote: '"worth nearly $12\\u200B billion"' })) },
    expected: undefined,
    alsoLoads: ['zwsp', 'kept'],
    check: (r) => {
      // U+200B folds away: anchored silently to the words without it.
      expect(settled(r).corpus.claims.find((c) => c.id === 'zwsp')?.evidence[0]?.quote.exact).toBe('worth nearly $12 billion');
      expect(r.messages.map(flat).filter((d) => d.claimId === 'zwsp')).toEqual([]);
    },
  },
  {
    name: 'a zero-width joiner or a bidi override inside a quote',
    files: {
      'claims/bad.yaml': claimFile(claim('zwj', { quote: '"worth near\\u200Dly $12 billion"' }) + claim('rlo', { quote: '"worth nearly \\u202E$12 billion"' })),
    },
    expected: { code: 'quote-inexact', severity: 'warning', file: 'claims/bad.yaml', line: 7, column: 12, claimId: 'zwj' },
    alsoLoads: ['zwj', 'rlo', 'kept'],
    check: (r) => {
      // Not folded (they change how text reads): anchored to the visible words with a warning each.
      expect(r.messages.map(flat).filter((d) => d.code === 'quote-inexact').map((d) => d.claimId)).toEqual(['zwj', 'rlo']);
      expect(settled(r).corpus.claims.find((c) => c.id === 'rlo')?.evidence[0]?.quote.exact).toBe('worth nearly $12 billion');
    },
  },
  {
    name: 'bidi isolates around words in the source text',
    files: {
      'sources/bidi.yaml': sourceMeta('bidi', 'bidi.txt', `contentHash: ${contentHash('The reserve is worth \u2067nearly $12 billion\u2069, officials said.')}\n`),
      'sources/bidi.txt': 'The reserve is worth \u2067nearly $12 billion\u2069, officials said.',
      'claims/bidi.yaml': `source: bidi\nclaims:\n${claim('bidi-plain')}${claim('bidi-exact', { quote: '"worth \\u2067nearly $12 billion\\u2069"' })}`,
    },
    expected: { code: 'quote-inexact', severity: 'warning', file: 'claims/bidi.yaml', line: 7, column: 12, claimId: 'bidi-plain' },
    alsoLoads: ['bidi-plain', 'bidi-exact'],
    check: (r) => {
      const exact = settled(r).corpus.claims.find((c) => c.id === 'bidi-exact')?.evidence[0];
      expect(exact?.quote.exact).toBe('worth \u2067nearly $12 billion\u2069');
      expect(r.messages.map(flat).filter((d) => d.claimId === 'bidi-exact')).toEqual([]);
    },
  },
  {
    name: 'right-to-left text (Arabic and Hebrew)',
    files: {
      'sources/rtl.yaml': sourceMeta('rtl', 'rtl.txt', `contentHash: ${contentHash('سيليكا\nوقعت الدول الخمس على إعلان باكس سيليكا يوم الجمعة.\nשלום עולם')}\n`),
      'sources/rtl.txt': 'سيليكا\nوقعت الدول الخمس على إعلان باكس سيليكا يوم الجمعة.\nשלום עולם',
      'claims/rtl.yaml':
        `source: rtl\nclaims:\n${claim('rtl-ok', { predicate: 'signed-on', value: '{ date: Friday }', quote: 'إعلان باكس سيليكا يوم الجمعة' })}` +
        claim('rtl-missing', { predicate: 'signed-on', value: '{ date: Friday }', quote: 'שלום לכולם ולכל העולם כולו' }),
    },
    expected: { code: 'quote-not-found', file: 'claims/rtl.yaml', line: 12, column: 12, claimId: 'rtl-missing' },
    alsoLoads: ['rtl-ok'],
    check: (r) => {
      const span = settled(r).corpus.claims.find((c) => c.id === 'rtl-ok')?.evidence[0];
      const text = settled(r).corpus.sources.find((s) => s.source.id === 'rtl')?.text ?? '';
      expect(span && text.slice(span.position.start, span.position.end)).toBe('إعلان باكس سيليكا يوم الجمعة');
    },
  },
];

describe('the hostile-input catalogue', () => {
  it.each(CATALOGUE)('$name', async ({ files, setup, expected, alsoLoads, check }) => {
    const result = await loadCorpus(folderWith(files ?? {}, setup));
    if (expected === undefined) expect(result.messages.map(flat).filter((d) => d.severity === 'error')).toEqual([]);
    else {
      expect(result.messages.map(flat)).toContainEqual(expect.objectContaining(expected));
      if ((expected.severity ?? 'error') === 'error') expect(result.ok).toBe(false);
    }
    expectWellFormed(result.messages);
    expect(settled(result).corpus.claims.map((c) => c.id)).toEqual(expect.arrayContaining([...FIXTURE_CLAIMS, ...(alsoLoads ?? [])]));
    check?.(result);
  });
});

describe('big inputs, generated at run time', () => {
  const SENTENCE = 'The coalition was launched with five founding members, officials said on Friday. ';

  it('a 20 MB source loads; its claims anchor at the right offsets; the rest of the corpus is intact', async () => {
    const raw = SENTENCE.repeat(Math.ceil((20 * 1024 * 1024) / SENTENCE.length)) + 'In closing, the reserve was put at $14 billion.';
    const text = normalizeText(raw);
    const result = await loadCorpus(
      folderWith({
        'sources/big.yaml': sourceMeta('big', 'big.txt', `contentHash: ${contentHash(text)}\n`),
        'sources/big.txt': raw,
        'claims/big.yaml': `source: big\nclaims:\n${claim('tail', { quote: 'the reserve was put at $14 billion' })}${claim('many', { quote: 'officials said on Friday' })}`,
      }),
    );
    expect(settled(result).corpus.sources.map((s) => s.source.id)).toEqual(['big', 'wire']);
    expect(settled(result).corpus.claims.find((c) => c.id === 'tail')?.evidence[0]?.position.start).toBe(text.indexOf('the reserve was put'));
    // A quote that occurs 260 000 times is ambiguous, reported with a few places, not anchored at random.
    const many = result.messages.map(flat).find((d) => d.claimId === 'many');
    expect(many).toMatchObject({ code: 'quote-ambiguous', file: 'claims/big.yaml', line: 12, column: 12 });
    expect(many?.message.length).toBeLessThan(600);
    expect(settled(result).corpus.claims.map((c) => c.id)).toEqual([...FIXTURE_CLAIMS, 'tail'].sort());
  });

  it('a 1 MB quote that is in a 1 MB source anchors to it', async () => {
    const quote = SENTENCE.repeat(Math.ceil((1024 * 1024) / SENTENCE.length)).trim();
    const raw = `Opening words. ${quote} Closing words.`;
    const result = await loadCorpus(
      folderWith({
        'sources/big.yaml': sourceMeta('big', 'big.txt', `contentHash: ${contentHash(raw)}\n`),
        'sources/big.txt': raw,
        'claims/big.yaml': `source: big\nclaims:\n${claim('whole', { quote: JSON.stringify(quote) })}`,
      }),
    );
    expect(result.messages.map(flat).filter((d) => d.severity === 'error')).toEqual([]);
    expect(settled(result).corpus.claims.find((c) => c.id === 'whole')?.evidence[0]?.position).toMatchObject({ start: 15, end: 15 + quote.length });
  });
});
