import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimFileJsonSchema } from '../../src/claims/index.js';
import { SHIPPED_SCHEMA_KINDS, shippedJsonSchema } from '../../src/config/index.js';

const DOCS = join(import.meta.dirname, '../../docs/schema');

describe('the JSON Schema of the claim folder files', () => {
  it.each(SHIPPED_SCHEMA_KINDS)('docs/schema/%s.schema.json is current (run `npm run schema`)', (kind) => {
    const committed = JSON.parse(readFileSync(join(DOCS, `${kind}.schema.json`), 'utf8')) as unknown;
    expect(committed).toEqual(shippedJsonSchema(kind));
  });

  it('docs/schema/ holds the shipped schemas and nothing else', () => {
    expect(readdirSync(DOCS).sort()).toEqual(SHIPPED_SCHEMA_KINDS.map((kind) => `${kind}.schema.json`).sort());
  });

  it('describes a claim entry with its required keys and unknown keys refused', () => {
    const schema = claimFileJsonSchema() as { properties: { claims: { items: { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> } } } };
    const entry = schema.properties.claims.items;
    expect(entry.required).toEqual(expect.arrayContaining(['id', 'subject', 'predicate', 'value']));
    expect(entry.additionalProperties).toBe(false);
    expect(Object.keys(entry.properties)).toEqual(expect.arrayContaining(['quote', 'evidence', 'attribution', 'hedge', 'qualifiers']));
  });

  it('offers every value shorthand an author can write', () => {
    const text = JSON.stringify(claimFileJsonSchema());
    for (const key of ['"entity"', '"members"', '"quantity"', '"date"', '"boolean"', '"count"']) expect(text).toContain(key);
  });
});
