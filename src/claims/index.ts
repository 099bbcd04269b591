export { loadCorpus, MAX_TEXT_FILE_BYTES, MAX_YAML_FILE_BYTES, type LoadCorpusOptions, type LoadCorpusResult, type LoadedFolder } from './load-corpus.js';
export { buildCorpus, classifyFile, type BuildCorpusInput, type BuildCorpusResult, type BuiltFolder, type FolderFile, type FileKind } from './build-corpus.js';
export { claimFileJsonSchema, claimFolderJsonSchema, CLAIM_FOLDER_FILE_KINDS, type ClaimFolderFileKind } from './json-schema.js';
export { readYamlFile, MAX_YAML_ALIAS_COUNT, type YamlFile, type YamlReadResult } from './yaml-file.js';
export { resolveInFolder } from '../files/path-policy.js';
export type { ReadTextFile } from './read-text-file.js';
export * from './file-schemas.js';
export { readBaseline, type BaselineRead } from './read-baseline.js';
export { loadClaimLine, ndjsonFromClaimFile, NDJSON_NAME, type LoadedClaimLine } from './ndjson-claims.js';
