/**
 * The JSON Schema of `claimtrace.config.json`, generated from the zod schema
 * (`config-schema.ts`) and the rules' own options schemas, so an editor
 * completes rule ids and validates each built-in rule's options. Shipped like
 * the claim folder's schemas (`shipped-schemas.ts`): docs/schema/ and
 * `claimtrace/schema/config-file.schema.json`.
 */
import { z } from 'zod';
import { SCHEMA_BASE_URL } from '../model/docs-url.js';
import { byOrdinal } from '../model/ordinal.js';
import type { AnyRule } from '../reconcile/rule.js';
import { builtinRules } from '../reconcile/rules/builtin-rules.js';
import { RuleLevelSchema } from '../reconcile/rules-config.js';
import { ConfigFileSchema } from './config-schema.js';

/** The kind of the configuration file's schema: `claimtrace/schema/config-file.schema.json`. */
export const CONFIG_SCHEMA_KIND = 'config-file' as const;

const toJson = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return json;
};

/**
 * @example
 * configJsonSchema().properties.rules.properties['value-conflict'] // the setting of value-conflict, with its options
 */
export const configJsonSchema = (rules: readonly AnyRule[] = builtinRules()): Record<string, unknown> => {
  const json = z.toJSONSchema(ConfigFileSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  const level = toJson(RuleLevelSchema);
  const ruleProperties = Object.fromEntries(
    [...rules]
      .sort(byOrdinal((r) => r.id))
      .map((rule) => [
        rule.id,
        {
          description: `${rule.meta.description} (${rule.meta.url})`,
          anyOf: [level, { type: 'array', prefixItems: [level, toJson(rule.meta.options)], minItems: 1, maxItems: 2 }],
        },
      ]),
  );
  return {
    ...json,
    $id: `${SCHEMA_BASE_URL}${CONFIG_SCHEMA_KIND}.schema.json`,
    title: 'claimtrace configuration (claimtrace.config.json)',
    properties: { ...json.properties, rules: { ...json.properties['rules'], properties: ruleProperties } },
  };
};
