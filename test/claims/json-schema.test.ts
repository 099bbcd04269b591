import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_FOLDER_FILE_KINDS, claimFileJsonSchema, claimFolderJsonSchema } from '../../src/claims/index.js';

const DOCS = join(import.meta.dirname, '../../docs/schema');

describe('the JSON Schema of the claim folder files', () => {
  it.each(CLAIM_FOLDER_FILE_KINDS)('docs/schema/%s.schema.json is current (run `npm run schema`)', (kind) => {
    const committed = JSON.parse(readFileSync(join(DOCS, `${kind}.schema.json`), 'utf8')) as unknown;
    expect(committed).toEqual(claimFolderJsonSchema(kind));
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
