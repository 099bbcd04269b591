/**
 * A claim's value written as a plain string (or number, or list) instead of
 * the mapping its predicate takes: the message names the predicate and its
 * value kind and shows the mapping to write, quoted where YAML needs it.
 * (The loader adds file:line:column and the claim: test/claims.)
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/claims/index.js';
import { valueKinds } from '../../src/values/index.js';
import { flat } from '../support/flat-message.js';

const context = { publishedAt: { precision: 'unknown' } as const, resolver: { resolve: () => undefined } };

describe('a value written without its mapping', () => {
  it.each([
    ['approximately 1,200 homes', 'homes-evacuated', 'quantity', 'value: { quantity: "approximately 1,200 homes" }'],
    ['five firefighters', 'firefighters-injured', 'quantity', 'value: { quantity: five firefighters }'],
    ['Wednesday', 'fire-started', 'date', 'value: { date: Wednesday }'],
    ['10:40 p.m. Wednesday', 'fire-started', 'date', 'value: { date: 10:40 p.m. Wednesday }'],
    ['Brightcell Recycling', 'operator', 'entity', 'value: { entity: Brightcell Recycling }'],
    [12, 'firefighters-injured', 'quantity', 'value: { quantity: "12" }'],
  ])('%s for %s (%s) → %s', (written, id, valueType, mapping) => {
    const read = valueKinds.read(written, { ...context, predicate: { id, valueType } });
    expect(read.ok).toBe(false);
    const [message] = read.messages;
    expect(message?.message).toContain(`predicate "${id}" takes a ${valueType} value, written as a mapping`);
    expect(message?.hint).toContain(`write ${mapping}`);
    // the mapping shown reads back as the value written, in the shorthand of the predicate's kind
    const shown = parse(mapping) as { value: Record<string, unknown> };
    expect(Object.values(shown.value)).toEqual([String(written)]);
    expect(valueKinds.read(shown.value, context).ok).toBe(true);
  });

  it('says what a value is when the predicate is not known', () => {
    const read = valueKinds.read('approximately 1,200 homes', context);
    expect(read.messages[0]?.message).toContain('a value is a mapping');
  });
});

describe('in a claims folder', () => {
  const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
  const scratch: string[] = [];
  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['value: approximately $12 billion', 'amount', 'quantity', 'value: { quantity: approximately $12 billion }'],
    ['value: "Friday"', 'signed-on', 'date', 'value: { date: Friday }'],
    ['value: [Japan, Singapore]', 'founding-members', 'entity-set', 'value: { members: ["Japan","Singapore"] }'],
  ])('%s for %s: at the value, with the claim, naming %s and the mapping', async (line, predicate, valueType, mapping) => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrace-value-alone-'));
    scratch.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    const text = `source: wire\nclaims:\n  - id: bare\n    subject: Project Vault\n    predicate: ${predicate}\n    ${line}\n    quote: worth nearly $12 billion\n`;
    writeFileSync(join(dir, 'claims/wire.yaml'), text);
    const loaded = await loadCorpus(dir);
    const found = loaded.messages.map(flat).filter((m) => m.code === 'invalid-value');
    expect(found.map((m) => [m.file, m.line, m.column, m.claimId])).toEqual([['claims/wire.yaml', 6, 12, 'bare']]);
    expect(found[0]?.message).toContain(`predicate "${predicate}" takes a ${valueType} value, written as a mapping`);
    expect(found[0]?.hint).toContain(`write ${mapping}`);
  });
});
