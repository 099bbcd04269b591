/**
 * Values and ids at the edge, loaded from a claim file:
 * - a quantity written as a YAML number rather than in words is read as the
 *   number it is, however JavaScript prints it (`1e308` is "1e+308"), and a
 *   number that is not finite (`.nan`, `.inf`) is refused in words a person
 *   can act on, at the value, with the claim's id;
 * - an id too long to be one is named in its message by its start, so the
 *   message stays readable.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { settled } from '../../src/model/result.js';
import { flat } from '../support/flat-message.js';
import { scratchFolders } from '../support/scratch-folders.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const { tempDir } = scratchFolders('yaml-numbers');

/** The minimal fixture with one line of the reserve claim written otherwise. */
const folderWith = (line: string, written: string): string => {
  const dir = tempDir('folder');
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'claims/wire.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(line, written));
  return dir;
};
const withQuantity = (written: string): string => folderWith('value: { quantity: nearly $12 billion }', `value: { quantity: ${written} }`);

describe('a quantity written as a YAML number', () => {
  it.for([
    // [written, low]
    ['12000000000', 12e9],
    ['1.2e10', 12e9],
    ['1e308', 1e308],
    ['-0', 0],
    ['1e-7', 1e-7],
    ['2.5e-7', 2.5e-7],
    ['1.5e21', 1.5e21],
  ] as const)('%s is read as that number', async ([written, low]) => {
    const result = await loadCorpus(withQuantity(written));
    expect(result.messages.map(flat)).toEqual([]);
    const reserve = settled(result).corpus.claims.find((c) => c.id === 'reserve');
    expect(reserve?.value).toMatchObject({ type: 'quantity', low, high: low });
  });

  it.for(['.nan', '.inf', '-.inf'])('%s is refused as not a finite number, at the value', async (written) => {
    const result = await loadCorpus(withQuantity(written));
    const [message] = result.messages.map(flat);
    expect(message).toMatchObject({ severity: 'error', file: 'claims/wire.yaml', line: 16, claimId: 'reserve' });
    expect(message?.message).toContain('or a finite number');
    expect(settled(result).corpus.claims.map((c): string => c.id)).toEqual(expect.arrayContaining(['members', 'signed']));
  });
});

describe('an id too long to be one', () => {
  it('is refused at the id, and the message names the claim by its first 60 characters', async () => {
    const id = `x${'y'.repeat(9_999)}`;
    const result = await loadCorpus(folderWith('- id: reserve', `- id: ${id}`));
    const [message] = result.messages.map(flat);
    expect(message).toMatchObject({ code: 'schema', severity: 'error', file: 'claims/wire.yaml', line: 13, column: 9, claimId: `${id.slice(0, 60)}…` });
    expect(JSON.stringify(message).length).toBeLessThan(1_000);
  });
});
