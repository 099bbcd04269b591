/**
 * Every JSON Schema the package ships, by kind: the claim folder's file kinds
 * and the configuration file. `npm run schema` writes each to
 * docs/schema/<kind>.schema.json, the build copies them to dist/schema/, and
 * the package serves them as `claimtrace/schema/<kind>.schema.json`; each
 * `$id` is where the repository serves it (`SCHEMA_BASE_URL`). One list, so
 * the writer, the build, the tarball test and the staleness test agree.
 */
import { CLAIM_FOLDER_FILE_KINDS, type ClaimFolderFileKind, claimFolderJsonSchema } from '../claims/json-schema.js';
import { CONFIG_SCHEMA_KIND, configJsonSchema } from './config-json-schema.js';

/** A kind of file with a shipped JSON Schema. */
export type ShippedSchemaKind = ClaimFolderFileKind | typeof CONFIG_SCHEMA_KIND;

/** Every kind with a shipped JSON Schema, in the order they are written. */
export const SHIPPED_SCHEMA_KINDS: readonly ShippedSchemaKind[] = [...CLAIM_FOLDER_FILE_KINDS, CONFIG_SCHEMA_KIND];

/**
 * The JSON Schema (draft 2020-12) of one shipped kind.
 *
 * @example
 * shippedJsonSchema('config-file').$id // 'https://raw.githubusercontent.com/claimtrace/claimtrace/main/docs/schema/config-file.schema.json'
 */
export const shippedJsonSchema = (kind: ShippedSchemaKind): Record<string, unknown> =>
  kind === CONFIG_SCHEMA_KIND ? configJsonSchema() : claimFolderJsonSchema(kind);
