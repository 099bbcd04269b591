/**
 * Rule configuration, keyed by rule id in one place — the ESLint shape:
 *
 * ```ts
 * { 'date-tension': ['warning', { lateAfterDays: 3 }], uncorroborated: 'off', 'value-conflict': 'on' }
 * ```
 *
 * A setting is `off`, `on` (the rule's own severities), a severity that every
 * finding of the rule takes, or a pair of one of these and the rule's
 * options. `configureRules` checks the settings against the rules: an
 * unknown rule id or options its schema refuses is an error message (and the
 * rule does not run); a rule without a setting runs with its defaults,
 * unless it is opt-in (`meta.optIn`: `uncorroborated`), which runs only when
 * a setting turns it on.
 */
import { z } from 'zod';
import { createMessage, type Message, type Severity, SeveritySchema } from '../model/message.js';
import { collected, type Result } from '../model/result.js';
import type { AnyRule } from './rule.js';

export const RuleLevelSchema = z.union([z.literal('off'), z.literal('on'), SeveritySchema]);
/** `off`, `on` (the rule's own severities), or the severity every finding takes. */
export type RuleLevel = z.infer<typeof RuleLevelSchema>;

export const RuleSettingSchema = z.union([RuleLevelSchema, z.tuple([RuleLevelSchema, z.unknown()])]);
/** A rule's setting: a level, or a level and the rule's options. */
export type RuleSetting = RuleLevel | readonly [RuleLevel, unknown];

/** The settings of the rules, by rule id. */
export const RulesConfigSchema = z.record(z.string(), RuleSettingSchema);
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

/** A rule ready to run: its options parsed, and the severity the configuration gives it. */
export interface ConfiguredRule {
  readonly rule: AnyRule;
  readonly options: unknown;
  /** Every finding's severity, when the configuration sets one. */
  readonly severity?: Severity;
}

const levelOf = (setting: RuleSetting | undefined, rule: AnyRule): RuleLevel =>
  setting === undefined ? (rule.meta.optIn ? 'off' : 'on') : typeof setting === 'string' ? setting : setting[0];
const optionsOf = (setting: RuleSetting | undefined): unknown => (setting === undefined || typeof setting === 'string' ? {} : (setting[1] ?? {}));

/**
 * The rules that run under `config`, with their options; a problem with the
 * configuration is a message, and the partial result holds the rules that
 * can still run.
 *
 * @example
 * configureRules(builtinRules(), { uncorroborated: 'off', 'date-tension': ['warning', { lateAfterDays: 3 }] })
 */
export const configureRules = (rules: readonly AnyRule[], config: RulesConfig = {}): Result<readonly ConfiguredRule[], readonly ConfiguredRule[]> => {
  const messages: Message[] = [];
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(config).sort()) {
    if (!known.has(id)) {
      messages.push(
        createMessage('unknown-rule', `the configuration sets rule "${id}", but no rule has that id`, {
          ruleId: id,
          hint: `the rules are ${[...known].sort().join(', ')}`,
        }),
      );
    }
  }
  const configured: ConfiguredRule[] = [];
  for (const rule of rules) {
    const setting = Object.hasOwn(config, rule.id) ? config[rule.id] : undefined;
    const parsedSetting = setting === undefined ? undefined : RuleSettingSchema.safeParse(setting);
    if (parsedSetting !== undefined && !parsedSetting.success) {
      messages.push(
        createMessage('invalid-rule-options', `the setting of rule "${rule.id}" is not off, on, a severity, or a pair of one of these and options`, {
          ruleId: rule.id,
          hint: `write e.g. '${rule.id}': 'warning' or ['warning', { … }]`,
        }),
      );
      continue;
    }
    const level = levelOf(setting, rule);
    if (level === 'off') continue;
    const options = rule.meta.options.safeParse(optionsOf(setting));
    if (!options.success) {
      for (const issue of options.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        messages.push(
          createMessage('invalid-rule-options', `rule "${rule.id}": ${path.length > 0 ? `${path.join('.')}: ` : ''}${issue.message}; the rule does not run`, {
            ruleId: rule.id,
            path,
          }),
        );
      }
      continue;
    }
    configured.push({ rule, options: options.data, ...(level !== 'on' ? { severity: level } : {}) });
  }
  return collected<readonly ConfiguredRule[]>(configured, messages);
};
