export { loadConfig, configCheckOptions, type LoadedConfig, type LoadConfigOptions } from './load-config.js';
export { findConfigFile } from './find-config.js';
export { ConfigFileSchema, CONFIG_FILE_NAMES, CONFIG_KEYS, type ConfigFile } from './config-schema.js';
export { configJsonSchema, CONFIG_SCHEMA_KIND } from './config-json-schema.js';
export { SHIPPED_SCHEMA_KINDS, shippedJsonSchema, type ShippedSchemaKind } from './shipped-schemas.js';
export { createIgnoreMatcher } from './ignore-globs.js';
