/**
 * Claims as NDJSON (issue 19): one claim per line with its `source`, read a
 * line at a time. The bundled corpus converted to NDJSON gives exactly the
 * findings and the check output of the YAML folder; every bad line is a
 * diagnostic at file:line:column with the claim id, and the other lines load.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkClaimsFolder } from '../../src/check/index.js';
import { loadCorpus, ndjsonFromClaimFile } from '../../src/claims/index.js';
import { writeClaimsNdjson } from '../../src/scale/claims-ndjson.js';
import { settled } from '../../src/model/result.js';
import { runInProcess } from '../cli/memory-io.js';
import { scratchFolders } from '../support/scratch-folders.js';

const CORPUS = fileURLToPath(new URL('../../claims', import.meta.url));
const { copyOf } = scratchFolders('ndjson');

/** A copy of the bundled corpus with claims/*.yaml replaced by claims/<name>.ndjson. */
const ndjsonCorpus = (label: string): string => {
  const dir = copyOf(CORPUS, label);
  const claimsDir = join(dir, 'claims');
  for (const name of readdirSync(claimsDir).filter((n) => n.endsWith('.yaml'))) {
    const text = ndjsonFromClaimFile(parse(readFileSync(join(claimsDir, name), 'utf8')));
    writeFileSync(join(claimsDir, name.replace(/\.yaml$/, '.ndjson')), text);
    rmSync(join(claimsDir, name));
  }
  return dir;
};

describe('the bundled corpus as NDJSON', () => {
  it('loads the same claims and gives the same findings as the YAML folder', async () => {
    const dir = ndjsonCorpus('same');
    expect(readdirSync(join(dir, 'claims')).every((n) => n.endsWith('.ndjson'))).toBe(true);
    const [yaml, ndjson] = await Promise.all([checkClaimsFolder(CORPUS), checkClaimsFolder(dir)]);
    expect(ndjson.messages).toEqual(yaml.messages);
    expect(ndjson.ok && yaml.ok).toBe(true);
    if (!ndjson.ok || !yaml.ok) return;
    expect(ndjson.value.loaded.corpus.claims).toEqual(yaml.value.loaded.corpus.claims);
    expect(ndjson.value.reconciled.result.findings).toEqual(yaml.value.reconciled.result.findings);
    expect(ndjson.value.reconciled.comparison.unacknowledged).toEqual([]);
  });

  it('gives the same check output, human and JSON', async () => {
    const dir = ndjsonCorpus('output');
    for (const flags of [[], ['--json']]) {
      const [yaml, ndjson] = await Promise.all([runInProcess(['check', CORPUS, ...flags]), runInProcess(['check', dir, ...flags])]);
      expect(ndjson.code).toBe(0);
      expect(ndjson.code).toBe(yaml.code);
      // The folder is shown as given (claims, /tmp/…); everything else is the same.
      // In JSON each claim's place differs by nature (a line of an .ndjson file, not a YAML entry): those are checked apart.
      type Place = { claim?: { file: string; line: number } };
      type Output = { findings: { locations: Place[] }[] };
      const withoutFolder = (out: string): unknown => {
        if (flags.length === 0) return out.replace(/^(\s*)\S+: (\d+ sources?,)/m, '$1<folder>: $2');
        // Paths are shown from the working directory: the folder's own prefix (its `folder` field) is what differs.
        const { folder } = JSON.parse(out) as { folder: string };
        const json = JSON.parse(out.split(`"${folder}/`).join('"<folder>/')) as Output & Record<string, unknown>;
        return { ...json, folder: undefined, findings: json.findings.map((f) => ({ ...f, locations: f.locations.map(({ claim: _claim, ...rest }) => rest) })) };
      };
      expect(withoutFolder(ndjson.stdout)).toEqual(withoutFolder(yaml.stdout));
      if (flags.length > 0) {
        const places = (JSON.parse(ndjson.stdout) as Output).findings.flatMap((f) => f.locations.map((l) => l.claim));
        expect(places.length).toBeGreaterThan(0);
        for (const place of places) expect(place).toMatchObject({ file: expect.stringMatching(/claims\/\d{3}\.ndjson$/), line: expect.any(Number) });
      }
      expect(ndjson.stderr).toBe(yaml.stderr);
    }
  });
});

describe('one format, two writers', () => {
  it('the lines written from loaded claims (claimtrace/scale, with offsets) load as a claims folder gives the same claims and findings', async () => {
    const yaml = await checkClaimsFolder(CORPUS);
    expect(yaml.ok).toBe(true);
    if (!yaml.ok) return;
    const dir = copyOf(CORPUS, 'written');
    const claimsDir = join(dir, 'claims');
    for (const name of readdirSync(claimsDir).filter((n) => n.endsWith('.yaml'))) rmSync(join(claimsDir, name));
    expect(writeClaimsNdjson(join(claimsDir, 'all.ndjson'), yaml.value.loaded.corpus.claims)).toBe(yaml.value.loaded.corpus.claims.length);
    const ndjson = await checkClaimsFolder(dir);
    expect(ndjson.messages.filter((m) => m.severity === 'error')).toEqual([]);
    if (!ndjson.ok) return;
    expect(ndjson.value.loaded.corpus.claims).toEqual(yaml.value.loaded.corpus.claims);
    expect(ndjson.value.reconciled.result.findings).toEqual(yaml.value.reconciled.result.findings);
  });

  it('both writers put id and source first, then the fields as given', () => {
    const authored = ndjsonFromClaimFile({ source: 's1', claims: [{ subject: 'X', id: 'c1', predicate: 'p', value: 3, quote: 'three' }] });
    expect(authored).toBe('{"id":"c1","source":"s1","subject":"X","predicate":"p","value":3,"quote":"three"}\n');
  });
});

describe('bad lines', () => {
  // The bundled corpus's first claim, as a line, under another id.
  const firstLine = JSON.parse(ndjsonFromClaimFile(parse(readFileSync(join(CORPUS, 'claims', '000.yaml'), 'utf8'))).split('\n')[0] ?? '{}') as Record<string, unknown>;
  const good = (id: string) => JSON.stringify({ ...firstLine, id });
  // Each case: the line as written, and the diagnostic it gives (code, column, claim id).
  it.each([
    ['not JSON', '{"id": "x1", "source": ', 'ndjson-syntax', 24, undefined],
    ['not JSON: a bad literal (JSON.parse names no position)', '{"id": tru}', 'ndjson-syntax', 8, undefined],
    ['not JSON: a missing comma', '{"id": "x1" "source": "s"}', 'ndjson-syntax', 13, undefined],
    ['not JSON: a trailing comma', '{"id": "x1",}', 'ndjson-syntax', 13, undefined],
    ['an array', '[1, 2]', 'ndjson-syntax', 1, undefined],
    ['a string', '"claim"', 'ndjson-syntax', 1, undefined],
    ['no source', '{"id":"x2","subject":"Pax Silica","predicate":"p","value":1,"quote":"q"}', 'source-missing', 1, 'x2'],
    ['a source that is a number', '{"id":"x3","source":3,"subject":"S","predicate":"p","value":1,"quote":"q"}', 'schema', 12, 'x3'],
    // At the quote, whose source is unknown (column 85: where "quote" starts).
    ['an unknown source', '{"id":"x4","source":"nope","subject":"S","predicate":"membership","value":["Japan"],"quote":"Japan"}', 'unknown-source', 85, 'x4'],
    // At the unknown key (column 117: where "colour" starts).
    ['an unknown key', '{"id":"x5","source":"000_6ddc9de317a1d06d","subject":"S","predicate":"membership","value":["Japan"],"quote":"Japan","colour":"red"}', 'schema', 117, 'x5'],
  ] as const)('%s: a diagnostic at its line and column with the claim id; the other lines load', async (_label, line, code, column, claimId) => {
    const dir = copyOf(CORPUS, 'bad');
    const file = join(dir, 'claims', 'extra.ndjson');
    writeFileSync(file, `${good('x-before')}\n${line}\n${good('x-after')}\n`);
    const loaded = await loadCorpus(dir);
    const atLine = loaded.messages.filter((m) => m.place !== undefined && 'file' in m.place && m.place.file === 'claims/extra.ndjson' && m.place.start.line === 2);
    expect(atLine.map((m) => m.code)).toContain(code);
    const diagnostic = atLine.find((m) => m.code === code);
    expect(diagnostic?.place).toEqual({ file: 'claims/extra.ndjson', start: { line: 2, column } });
    expect(diagnostic?.claimId).toBe(claimId);
    const ids = settled(loaded).corpus.claims.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['x-before', 'x-after']));
  });

  it('reports invalid UTF-8, an overlong line and blank lines without losing the rest', async () => {
    const dir = copyOf(CORPUS, 'bytes');
    const file = join(dir, 'claims', 'extra.ndjson');
    const bytes = Buffer.concat([
      Buffer.from(`${good('y1')}\r\n\n   \n`),
      Buffer.from('{"id":"bad","subject":"caf'),
      Buffer.from([0xe9]),
      Buffer.from(`"}\n${good('y2')}`),
    ]);
    writeFileSync(file, bytes);
    const loaded = await loadCorpus(dir);
    const problems = loaded.messages.filter((m) => m.place !== undefined && 'file' in m.place && m.place.file === 'claims/extra.ndjson');
    expect(problems.map((m) => [m.code, (m.place as { start: unknown }).start])).toEqual([['invalid-utf8', { line: 4, column: 27 }]]);
    expect(settled(loaded).corpus.claims.map((c) => c.id)).toEqual(expect.arrayContaining(['y1', 'y2']));
  });

  it('says where a claim id is used twice, across YAML and NDJSON', async () => {
    const dir = copyOf(CORPUS, 'twice');
    writeFileSync(join(dir, 'claims', 'extra.ndjson'), good(String(firstLine['id'])));
    const loaded = await loadCorpus(dir);
    const twice = loaded.messages.find((m) => m.code === 'duplicate-claim-id');
    expect(twice?.place).toEqual({ file: 'claims/extra.ndjson', start: { line: 1, column: 1 } });
    expect(twice?.message).toContain('claims/000.yaml:');
  });

  it('warns about an NDJSON file outside claims/ and does not read it', async () => {
    const dir = copyOf(CORPUS, 'outside');
    writeFileSync(join(dir, 'stray.ndjson'), good('z1'));
    const loaded = await loadCorpus(dir);
    expect(loaded.messages.find((m) => m.code === 'unknown-file')?.place).toEqual({ file: 'stray.ndjson', start: { line: 1, column: 1 } });
    expect(settled(loaded).corpus.claims.map((c) => c.id)).not.toContain('z1');
  });
});
