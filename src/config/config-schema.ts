/**
 * The configuration file, `claimtrace.config.json` (or `.mjs`), as a zod
 * schema — the single source of truth for what it may hold, its validation
 * and its JSON Schema:
 *
 * ```json
 * {
 *   "$schema": "./node_modules/claimtrace/dist/schema/config-file.schema.json",
 *   "rules": { "name-variant": "off", "uncorroborated": "on", "value-conflict": "error", "date-tension": ["warning", { "lateAfterDays": 3 }] },
 *   "plugins": ["./rules/house-style.mjs"],
 *   "failOn": "warning",
 *   "recheckOn": "changed-values",
 *   "maxWarnings": 10,
 *   "ignore": ["claims/claims/drafts/**"]
 * }
 * ```
 */
import { z } from 'zod';
import { SeveritySchema } from '../model/message.js';
import { RecheckOnSchema } from '../model/baseline.js';
import { RuleSettingSchema } from '../reconcile/rules-config.js';

/** The file names searched for, in this order (both in one folder is an error). */
export const CONFIG_FILE_NAMES = ['claimtrace.config.json', 'claimtrace.config.mjs'] as const;

/** A plugin as the JSON form names it: a module specifier (relative to the config file, or a package). */
export const PluginSpecifierSchema = z.string().min(1).describe('A module that exports rules: a path relative to the configuration file (./rules/house.mjs) or a package name.');

export const ConfigFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    rules: z
      .record(z.string(), RuleSettingSchema)
      .optional()
      .describe('Rule settings by rule id: "off", "on" (the rule’s own severities), a severity every finding of the rule takes, or [level, options].'),
    plugins: z.array(PluginSpecifierSchema).optional().describe('Modules whose rules run beside the built-in ones (export `rules`: an array of rules made with defineRule).'),
    failOn: SeveritySchema.optional().describe('The lowest severity of an unacknowledged finding that fails `claimtrace check` (default warning); --fail-on overrides it.'),
    recheckOn: RecheckOnSchema.optional().describe(
      'When a reviewed finding fails `claimtrace check` again: "changed-values" (default: when the disputed values change; new evidence for the same values carries the review over), "new-evidence" (whenever claims join or leave it) or "never"; --recheck-on overrides it.',
    ),
    maxWarnings: z.number().int().nonnegative().optional().describe('Unacknowledged warning findings tolerated before the check fails; --max-warnings overrides it.'),
    ignore: z
      .array(z.string().min(1))
      .optional()
      .describe('Glob patterns (picomatch) of YAML files not to read, relative to the folder of this file, e.g. "claims/claims/drafts/**".'),
  })
  .describe('claimtrace configuration (claimtrace.config.json)');

/** The configuration file as written. */
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** The keys the configuration file may have (for "did you mean"). */
export const CONFIG_KEYS: readonly string[] = Object.keys(ConfigFileSchema.shape);
