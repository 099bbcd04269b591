/**
 * The JSON Schemas refuse what the loader refuses and accept what it accepts:
 * each case is a claims folder held in memory with one file changed, loaded
 * by the real loader (`buildCorpus`) and validated by Ajv (draft 2020-12)
 * against the schema of that file's kind. And every field of every schema
 * has a description. And what claimtrace reads and writes fits them: the
 * bundled folder, and the source files `add` and `update-source` write.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { addSource, captureSource, updateSource } from '../../src/authoring.js';
import { buildCorpus, CLAIM_FOLDER_FILE_KINDS, claimFolderJsonSchema, type ClaimFolderFileKind } from '../../src/claims/index.js';
import { contentHash } from '../../src/ingest/content-hash.js';
import { BaselineSchema } from '../../src/model/baseline.js';
import { failed, ok } from '../../src/model/result.js';

const TEXT = 'Riverside Courier\n\nThe council approved a new footbridge on Tuesday. It will cost about $4 million, the mayor said.\n';
const SOURCE = { id: 'courier', text: 'courier.txt', publishedAt: { date: '2026-01-13' }, contentHash: contentHash(TEXT) };
const CLAIM = { id: 'cost', subject: 'footbridge', predicate: 'cost', value: { quantity: 'about $4 million' }, quote: 'cost about $4 million' };
const FOLDER = {
  'predicates.yaml': { predicates: [{ id: 'cost', valueType: 'quantity', cardinality: 'functional', description: 'What it costs.' }] },
  'entities.yaml': { entities: [{ id: 'footbridge', name: 'Riverside footbridge', kind: 'other', aliases: ['footbridge'] }] },
  'sources/courier.yaml': SOURCE,
  'claims/c.yaml': { source: 'courier', claims: [CLAIM] },
} as const;
type FolderPath = keyof typeof FOLDER;
const KIND_OF: Record<FolderPath, ClaimFolderFileKind> = {
  'predicates.yaml': 'predicates-file',
  'entities.yaml': 'entities-file',
  'sources/courier.yaml': 'source-file',
  'claims/c.yaml': 'claim-file',
};
/** Codes that mean "this file does not fit its format". */
const FORMAT_CODES = new Set(['schema', 'evidence-missing', 'evidence-twice', 'source-missing']);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = new Map(CLAIM_FOLDER_FILE_KINDS.map((kind) => [kind, ajv.compile(claimFolderJsonSchema(kind))]));

/** The loader's verdict on the folder with `path` replaced by `document`, and the schema's verdict on `document`. */
const verdicts = (path: FolderPath, document: unknown): { loader: boolean; schema: boolean; codes: string[] } => {
  const files = Object.entries({ ...FOLDER, [path]: document }).map(([p, d]) => ({ path: p, text: stringify(d) }));
  const built = buildCorpus({ yamlFiles: files, readTextFile: (p) => (p === 'sources/courier.txt' ? ok(TEXT) : failed([])) });
  const codes = built.messages.filter((m) => m.severity === 'error').map((m) => m.code);
  const validate = validators.get(KIND_OF[path]);
  return { loader: !codes.some((c) => FORMAT_CODES.has(c)), schema: validate?.(document) === true, codes };
};

describe('the JSON Schemas agree with the loader', () => {
  it('the base folder loads and every file fits its schema', () => {
    for (const path of Object.keys(FOLDER) as FolderPath[]) {
      const v = verdicts(path, FOLDER[path]);
      expect(v.codes).toEqual([]);
      expect(v, path).toMatchObject({ loader: true, schema: true });
    }
  });

  const claim = (entry: Record<string, unknown>, file: Record<string, unknown> = { source: 'courier' }) => ({ ...file, claims: [entry] });
  const { quote: _quote, ...claimWithoutQuote } = CLAIM;
  const source = (extra: Record<string, unknown>) => ({ ...SOURCE, ...extra });
  it.each([
    ['claim: quote', 'claims/c.yaml', claim(CLAIM), true],
    ['claim: evidence instead of quote', 'claims/c.yaml', claim({ ...claimWithoutQuote, evidence: [{ quote: 'cost about $4 million' }] }), true],
    ['claim: quote and evidence', 'claims/c.yaml', claim({ ...CLAIM, evidence: [{ quote: 'cost about $4 million' }] }), false],
    ['claim: neither quote nor evidence', 'claims/c.yaml', claim(claimWithoutQuote), false],
    ['claim: empty evidence list', 'claims/c.yaml', claim({ ...claimWithoutQuote, evidence: [] }), false],
    ['claim: a quote with no source anywhere', 'claims/c.yaml', claim(CLAIM, {}), false],
    ['claim: evidence naming its source, no file source', 'claims/c.yaml', claim({ ...claimWithoutQuote, evidence: [{ quote: 'cost about $4 million', source: 'courier' }] }, {}), true],
    ['claim: evidence without a source, no file source', 'claims/c.yaml', claim({ ...claimWithoutQuote, evidence: [{ quote: 'cost about $4 million' }] }, {}), false],
    ['claim: an unknown key', 'claims/c.yaml', claim({ ...CLAIM, qoute: 'x' }), false],
    ['claim: attribution with a speaker', 'claims/c.yaml', claim({ ...CLAIM, attribution: { speaker: 'the mayor' } }), true],
    ['claim: attribution with neither speaker nor outlet', 'claims/c.yaml', claim({ ...CLAIM, attribution: { role: 'mayor' } }), false],
    ['claim: an unknown hedge', 'claims/c.yaml', claim({ ...CLAIM, hedge: 'maybe' }), false],
    ['source: nonContent by quote', 'sources/courier.yaml', source({ nonContent: [{ quote: 'Riverside Courier', kind: 'page-chrome' }] }), true],
    ['source: nonContent by from … to', 'sources/courier.yaml', source({ nonContent: [{ from: 'Riverside', to: 'Courier', kind: 'page-chrome' }] }), true],
    ['source: nonContent by both forms', 'sources/courier.yaml', source({ nonContent: [{ quote: 'Riverside Courier', from: 'Riverside', to: 'Courier', kind: 'page-chrome' }] }), false],
    ['source: nonContent by quote and from', 'sources/courier.yaml', source({ nonContent: [{ quote: 'Riverside Courier', from: 'Riverside', kind: 'page-chrome' }] }), false],
    ['source: nonContent by from without to', 'sources/courier.yaml', source({ nonContent: [{ from: 'Riverside', kind: 'page-chrome' }] }), false],
    ['source: nonContent by neither form', 'sources/courier.yaml', source({ nonContent: [{ kind: 'page-chrome' }] }), false],
    ['source: an AI section by from … to', 'sources/courier.yaml', source({ aiGenerated: { sections: [{ from: 'The council', to: 'Tuesday.' }] } }), true],
    ['source: an AI section by neither form', 'sources/courier.yaml', source({ aiGenerated: { sections: [{ label: 'AI' }] } }), false],
    ['source: a citation of an outside report', 'sources/courier.yaml', source({ cites: [{ outside: 'Council minutes' }] }), true],
    ['source: a citation naming nothing', 'sources/courier.yaml', source({ cites: [{ quote: 'the mayor said' }] }), false],
    ['source: a publication date-time', 'sources/courier.yaml', source({ publishedAt: { datetime: '2026-01-13T09:30+01:00' } }), true],
    ['source: no publication date at all', 'sources/courier.yaml', { ...SOURCE, publishedAt: undefined }, false],
    ['source: an author (a byline)', 'sources/courier.yaml', source({ author: 'Ana Lima' }), true],
    ['source: an author that is not text', 'sources/courier.yaml', source({ author: ['Ana Lima'] }), false],
    ['source: a malformed hash', 'sources/courier.yaml', source({ contentHash: 'sha256:abc' }), false],
    ['predicates: a predicate without a description', 'predicates.yaml', { predicates: [{ id: 'cost', valueType: 'quantity', cardinality: 'functional' }] }, false],
    ['predicates: an unknown value type', 'predicates.yaml', { predicates: [{ id: 'cost', valueType: 'money', cardinality: 'functional', description: 'x' }] }, false],
    ['entities: an unknown kind', 'entities.yaml', { entities: [{ id: 'footbridge', name: 'F', kind: 'bridge', aliases: [] }] }, false],
  ] as const)('%s (%s)', (_name, path, document, valid) => {
    const v = verdicts(path, JSON.parse(JSON.stringify(document)));
    expect({ loader: v.loader, schema: v.schema }, v.codes.join(', ')).toEqual({ loader: valid, schema: valid });
  });

  it.each([
    ['a reviewed finding', { findings: [{ id: 'value-conflict:0123456789ab', rule: 'value-conflict', verdict: 'tension', reason: 'why', reviewedBy: 'me', reviewedAt: '2026-11-22' }] }, true],
    ['no reason', { findings: [{ id: 'value-conflict:0123456789ab', rule: 'value-conflict', verdict: 'tension', reviewedBy: 'me' }] }, false],
    ['an unknown verdict', { findings: [{ id: 'value-conflict:0123456789ab', rule: 'value-conflict', verdict: 'maybe', reason: 'why', reviewedBy: 'me' }] }, false],
  ] as const)('baseline: %s', (_name, document, valid) => {
    expect(BaselineSchema.safeParse(document).success).toBe(valid);
    expect(validators.get('baseline-file')?.(document)).toBe(valid);
  });
});

describe('every field of every JSON Schema has a description', () => {
  /** Every property, with its path, in a schema and the schemas nested in it. */
  const properties = (node: unknown, path: string, out: { path: string; schema: Record<string, unknown> }[]): typeof out => {
    if (Array.isArray(node)) node.forEach((n, i) => properties(n, `${path}[${i}]`, out));
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(record)) {
        if (key === 'properties' && value !== null && typeof value === 'object') {
          for (const [name, schema] of Object.entries(value as Record<string, Record<string, unknown>>)) {
            out.push({ path: `${path}.${name}`, schema });
            properties(schema, `${path}.${name}`, out);
          }
        } else if (typeof value === 'object') properties(value, `${path}/${key}`, out);
      }
    }
    return out;
  };

  it.each(CLAIM_FOLDER_FILE_KINDS)('%s', (kind) => {
    // Constraint-only parts (`if`/`then`/`not`) repeat fields declared elsewhere; every declared field needs its words.
    const declared = properties(claimFolderJsonSchema(kind), kind, []).filter(({ path }) => !/\/(if|then|not)\b/.test(path));
    expect(declared.length).toBeGreaterThan(3);
    expect(declared.filter(({ schema }) => typeof schema['description'] !== 'string' || schema['description'] === '').map(({ path }) => path)).toEqual([]);
  });
});

/** The kind of a claims-folder file, by its place in the folder (as the loader reads it). */
const kindOfPath = (path: string): ClaimFolderFileKind | undefined => {
  if (path === 'predicates.yaml') return 'predicates-file';
  if (path === 'entities.yaml') return 'entities-file';
  if (path === 'baseline.yaml') return 'baseline-file';
  if (path.startsWith('sources/')) return 'source-file';
  if (path.startsWith('claims/')) return 'claim-file';
  return undefined;
};
/** Every YAML file of a folder that fails its kind's schema, with Ajv's errors. */
const schemaFailures = (folder: string): { checked: string[]; failures: string[] } => {
  const checked: string[] = [];
  const failures: string[] = [];
  for (const path of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.yaml')).sort()) {
    const kind = kindOfPath(path.split(sep).join('/'));
    if (kind === undefined) continue;
    checked.push(path);
    const validate = validators.get(kind);
    if (validate?.(parse(readFileSync(join(folder, path), 'utf8'))) !== true) failures.push(`${path} (${kind}): ${ajv.errorsText(validate?.errors)}`);
  }
  return { checked, failures };
};

describe('the files claimtrace reads and writes fit the shipped JSON Schemas', () => {
  it('every file of the bundled claims folder', () => {
    const { checked, failures } = schemaFailures(join(import.meta.dirname, '../../claims'));
    expect(failures).toEqual([]);
    expect(checked.filter((p) => kindOfPath(p) === 'source-file')).toHaveLength(5);
    expect(new Set(checked.map(kindOfPath))).toEqual(new Set(CLAIM_FOLDER_FILE_KINDS));
  });

  describe('the source files `add` and `update-source` write (claimtrace/authoring)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimtrace-schema-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const fixture = (name: string): Uint8Array => readFileSync(join(import.meta.dirname, '../fixtures/capture', name));
    const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
    const PARAGRAPH = 'The council approved a new footbridge over the river on Tuesday after a long debate; it will cost about $4 million, the mayor said, and work starts in spring.';

    it.each([
      // A saved news page: title, publisher, author, url, language and date from its meta tags and JSON-LD; non-content ranges.
      ['a saved web page', 'harbour.html', fixture('harbour.html'), {}],
      ['Markdown with front matter', 'bridge.md', utf8(`---\ntitle: Footbridge approved\nauthor: Rui Costa\ndate: 2026-01-13\n---\n\n# Footbridge approved\n\n${PARAGRAPH}\n`), {}],
      ['plain text with every field given', 'notes.txt', utf8(`${PARAGRAPH}\n`), { id: 'notes', url: 'https://example.org/notes', title: 'Notes', publisher: 'Example Desk', published: 'March 4, 2026', keepOriginal: true }],
    ] as const)('%s', (_name, fileName, bytes, fields) => {
      mkdirSync(join(folder, 'sources'), { recursive: true });
      const added = addSource(bytes, { folder, from: fileName, fileName, retrievedAt: '2026-03-05T10:00:00Z', ...fields });
      expect(added.ok, added.messages.map((m) => m.message).join('\n')).toBe(true);
      const written = readFileSync(join(folder, 'sources', `${added.ok ? added.value.id : ''}.yaml`), 'utf8');
      expect(validators.get('source-file')?.(parse(written)), ajv.errorsText(validators.get('source-file')?.errors)).toBe(true);
      if (fileName === 'harbour.html') expect(parse(written)).toMatchObject({ author: 'Ana Lima', nonContent: expect.any(Array) });
    });

    it('after update-source replaces a text (new hash, retrieval date, appended non-content)', async () => {
      const id = readdirSync(join(folder, 'sources')).find((f) => f.startsWith('harbour') && f.endsWith('.yaml'))?.replace(/\.yaml$/, '') ?? '';
      const capture = captureSource(fixture('harbour-edited.html'), { fileName: 'harbour-edited.html' });
      if (!capture.ok) throw new Error('the edited fixture does not capture');
      const updated = await updateSource({ folder, sourceId: id, capture: capture.value, retrievedAt: '2026-03-06T08:00:00Z' });
      expect(updated.ok && updated.value.written).toContain(`sources/${id}.yaml`);
      const { checked, failures } = schemaFailures(folder);
      expect(failures).toEqual([]);
      expect(checked).toHaveLength(3);
    });
  });
});
