/**
 * The JSON Schema of each claim-folder file kind, generated from the zod
 * schemas (the single source of truth) so editors can validate and
 * autocomplete YAML files. Strict like the loader: no object takes keys it
 * does not declare. `npm run schema` writes them to docs/schema/; the
 * package ships them as `claimtrace/schema/<kind>.schema.json`; their `$id`
 * is where the repository serves them.
 */
import { z } from 'zod';
import { BaselineSchema } from '../model/baseline.js';
import { SCHEMA_BASE_URL } from '../model/docs-url.js';
import { strictSchema } from '../model/strict-schema.js';
import { ClaimFileDocSchema, EntitiesFileSchema, PredicatesFileSchema, SourceFileSchema } from './file-schemas.js';

export type ClaimFolderFileKind = 'claim-file' | 'source-file' | 'predicates-file' | 'entities-file' | 'baseline-file';

const SCHEMAS = {
  'claim-file': { schema: ClaimFileDocSchema, title: 'claimtrace claim file (claims/*.yaml)' },
  'source-file': { schema: SourceFileSchema, title: 'claimtrace source metadata file (sources/*.yaml)' },
  'predicates-file': { schema: PredicatesFileSchema, title: 'claimtrace predicate vocabulary (predicates.yaml)' },
  'entities-file': { schema: EntitiesFileSchema, title: 'claimtrace alias tables (entities.yaml)' },
  'baseline-file': { schema: BaselineSchema, title: 'claimtrace baseline of reviewed findings (baseline.yaml)' },
} as const;

/** Every file kind with a JSON Schema. */
export const CLAIM_FOLDER_FILE_KINDS = Object.keys(SCHEMAS) as ClaimFolderFileKind[];

/**
 * The JSON Schema (draft 2020-12) of one file kind.
 *
 * @example
 * const schema = claimFolderJsonSchema('claim-file');
 * schema.title; // 'claimtrace claim file (claims/*.yaml)'
 */
export const claimFolderJsonSchema = (kind: ClaimFolderFileKind): Record<string, unknown> => {
  const { schema, title } = SCHEMAS[kind];
  // As strict as the loader: every object refuses keys it does not declare (additionalProperties: false).
  const json = z.toJSONSchema(strictSchema(schema as z.ZodType), { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return { ...json, $id: `${SCHEMA_BASE_URL}${kind}.schema.json`, title };
};

/** The JSON Schema of the claim file format (claims/*.yaml). */
export const claimFileJsonSchema = (): Record<string, unknown> => claimFolderJsonSchema('claim-file');
